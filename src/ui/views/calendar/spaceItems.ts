// A space's cards as calendar entries: the adapter between the space store and the reusable calendar.
import type { Card, Status } from '../../../domain/index.ts';
import { isDoneRole } from '../kanban/roles';
import type { CalendarItem } from './types';

/**
 * The dated cards the board shows (unarchived, in an unarchived status), each on its due date, or on its
 * start when it has no due date. Late as DESIGN §1 has it: due passed before completion, or start passed
 * while not started.
 * @param now - epoch ms
 */
export function spaceCalendarItems(
  cards: Readonly<Record<string, Card>>,
  statuses: Readonly<Record<string, Status>>,
  now: number,
): CalendarItem[] {
  const items: CalendarItem[] = [];
  for (const card of Object.values(cards)) {
    const status = statuses[card.pos.statusId];
    if (card.archived || !status || status.archived) continue;
    const date = card.due ?? card.start;
    if (date === null) continue;
    const done = isDoneRole(status.role);
    const late =
      !done &&
      ((card.due !== null && card.due < now) ||
        (card.start !== null && card.start < now && status.role === 'not_started'));
    items.push({
      id: card.id,
      title: card.title,
      date,
      kind: card.due !== null ? 'due' : 'start',
      detail: status.name,
      tone: done ? 'done' : late ? 'late' : undefined,
    });
  }
  return items;
}
