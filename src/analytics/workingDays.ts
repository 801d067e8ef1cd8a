/**
 * The working calendar's day arithmetic: whether a day counts, and how many count in a range. Working-mode
 * reports ask this several times per status change (every fractional and whole working duration), so a
 * weekday is a lookup in an array rather than a Set, and the holidays in a range are found by binary search
 * in a sorted list rather than walked.
 */

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  // Days arrive as doubles (typed arrays, divisions), and `%` on a double is a floating-point remainder,
  // many times slower than on an integer; working-mode reports ask this for every day they count.
  const whole = day | 0;
  if (whole === day) return ((((whole + 3) % 7) + 7) % 7) + 1;
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export class WorkingDays {
  /** Indexed by ISO weekday; a non-integer day's weekday finds no entry, so it never counts. */
  private readonly works: boolean[] = [];
  private readonly perWeek: number;
  private readonly holidays: Set<number>;
  /** Holidays on working weekdays, ascending: the only ones that remove a day from a count. */
  private readonly removing: Float64Array;

  /** `weekdays` ISO weekdays 1–7 (at least one), `holidays` day numbers; both already validated. */
  constructor(weekdays: ReadonlySet<number>, holidays: ReadonlySet<number>) {
    for (let w = 0; w <= 7; w++) this.works.push(weekdays.has(w));
    this.perWeek = weekdays.size;
    this.holidays = new Set(holidays);
    this.removing = Float64Array.from([...holidays].filter((day) => weekdays.has(isoWeekday(day)))).sort();
  }

  /** A listed weekday that is no holiday. */
  counts(day: number): boolean {
    return this.works[isoWeekday(day)] === true && !this.holidays.has(day);
  }

  /** Counting days in `[first, last]`, both included (0 when last < first). */
  countDays(first: number, last: number): number {
    if (last < first) return 0;
    // Whole weeks hold a fixed number of working weekdays; only the remainder (< 7 days) is walked.
    const span = last - first + 1;
    const weeks = Math.floor(span / 7);
    let n = weeks * this.perWeek;
    for (let day = first + weeks * 7; day <= last; day++) if (this.works[isoWeekday(day)] === true) n++;
    return n - (above(this.removing, last) - below(this.removing, first));
  }
}

/** How many of `sorted` are ≤ `x`. */
function above(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of `sorted` are < `x`. */
function below(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
