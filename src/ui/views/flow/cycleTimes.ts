// What the cycle-time chart, its tables and its CSV show, taken from the flow report as it is: the numbers
// on screen are the library's, only rounded for reading.
import {
  dayString,
  FLOW_PERCENTILES,
  makeCalendar,
  type FlowPercentile,
  type FlowReport,
} from '../../../analytics/index.ts';

export interface CycleTimePoint {
  cardId: string;
  title: string;
  /** Completion instant D, epoch ms. */
  completed: number;
  /** Cycle time D − S, fractional days. */
  days: number;
}

/**
 * The completed cards counted in the report's cycle time (done on a day of its window), oldest
 * completion first, so the dots are the cards the percentile lines are taken from.
 */
export function cycleTimePoints(report: FlowReport, titleOf: (cardId: string) => string): CycleTimePoint[] {
  const { dayOf } = makeCalendar({ timeZone: report.timeZone });
  const points: CycleTimePoint[] = [];
  for (const card of report.cards) {
    if (card.done === null || card.cycle === null) continue;
    const day = dayString(dayOf(card.done));
    if (day < report.from || day > report.to) continue;
    points.push({ cardId: card.id, title: titleOf(card.id), completed: card.done, days: card.cycle.days });
  }
  return points.sort((a, b) => a.completed - b.completed || (a.cardId < b.cardId ? -1 : 1));
}

/** The cycle-time percentiles 50/70/85/95 in fractional days (null when no card is done). */
export function cycleTimePercentiles(report: FlowReport): { p: FlowPercentile; days: number | null }[] {
  return FLOW_PERCENTILES.map((p) => ({ p, days: report.cycle.days[p] }));
}

/** Days as shown: two decimals, so a same-day card reads 0.25 rather than 0. */
export function formatDays(days: number | null): string {
  return days === null ? '—' : days.toFixed(2);
}

/** A completion instant as a local date and time in `timeZone`, `YYYY-MM-DD HH:mm`. */
export function formatInstant(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
