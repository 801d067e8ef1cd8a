// Histogram bins of a flow metric in whole days, the unit people count in ("done in 3 days"): one bin per
// day from 1 to the longest, empty days included, so the shape is not squeezed where nothing happened.
import { dayString, makeCalendar, type CardFlow, type FlowReport } from '../../../analytics/index.ts';

export type HistogramMetric = 'lead' | 'reaction' | 'cycle';

export interface HistogramBin {
  /** Whole days, `(end day − start day) + 1`. */
  days: number;
  cards: number;
}

/**
 * The bins of `metric` over the cards the report counts it for: lead and cycle for cards done in the
 * window, reaction for cards started in it (so the bins add up to the report's `count`).
 */
export function histogramBins(report: FlowReport, metric: HistogramMetric): HistogramBin[] {
  const stamp = (card: CardFlow) => (metric === 'reaction' ? card.started : card.done);
  const { dayOf } = makeCalendar({ timeZone: report.timeZone });
  const inWindow = (ms: number) => {
    const day = dayString(dayOf(ms));
    return day >= report.from && day <= report.to;
  };
  const counts: number[] = [];
  for (const card of report.cards) {
    const value = card[metric];
    const at = stamp(card);
    if (value === null || at === null || !inWindow(at)) continue;
    counts[value.wholeDays] = (counts[value.wholeDays] ?? 0) + 1;
  }
  const bins: HistogramBin[] = [];
  for (let days = 1; days < counts.length; days++) bins.push({ days, cards: counts[days] ?? 0 });
  return bins;
}
