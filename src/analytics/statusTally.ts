/**
 * Time in status: each card's fractional days per status (the sum of its visits, the current one running
 * to as-of) and, across cards, the percentiles per status. A card's record lists its statuses in the order
 * first visited, like summing into a record visit by visit would; the per-status values are gathered as
 * the records are made, so no record is read back.
 */
import type { FlowCalendar } from './calendar.ts';
import type { VisitColumns } from './cardWalk.ts';
import { percentilesOf, type FlowPercentile } from './percentiles.ts';

export class StatusTally {
  private readonly days: Float64Array;
  /** The card a status was last visited by, so a first visit resets its sum without clearing the rest. */
  private readonly lastCard: Int32Array;
  private readonly visited: Int32Array;
  private readonly values: number[][];
  private cardNumber = 0;

  /** `statuses`: status ids by index. */
  constructor(private readonly statuses: readonly string[]) {
    this.days = new Float64Array(statuses.length);
    this.lastCard = new Int32Array(statuses.length).fill(-1);
    this.visited = new Int32Array(statuses.length);
    this.values = statuses.map(() => []);
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
      this.values[status]!.push(this.days[status]!);
    }
    return record;
  }

  /** Percentiles of status `status` over the cards that visited it; null when none did. */
  summary(status: number): { count: number; days: Record<FlowPercentile, number | null> } | null {
    const values = this.values[status]!;
    if (values.length === 0) return null;
    return { count: values.length, days: percentilesOf(Float64Array.from(values)) };
  }
}
