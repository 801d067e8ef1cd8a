// A space's cards as calendar entries: the adapter between the space store and the reusable calendar.
import type { Card, Status, StatusRole } from '../../../domain/index.ts';
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
    items.push({
      id: card.id,
      title: card.title,
      date,
      kind: card.due !== null ? 'due' : 'start',
      detail: status.name,
      tone: calendarTone(card, status.role, now),
    });
  }
  return items;
}

/**
 * How a dated card is coloured: `done` once finished; `late` when its due date passed before completion;
 * `late-start` when only its start passed while it was not started (late too, DESIGN §1, but told apart:
 * an entry on a due date still to come must not read as a missed due date); otherwise plain.
 * @param now - epoch ms
 */
export function calendarTone(
  dates: { start: number | null; due: number | null },
  role: StatusRole | null,
  now: number,
): CalendarItem['tone'] {
  if (role !== null && isDoneRole(role)) return 'done';
  if (dates.due !== null && dates.due < now) return 'late';
  if (dates.start !== null && dates.start < now && role === 'not_started') return 'late-start';
  return undefined;
}
