// The Flow view's settings live in the address (`?last=90&tz=Europe/Berlin&cal=working`), so a lead can
// send the exact charts they are looking at and a reload shows them again. Reading the address never
// fails: a value that cannot be used is named in a sentence and its default is used instead.
import {
  dayNumber,
  dayString,
  isTimeZone,
  makeCalendar,
  type FlowOptions,
  type WorkingCalendar,
} from '../../../analytics/index.ts';
import { isId } from '../../../domain/ids.ts';
import { FILTER_TEXT_MAX, NO_FILTER, type CardFilter } from './cardFilter';

/** Day counting of every duration: all days, or Monday to Friday without the listed holidays. */
export type FlowCalendarKind = 'days' | 'working';

export interface FlowSettings {
  /** A window of the last N days up to today, which rolls forward; null for `from`/`to`. */
  last: number | null;
  /** First and last day of a fixed window, `YYYY-MM-DD`; null leaves that end to the report's default. */
  from: string | null;
  to: string | null;
  /** IANA time zone the days are counted in. */
  timeZone: string;
  calendar: FlowCalendarKind;
  /** Holidays of the working calendar, `YYYY-MM-DD`, ascending; kept but unused in calendar days. */
  holidays: string[];
  /** The cards the charts are drawn for. */
  filter: CardFilter;
}

export interface ParsedFlowQuery {
  settings: FlowSettings;
  /** One sentence per value that was not used, saying what is shown instead. */
  problems: string[];
}

/** The rolling windows offered as presets, in days. */
export const LAST_DAYS_PRESETS = [30, 90, 365] as const;

/** The longest rolling window accepted (ten years): enough for any history, bounded for the day tables. */
export const MAX_LAST_DAYS = 3660;

/** Monday to Friday, ISO weekdays. */
const WORKING_WEEKDAYS = [1, 2, 3, 4, 5] as const;

/** The settings with nothing in the address: all history, calendar days, in `timeZone`. */
export function defaultFlowSettings(timeZone: string): FlowSettings {
  return { last: null, from: null, to: null, timeZone, calendar: 'days', holidays: [], filter: NO_FILTER };
}

/**
 * Reads the Flow settings from a query string (`?…` or without the `?`). `defaultTimeZone` is used when
 * `tz` is absent or unknown; `now` (epoch ms) decides what "today" is for a `from` with no `to`.
 */
export function parseFlowQuery(search: string, defaultTimeZone: string, now: number): ParsedFlowQuery {
  const params = new URLSearchParams(search);
  const settings = defaultFlowSettings(defaultTimeZone);
  const problems: string[] = [];

  const tz = params.get('tz');
  if (tz !== null) {
    if (isTimeZone(tz)) settings.timeZone = tz;
    else problems.push(`"${tz}" is not a known time zone; days are counted in ${defaultTimeZone}.`);
  }

  const cal = params.get('cal');
  if (cal === 'working') settings.calendar = 'working';
  else if (cal !== null && cal !== 'days') {
    problems.push(`"${cal}" is not a calendar (use "days" or "working"); calendar days are counted.`);
  }

  const holidays = params.get('holidays');
  if (holidays) {
    const dates = new Set<string>();
    for (const entry of holidays.split(',')) {
      const date = entry.trim();
      if (date === '') continue;
      if (dayNumber(date) === null)
        problems.push(`Holiday "${date}" is not a date YYYY-MM-DD and is left out.`);
      else dates.add(date);
    }
    settings.holidays = [...dates].sort();
  }

  settings.filter = readFilter(params, problems);

  const last = params.get('last');
  const from = params.get('from');
  const to = params.get('to');
  if (last !== null) {
    const days = /^\d{1,5}$/.test(last) ? Number(last) : NaN;
    if (days >= 1 && days <= MAX_LAST_DAYS) settings.last = days;
    else problems.push(`"${last}" is not a number of days from 1 to ${MAX_LAST_DAYS}; all history is shown.`);
    if (from !== null || to !== null)
      problems.push('A rolling window and dates were both given; the dates are left out.');
    return { settings, problems };
  }

  const fromOk = readDate(from, 'start', problems);
  const toOk = readDate(to, 'end', problems);
  const today = dayString(makeCalendar({ timeZone: settings.timeZone }).dayOf(now));
  const lastDay = toOk ?? today;
  if (fromOk !== null && fromOk > lastDay) {
    problems.push(`The window ends (${lastDay}) before it starts (${fromOk}); all history is shown.`);
    return { settings, problems };
  }
  if (fromOk !== null && fromOk > today) {
    problems.push(`The window starts after today (${today}); all history is shown.`);
    return { settings, problems };
  }
  // Days that have not come yet would count as days with nothing done, and drag throughput and every
  // forecast down: the window is counted up to today (`flowOptionsOf`), and the address keeps the date.
  if (toOk !== null && toOk > today) {
    problems.push(`The window ends after today: it is counted up to today (${today}).`);
  }
  settings.from = fromOk;
  settings.to = toOk;
  return { settings, problems };
}

function readFilter(params: URLSearchParams, problems: string[]): CardFilter {
  const labels: string[] = [];
  for (const label of params.getAll('label')) {
    if (isId(label)) {
      if (!labels.includes(label)) labels.push(label);
    } else problems.push(`"${label}" is not a label id and is left out of the filter.`);
  }
  let responsible = params.get('who');
  if (responsible !== null && !isId(responsible)) {
    problems.push(`"${responsible}" is not a person's id; cards of anyone are shown.`);
    responsible = null;
  }
  let text = params.get('q') ?? '';
  if (text.length > FILTER_TEXT_MAX) {
    problems.push(`The filter text is longer than ${FILTER_TEXT_MAX} characters and is cut there.`);
    text = text.slice(0, FILTER_TEXT_MAX);
  }
  return { labels, responsible, text };
}

function readDate(value: string | null, end: 'start' | 'end', problems: string[]): string | null {
  if (value === null || value === '') return null;
  if (dayNumber(value) !== null) return value;
  problems.push(`The ${end} date "${value}" is not a date YYYY-MM-DD and is left out.`);
  return null;
}

/** The query string of `settings` (with its `?`, or empty), leaving out every default value. */
export function formatFlowQuery(settings: FlowSettings, defaultTimeZone: string): string {
  const params = new URLSearchParams();
  if (settings.last !== null) params.set('last', String(settings.last));
  else {
    if (settings.from) params.set('from', settings.from);
    if (settings.to) params.set('to', settings.to);
  }
  if (settings.timeZone !== defaultTimeZone) params.set('tz', settings.timeZone);
  if (settings.calendar === 'working') params.set('cal', 'working');
  if (settings.calendar === 'working' && settings.holidays.length > 0) {
    params.set('holidays', settings.holidays.join(','));
  }
  for (const label of settings.filter.labels) params.append('label', label);
  if (settings.filter.responsible !== null) params.set('who', settings.filter.responsible);
  if (settings.filter.text.trim() !== '') params.set('q', settings.filter.text);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The flow library's options for `settings` as of `asOf` (epoch ms): a rolling window of N days ends today
 * in the settings' time zone and starts N − 1 days before, so "last 30 days" lists 30 days; a fixed window
 * ends today at the latest.
 */
export function flowOptionsOf(settings: FlowSettings, asOf: number): FlowOptions {
  const options: FlowOptions = { asOf, timeZone: settings.timeZone };
  if (settings.calendar === 'working') options.working = workingCalendar(settings.holidays);
  if (settings.last !== null) {
    const today = makeCalendar({ timeZone: settings.timeZone }).dayOf(asOf);
    options.from = dayString(today - (settings.last - 1));
    options.to = dayString(today);
  } else {
    const today = dayString(makeCalendar({ timeZone: settings.timeZone }).dayOf(asOf));
    if (settings.from) options.from = settings.from;
    if (settings.to) options.to = settings.to > today ? today : settings.to;
  }
  return options;
}

function workingCalendar(holidays: readonly string[]): WorkingCalendar {
  return { weekdays: [...WORKING_WEEKDAYS], holidays: [...holidays] };
}
