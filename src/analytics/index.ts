/** Flow analytics (DESIGN §4): pure functions over cards, their status changes and the status roles. */
export * from './types.ts';
export {
  DAY_MS,
  CalendarError,
  dayNumber,
  dayString,
  isTimeZone,
  isoWeekday,
  makeCalendar,
  type CalendarOptions,
  type FlowCalendar,
  type WorkingCalendar,
} from './calendar.ts';
export { FLOW_PERCENTILES, nearestRank, percentiles, type FlowPercentile } from './percentiles.ts';
export { DEFAULT_SEED, seededRandom } from './random.ts';
export { stampCard, statusRanks, type CardStamps, type Phase, type Visit } from './stamps.ts';
export {
  cardTimes,
  duration,
  summarize,
  type CardTimes,
  type Duration,
  type MetricSummary,
} from './metrics.ts';
export { dailyThroughput, weeklyThroughput, type DayCount, type WeekCount } from './throughput.ts';
export { flowSnapshots, type Cfd, type CfdDay, type WipDay } from './cfd.ts';
export { computeFlow, FlowInputError, type CardFlow, type FlowReport } from './report.ts';
export {
  DEFAULT_MIN_HISTORY_DAYS,
  checkBasis,
  type NoForecast,
  type NoForecastReason,
} from './forecast/basis.ts';
export * from './forecast/monteCarlo.ts';
export * from './forecast/scenarios.ts';
export * from './forecast/fromReport.ts';
export { flowInputFromSpace, type SpaceSnapshot } from './fromSpace.ts';
export * from './serviceLevels.ts';
