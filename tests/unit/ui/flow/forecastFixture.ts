// A history with a forecast: a backlog worked off faster than new cards arrive, over five complete weeks.
import type { FlowInput } from '../../../../src/analytics/index.ts';

const DAY = 86_400_000;
export const FIRST = Date.UTC(2026, 9, 12, 9); // Monday 12 Oct 2026, 09:00 UTC
export const AS_OF = Date.UTC(2026, 10, 20, 12); // Friday 20 Nov 2026

/**
 * A backlog of 40 cards on the first day and one new card every day after; from the next day on, the
 * oldest open cards are finished, two on even days and one on odd days (about 10.5 a week against 7 new).
 */
export function backlogHistory(): FlowInput {
  const cards: FlowInput['cards'][number][] = [];
  const changes: FlowInput['changes'][number][] = [];
  const add = (id: string, at: number) => {
    cards.push({ id, createdAt: at });
    changes.push({ cardId: id, at, toStatusId: 'todo' });
  };
  for (let k = 0; k < 40; k++) add(`b${k}`, FIRST);
  let next = 0;
  for (let day = 1; FIRST + day * DAY < AS_OF; day++) {
    add(`n${day}`, FIRST + day * DAY);
    for (let k = 0; k < (day % 2 === 0 ? 2 : 1); k++) {
      const id = cards[next++]!.id;
      changes.push({ cardId: id, at: FIRST + day * DAY + 3_600_000, toStatusId: 'doing' });
      changes.push({ cardId: id, at: FIRST + day * DAY + 7_200_000, toStatusId: 'done' });
    }
  }
  return {
    cards,
    changes,
    statuses: { todo: 'not_started', doing: 'in_progress', done: 'completed' },
    statusOrder: ['todo', 'doing', 'done'],
  };
}
