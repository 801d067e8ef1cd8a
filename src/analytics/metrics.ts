/**
 * Per-card times. Every duration is given twice: `days`, fractional (calendar mode: elapsed ms / 86,400,000;
 * working mode: the working share of each local day, see `FlowCalendar.fractionalDays`), and `wholeDays`,
 * the convention `(end day − start day) + 1` on local days (working mode: working days in between, both
 * ends counted, at least 1).
 *
 * - lead = D − C, reaction = S − C, cycle = D − S (a skipped card has cycle 0 days, 1 whole day);
 * - age = as-of − S for a card started and not done;
 * - time in status = the sum of the card's visits to each status, the current one running to as-of.
 */
import type { FlowCalendar } from './calendar.ts';
import { FLOW_PERCENTILES, percentilesOf, type FlowPercentile } from './percentiles.ts';
import { float64Scratch } from './scratch.ts';
import type { CardStamps } from './stamps.ts';

const daysScratch = float64Scratch();
const wholeDaysScratch = float64Scratch();

export interface Duration {
  /** Fractional days. */
  days: number;
  /** Whole days, `(end day − start day) + 1`. */
  wholeDays: number;
}

/** Percentiles of one metric over `count` cards, in both units. Null values when `count` is 0. */
export interface MetricSummary {
  count: number;
  days: Record<FlowPercentile, number | null>;
  wholeDays: Record<FlowPercentile, number | null>;
}

export interface CardTimes {
  lead: Duration | null;
  reaction: Duration | null;
  cycle: Duration | null;
  /** Age of a started, unfinished card as of the report's instant; null otherwise. */
  age: Duration | null;
  /** Fractional days spent in each status visited, by status id. */
  timeInStatus: Record<string, number>;
}

/** Duration from `from` to `to` (epoch ms) in both units. */
export function duration(calendar: FlowCalendar, from: number, to: number): Duration {
  return { days: calendar.fractionalDays(from, to), wholeDays: calendar.wholeDays(from, to) };
}

/** The times of one card as of `asOf` (epoch ms). */
export function cardTimes(calendar: FlowCalendar, card: CardStamps, asOf: number): CardTimes {
  const timeInStatus: Record<string, number> = {};
  for (const visit of card.visits) {
    const days = calendar.fractionalDays(visit.from, Math.min(visit.to, asOf));
    timeInStatus[visit.statusId] = (timeInStatus[visit.statusId] ?? 0) + days;
  }
  const { created, started, done } = card;
  return {
    ...stampDurations(calendar, created, started, done, card.phase === 'in_progress', asOf),
    timeInStatus,
  };
}

/**
 * Lead, reaction, cycle and age from a card's stamps (epoch ms); `inProgress` is whether its phase is In
 * progress (a started card parked in Information or Cancelled has no age).
 */
export function stampDurations(
  calendar: FlowCalendar,
  created: number,
  started: number | null,
  done: number | null,
  inProgress: boolean,
  asOf: number,
): Omit<CardTimes, 'timeInStatus'> {
  const { dayOf } = calendar;
  return durationsOnDays(
    calendar,
    { created, started, done, asOf },
    {
      created: dayOf(created),
      started: started === null ? 0 : dayOf(started),
      done: done === null ? 0 : dayOf(done),
      asOf: dayOf(asOf),
    },
    inProgress,
  );
}

/** Instants (epoch ms) of a card's stamps and of the report. */
export interface StampTimes {
  created: number;
  started: number | null;
  done: number | null;
  asOf: number;
}

/** The local days (day numbers) of {@link StampTimes}; a day whose stamp is null is not read. */
export type StampDays = Record<keyof StampTimes, number>;

/**
 * {@link stampDurations} with each stamp's local day already known. `computeFlow` calls this directly: it
 * needs those days for its window and throughput too, and a card's three stamps then cost three day
 * lookups rather than eight.
 */
export function durationsOnDays(
  calendar: FlowCalendar,
  at: StampTimes,
  day: StampDays,
  inProgress: boolean,
): Omit<CardTimes, 'timeInStatus'> {
  const { created, started, done, asOf } = at;
  return {
    lead: done !== null ? span(calendar, created, day.created, done, day.done) : null,
    reaction: started !== null ? span(calendar, created, day.created, started, day.started) : null,
    cycle: done !== null && started !== null ? span(calendar, started, day.started, done, day.done) : null,
    age:
      started !== null && done === null && inProgress
        ? span(calendar, started, day.started, asOf, day.asOf)
        : null,
  };
}

/** The duration from `from` to `to` (epoch ms) on local days `fromDay` to `toDay`. */
function span(calendar: FlowCalendar, from: number, fromDay: number, to: number, toDay: number): Duration {
  return { days: calendar.fractionalDays(from, to), wholeDays: calendar.wholeDaysBetween(fromDay, toDay) };
}

/** Nearest-rank percentiles of durations, in both units. */
export function summarize(durations: readonly Duration[]): MetricSummary {
  // Typed arrays filled in a loop (a map to numbers and a copy made two arrays per unit of 10,000 cards),
  // and reused from call to call, as the percentiles only reorder them.
  const days = daysScratch.take(durations.length);
  const wholeDays = wholeDaysScratch.take(durations.length);
  for (let i = 0; i < durations.length; i++) {
    const d = durations[i]!;
    days[i] = d.days;
    wholeDays[i] = d.wholeDays;
  }
  return {
    count: durations.length,
    days: percentilesOf(days),
    wholeDays: percentilesOf(wholeDays),
  };
}

export { FLOW_PERCENTILES };
