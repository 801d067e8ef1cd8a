/**
 * When each local day of a time zone starts, computed once per zone and day for the whole process. The
 * platform's `formatToParts` costs microseconds, and the app recomputes its flow report for the same zone
 * again and again, so the day starts of a zone are kept after the first report rather than per calendar.
 * Zones are keyed by the platform's canonical name, so the cache holds at most one entry per IANA zone
 * whatever spellings callers use.
 */

/** Milliseconds in a 24-hour day. Fractional calendar days are elapsed ms divided by this. */
export const DAY_MS = 86_400_000;

/** Day starts of one zone. */
export interface ZoneDays {
  /** `ms → offset of local time from UTC (ms)`. */
  offsetAt(ms: number): number;
  /** The instant (epoch ms) local day `day` (days since 1970-01-01 of the local date) starts. */
  dayStart(day: number): number;
  /** The local day an instant (epoch ms) falls on. */
  dayOf(ms: number): number;
}

const zones = new Map<string, ZoneDays>();

/** The day starts of `timeZone`, or null when the platform does not know the zone. */
export function zoneDays(timeZone: string): ZoneDays | null {
  const known = zones.get(timeZone);
  if (known) return known;
  let canonical: string;
  try {
    canonical = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  // Only canonical names are keys: other spellings pay for the formatter above on each call, as before.
  let days = zones.get(canonical);
  if (!days) zones.set(canonical, (days = makeZoneDays(canonical)));
  return days;
}

function makeZoneDays(timeZone: string): ZoneDays {
  const offsetAt = timeZone === 'UTC' ? () => 0 : offsetReader(timeZone);
  // Day starts are cached in a typed array around the first day asked for (±11 years), a Map beyond: this
  // lookup runs several times per status change, and a Map costs more than the rest of the bucketing.
  const SPAN = 8_192;
  const near = new Float64Array(SPAN).fill(Number.NaN);
  let base = Number.NaN;
  const far = new Map<number, number>();
  const dayStart = (day: number): number => {
    if (Number.isNaN(base)) base = day - SPAN / 2;
    const slot = day - base;
    if (slot >= 0 && slot < SPAN) {
      const cached = near[slot]!;
      if (!Number.isNaN(cached)) return cached;
      return (near[slot] = computeDayStart(day, offsetAt));
    }
    let start = far.get(day);
    if (start === undefined) far.set(day, (start = computeDayStart(day, offsetAt)));
    return start;
  };
  const dayOf = (ms: number): number => {
    // Offsets lie within ±14 h, so the local date is the UTC date or one of its neighbours.
    const utcDay = Math.floor(ms / DAY_MS);
    if (ms >= dayStart(utcDay + 1)) return utcDay + 1;
    return ms >= dayStart(utcDay) ? utcDay : utcDay - 1;
  };
  return { offsetAt, dayStart, dayOf };
}

/** `ms → offset of local time from UTC (ms)` for one zone, through one cached formatter. */
function offsetReader(timeZone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return (ms) => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(ms)) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    const wall = Date.UTC(
      parts.year!,
      parts.month! - 1,
      parts.day!,
      parts.hour!,
      parts.minute!,
      parts.second!,
    );
    // formatToParts drops milliseconds; offsets are whole minutes.
    return wall - (ms - (((ms % 1000) + 1000) % 1000));
  };
}

function computeDayStart(day: number, offsetAt: (ms: number) => number): number {
  const wall = day * DAY_MS;
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  if (before === after) return wall - before;
  // A DST change within a day of midnight: keep the candidates whose offset is the one they assumed.
  const early = wall - before;
  const late = wall - after;
  const valid = [early, late].filter((t, i) => offsetAt(t) === (i === 0 ? before : after));
  if (valid.length > 0) return Math.max(...valid);
  // Midnight was skipped: the day starts at the transition, the first instant whose local date is `day`.
  let lo = Math.min(early, late);
  let hi = Math.max(early, late);
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (mid + offsetAt(mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}
