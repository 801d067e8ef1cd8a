/**
 * Office hours for seeded activity: agents work Monday to Friday, 08:00–18:00 UTC. Keeping events inside
 * working time makes throughput per day and the cumulative flow diagram look like a real team's.
 */
import type { Random } from './random.ts';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

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
