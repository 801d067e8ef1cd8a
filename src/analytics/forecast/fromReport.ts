/**
 * Forecasts of a {@link FlowReport}, with dates. The forecast starts the day after the report's as-of day:
 * day 1 is tomorrow. The Monte Carlo basis is the report's daily throughput over its window (working days
 * only with a working calendar, so its days ahead are working days too); the scenarios use the complete
 * ISO weeks of the window and count calendar days ahead.
 */
import { dayNumber, dayString, makeCalendar } from '../calendar.ts';
import { FLOW_PERCENTILES, type FlowPercentile } from '../percentiles.ts';
import type { FlowReport } from '../report.ts';
import { weeklyThroughput } from '../throughput.ts';
import type { NoForecast } from './basis.ts';
import {
  monteCarloHowMany,
  monteCarloWhen,
  type HowManyForecast,
  type MonteCarloOptions,
  type WhenForecast,
} from './monteCarlo.ts';
import { forecastScenarios, type ScenarioForecast, type ScenarioName } from './scenarios.ts';

export interface ForecastRequest extends MonteCarloOptions {
  /** "When will this many cards be done"; default: the report's remaining cards (skipped when 0). */
  when?: number;
  /** "How many by this date" (`YYYY-MM-DD`, after the as-of day). */
  by?: string;
  /** Project scope growth into the scenarios; default true. */
  scopeGrowth?: boolean;
}

export type DatedScenarios = ScenarioForecast & { dates: Record<ScenarioName, string | null> };
export type DatedWhen = WhenForecast & { dates: Record<FlowPercentile, string | null> };
export type DatedHowMany = HowManyForecast & { by: string };

export interface FlowForecast {
  /** The as-of day; forecasts count from the day after. */
  start: string;
  scenarios: DatedScenarios | NoForecast;
  when: DatedWhen | NoForecast | null;
  howMany: DatedHowMany | NoForecast | null;
}

/** Scenarios and Monte Carlo forecasts of `report`; throws RangeError for a `by` date not after the start. */
export function forecastFromReport(report: FlowReport, request: ForecastRequest = {}): FlowForecast {
  const calendar = makeCalendar({ timeZone: report.timeZone, working: report.working ?? undefined });
  const start = calendar.dayOf(report.asOf);
  const first = dayNumber(report.from)!;
  const last = dayNumber(report.to)!;

  const weeks = weeklyThroughput(report.throughput.daily, first, last);
  const created = weeklyThroughput(report.createdDaily, first, last);
  const complete = weeks.map((w, i) => (w.days === 7 ? i : -1)).filter((i) => i >= 0);
  const scenarios = forecastScenarios({
    weeklyThroughput: complete.map((i) => weeks[i]!.count),
    weeklyCreated: request.scopeGrowth === false ? undefined : complete.map((i) => created[i]!.count),
    remaining: report.remaining,
    minHistoryDays: request.minHistoryDays,
  });
  const datedScenarios: DatedScenarios | NoForecast = scenarios.ok
    ? {
        ...scenarios,
        dates: {
          optimistic: dateAfter(start, scenarios.scenarios.optimistic.days),
          likely: dateAfter(start, scenarios.scenarios.likely.days),
          pessimistic: dateAfter(start, scenarios.scenarios.pessimistic.days),
        },
      }
    : scenarios;

  const basis = report.throughput.daily.map((d) => d.count);
  const items = request.when ?? report.remaining;
  let when: FlowForecast['when'] = null;
  if (items > 0) {
    const result = monteCarloWhen(basis, items, request);
    if (result.ok) {
      const dates = {} as Record<FlowPercentile, string | null>;
      for (const p of FLOW_PERCENTILES) {
        const days = result.days[p];
        dates[p] = days === null ? null : dayString(calendar.addDays(start, days));
      }
      when = { ...result, dates };
    } else when = result;
  }

  let howMany: FlowForecast['howMany'] = null;
  if (request.by !== undefined) {
    const target = dayNumber(request.by);
    if (target === null) throw new RangeError(`"${request.by}" is not a date YYYY-MM-DD`);
    if (target <= start) throw new RangeError(`${request.by} is not after the as-of day ${dayString(start)}`);
    const result = monteCarloHowMany(basis, calendar.countDays(start + 1, target), request);
    howMany = result.ok ? { ...result, by: request.by } : result;
  }
  return { start: dayString(start), scenarios: datedScenarios, when, howMany };
}

function dateAfter(start: number, days: number | null): string | null {
  return days === null ? null : dayString(start + days);
}
