/**
 * Office hours for seeded activity: agents work Monday to Friday, 08:00–18:00 UTC. Keeping events inside
 * working time makes throughput per day and the cumulative flow diagram look like a real team's.
 */
import type { Random } from './random.ts';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/**
 * A card's dates are days: the panel stores a start as its day's first millisecond and a due date as its
 * last, so two cards due the same day are due at the same instant. Seeded dates are made the same way (in
 * UTC, like the office hours): a due date kept at the hour a case came in put a child due the same day
 * as its parent "after" it.
 */
export const dayStart = (at: number): number => Math.floor(at / DAY_MS) * DAY_MS;
export const dayEnd = (at: number): number => dayStart(at) + DAY_MS - 1;

const OPEN_HOUR = 8;
const CLOSE_HOUR = 18;

/**
 * The first working moment at or after `at` (epoch ms): unchanged inside office hours, otherwise the next
 * opening plus up to 90 minutes (people do not all start at 08:00 sharp). Always a whole number of ms, as
 * the domain stores epoch ms as integers.
 */
export function nextWorkingTime(random: Random, at: number): number {
  let date = new Date(Math.round(at));
  let moved = false;
  for (let guard = 0; guard < 8; guard++) {
    const day = date.getUTCDay();
    const hour = date.getUTCHours();
    if (day === 0 || day === 6 || hour >= CLOSE_HOUR) {
      date = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1, OPEN_HOUR));
      moved = true;
    } else if (hour < OPEN_HOUR) {
      date = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), OPEN_HOUR));
      moved = true;
    } else break;
  }
  return moved ? date.getTime() + random.int(0, 90) * 60_000 : date.getTime();
}
