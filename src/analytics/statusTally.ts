/**
 * Time in status: each card's fractional days per status (the sum of its visits, the current one running
 * to as-of) and, across cards, the percentiles per status. A card's record lists its statuses in the order
 * first visited, like summing into a record visit by visit would; the per-status values are gathered as
 * the records are made, so no record is read back.
 */
import type { FlowCalendar } from './calendar.ts';
import type { VisitColumns } from './cardWalk.ts';
import { percentilesOf, type FlowPercentile } from './percentiles.ts';
import { float64Scratch, type ScratchArray } from './scratch.ts';

/** Per status index, the columns its values are gathered in, reused by the next report. */
const valueScratch: ScratchArray<Float64Array>[] = [];

export class StatusTally {
  private readonly days: Float64Array;
  /** The card a status was last visited by, so a first visit resets its sum without clearing the rest. */
  private readonly lastCard: Int32Array;
  private readonly visited: Int32Array;
  /** Per status, the days of each card that visited it (`counts` of them); at most one per card. */
  private readonly values: Float64Array[];
  private readonly counts: Int32Array;
  private cardNumber = 0;

  /**
   * `statuses`: status ids by index; `cards`: at most how many cards will be tallied. The values live in
   * columns shared by every tally, so a tally is read before the next one is made.
   */
  constructor(
    private readonly statuses: readonly string[],
    cards: number,
  ) {
    this.days = new Float64Array(statuses.length);
    this.lastCard = new Int32Array(statuses.length).fill(-1);
    this.visited = new Int32Array(statuses.length);
    this.counts = new Int32Array(statuses.length);
    this.values = statuses.map((_, i) => (valueScratch[i] ??= float64Scratch()).take(cards));
  }

  /** One card's days per status id from its visits `[begin, end)` as of `asOf` (epoch ms). */
  card(
    visits: VisitColumns,
    begin: number,
    end: number,
    calendar: FlowCalendar,
    asOf: number,
  ): Record<string, number> {
    const card = this.cardNumber++;
    let n = 0;
    for (let v = begin; v < end; v++) {
      const status = visits.status[v]!;
      if (this.lastCard[status] !== card) {
        this.lastCard[status] = card;
        this.days[status] = 0;
        this.visited[n++] = status;
      }
      this.days[status]! += calendar.fractionalDays(visits.from[v]!, Math.min(visits.to[v]!, asOf));
    }
    const record: Record<string, number> = {};
    for (let k = 0; k < n; k++) {
      const status = this.visited[k]!;
      record[this.statuses[status]!] = this.days[status]!;
      this.values[status]![this.counts[status]!++] = this.days[status]!;
    }
    return record;
  }

  /** Percentiles of status `status` over the cards that visited it; null when none did. */
  summary(status: number): { count: number; days: Record<FlowPercentile, number | null> } | null {
    const count = this.counts[status]!;
    if (count === 0) return null;
    return { count, days: percentilesOf(this.values[status]!.subarray(0, count)) };
  }
}
