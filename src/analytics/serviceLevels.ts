/**
 * Aftersales service levels from a {@link FlowReport}: the flow figures in the team's words, SLA
 * attainment per week, and the open cards at risk of breaching their SLA. Pure: the SLA due dates come in
 * as plain epoch ms per card id (the app reads them from the space's SLA date field).
 *
 * Rules:
 * - **Met** means done on or before the SLA due instant (D ≤ due). A date picked in the card panel is stored
 *   as the last millisecond of that day, so a card done any time on its SLA day has met it.
 * - **Attainment** counts the report's cards done in its window (`from`–`to`) that have an SLA due date,
 *   by the ISO week (Monday to Sunday) of their completion day in the report's time zone. Done cards with
 *   no SLA due date are counted apart (`withoutSla`), never as met or missed. Weeks without such a card
 *   are left out.
 * - **At risk** are open cards (not done; cancelled and dropped cards are not in the report): a started
 *   card whose age is beyond the cycle-time percentile (default 85th, fractional days), and any open card
 *   whose SLA due date has passed or falls within `nearDays` of the report's instant. Each carries every
 *   reason that applies.
 */
import { dayNumber, dayString, isoWeekday, makeCalendar } from './calendar.ts';
import type { Duration } from './metrics.ts';
import type { FlowPercentile } from './percentiles.ts';
import type { CardFlow, FlowReport } from './report.ts';
import { DAY_MS } from './zoneDays.ts';

/** SLA due instants (epoch ms) by card id; cards without one are absent. */
export type SlaDueDates = ReadonlyMap<string, number>;

/** The percentiles the service-level table shows. */
export const SERVICE_PERCENTILES = [50, 85, 95] as const satisfies readonly FlowPercentile[];
export type ServicePercentile = (typeof SERVICE_PERCENTILES)[number];

/** One row of the service-level times: a flow metric in the team's words. */
export interface ServiceTime {
  /** `first_response` is the reaction time S − C, `time_to_resolve` the lead time D − C. */
  measure: 'first_response' | 'time_to_resolve';
  /** Cards measured (started, resp. done, in the report's window). */
  count: number;
  /** Nearest-rank percentiles in fractional days; null when no card was measured. */
  days: Record<ServicePercentile, number | null>;
}

/**
 * First response (= reaction time) and time to resolve (= lead time) at 50/85/95 %, in fractional days,
 * exactly as the report computed them.
 */
export function serviceTimes(report: FlowReport): ServiceTime[] {
  const row = (measure: ServiceTime['measure'], metric: FlowReport['lead']): ServiceTime => ({
    measure,
    count: metric.count,
    days: { 50: metric.days[50], 85: metric.days[85], 95: metric.days[95] },
  });
  return [row('first_response', report.reaction), row('time_to_resolve', report.lead)];
}

export interface SlaWeek {
  /** The Monday the ISO week starts on, `YYYY-MM-DD` in the report's time zone. */
  week: string;
  /** Cards with an SLA due date completed this week. */
  completed: number;
  /** Of them, completed on or before their SLA due date. */
  met: number;
  /** `met / completed`, a share from 0 to 1. */
  attainment: number;
}

export interface SlaAttainment {
  weeks: SlaWeek[];
  /** All weeks together; `attainment` is null when no card with an SLA due date was completed. */
  total: { completed: number; met: number; attainment: number | null };
  /** Cards completed in the window without an SLA due date (not counted as met or missed). */
  withoutSla: number;
}

/**
 * SLA attainment per completion week: the share of cards completed on or before their SLA due date.
 * @param report - the flow report; its window, time zone and completion stamps D (epoch ms) are used
 * @param slaDue - SLA due instants, epoch ms, by card id
 */
export function slaAttainment(report: FlowReport, slaDue: SlaDueDates): SlaAttainment {
  const calendar = makeCalendar({ timeZone: report.timeZone });
  const first = dayNumber(report.from)!;
  const last = dayNumber(report.to)!;
  const weeks = new Map<number, { completed: number; met: number }>();
  let withoutSla = 0;
  for (const card of report.cards) {
    if (card.done === null) continue;
    const day = calendar.dayOf(card.done);
    if (day < first || day > last) continue;
    const due = slaDue.get(card.id);
    if (due === undefined) {
      withoutSla++;
      continue;
    }
    const monday = day - (isoWeekday(day) - 1);
    const week = weeks.get(monday) ?? { completed: 0, met: 0 };
    week.completed++;
    if (card.done <= due) week.met++;
    weeks.set(monday, week);
  }
  const rows = [...weeks]
    .sort(([a], [b]) => a - b)
    .map(([monday, { completed, met }]) => ({
      week: dayString(monday),
      completed,
      met,
      attainment: met / completed,
    }));
  const completed = rows.reduce((sum, week) => sum + week.completed, 0);
  const met = rows.reduce((sum, week) => sum + week.met, 0);
  return {
    weeks: rows,
    total: { completed, met, attainment: completed === 0 ? null : met / completed },
    withoutSla,
  };
}

/** Why a card is at risk. Days are fractional; negative never appears. */
export type RiskReason =
  /** Started and older than the cycle-time percentile: it already took longer than most cards take. */
  | { kind: 'age'; ageDays: number; percentile: FlowPercentile; percentileDays: number }
  /** Its SLA due date has passed, `overdueDays` ago. */
  | { kind: 'sla_past'; overdueDays: number }
  /** Its SLA due date comes within the near window, in `daysLeft`. */
  | { kind: 'sla_near'; daysLeft: number };

export interface AtRiskCard {
  cardId: string;
  /** Age of a started card as of the report's instant; null when not started. */
  age: Duration | null;
  /** SLA due instant, epoch ms, or null when the card has none. */
  slaDue: number | null;
  reasons: RiskReason[];
}

export interface AtRiskOptions {
  /** An SLA due date this many days (fractional) after the report's instant or sooner is near. Default 2. */
  nearDays?: number;
  /** The cycle-time percentile a started card's age is held against. Default 85. */
  percentile?: FlowPercentile;
}

/**
 * Open cards at risk of breaching their SLA, most urgent first: cards with an SLA due date by that date
 * (earliest first), then the others by age (oldest first), ties by id.
 * @param report - the flow report; `asOf` (epoch ms) is "now", `cycle.days` the percentiles held against
 * @param slaDue - SLA due instants, epoch ms, by card id
 */
export function cardsAtRisk(
  report: FlowReport,
  slaDue: SlaDueDates,
  options: AtRiskOptions = {},
): AtRiskCard[] {
  const nearDays = options.nearDays ?? 2;
  if (!(nearDays >= 0)) throw new RangeError(`nearDays ${nearDays} is not a number of days ≥ 0`);
  const percentile = options.percentile ?? 85;
  const limit = report.cycle.days[percentile];
  const risky: AtRiskCard[] = [];
  for (const card of report.cards) {
    if (card.done !== null) continue;
    const reasons = riskReasons(card, slaDue.get(card.id), report.asOf, nearDays, percentile, limit);
    if (reasons.length === 0) continue;
    risky.push({ cardId: card.id, age: card.age, slaDue: slaDue.get(card.id) ?? null, reasons });
  }
  return risky.sort(
    (a, b) =>
      (a.slaDue ?? Infinity) - (b.slaDue ?? Infinity) ||
      (b.age?.days ?? -1) - (a.age?.days ?? -1) ||
      (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0),
  );
}

function riskReasons(
  card: CardFlow,
  due: number | undefined,
  asOf: number,
  nearDays: number,
  percentile: FlowPercentile,
  limit: number | null,
): RiskReason[] {
  const reasons: RiskReason[] = [];
  if (card.age !== null && limit !== null && card.age.days > limit) {
    reasons.push({ kind: 'age', ageDays: card.age.days, percentile, percentileDays: limit });
  }
  if (due !== undefined) {
    if (due < asOf) reasons.push({ kind: 'sla_past', overdueDays: (asOf - due) / DAY_MS });
    else if (due - asOf <= nearDays * DAY_MS)
      reasons.push({ kind: 'sla_near', daysLeft: (due - asOf) / DAY_MS });
  }
  return reasons;
}

/**
 * SLA due dates from card snapshots: each card's value of the SLA date field (epoch ms). Cards without a
 * numeric value are left out.
 * @param fieldId - the space's SLA date field, or null when it has none (then the map is empty)
 */
export function slaDueDates(
  cards: Iterable<{ id: string; values: Readonly<Record<string, string | number>> }>,
  fieldId: string | null,
): Map<string, number> {
  const dates = new Map<string, number>();
  if (fieldId === null) return dates;
  for (const card of cards) {
    const value = card.values[fieldId];
    if (typeof value === 'number' && Number.isFinite(value)) dates.set(card.id, value);
  }
  return dates;
}
