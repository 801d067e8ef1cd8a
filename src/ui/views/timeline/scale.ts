/**
 * The Timeline's date axis, free of React so it can be tested on its own. The axis is measured in local
 * days of one IANA time zone (day numbers as in `src/analytics/zoneDays.ts`): every local day is equally
 * wide whether it lasts 23, 24 or 25 hours, so a DST change never shifts a bar by an hour's worth of
 * pixels, and a bar always starts and ends on a day boundary of that zone.
 *
 * A card's dates follow the card panel's convention (`src/ui/card/dateInput.ts`): a start is the first
 * millisecond of its day, a due date the last one ("by the end of that day").
 */
import { dayString, isoWeekday } from '../../../analytics/calendar.ts';
import { DAY_MS, zoneDays, type ZoneDays } from '../../../analytics/zoneDays.ts';

/** How much time one step of the axis (and one arrow key) stands for. */
export type Zoom = 'day' | 'week' | 'month';

export const ZOOMS: readonly Zoom[] = ['day', 'week', 'month'];

/** Width of one local day on screen, px, per zoom: a day, a week or a month fits a comfortable column. */
export const DAY_PX: Record<Zoom, number> = { day: 48, week: 20, month: 5 };

/** The local days a card's bar covers, both included (day numbers). */
export interface DaySpan {
  first: number;
  last: number;
}

/** New dates for a card (epoch ms), as `updateCard` takes them. */
export interface CardDates {
  start: number | null;
  due: number | null;
}

/** Local days of one zone, and the arithmetic the Timeline does with them. */
export interface TimelineScale {
  readonly timeZone: string;
  /** The local day an instant (epoch ms) falls on. */
  dayOf(ms: number): number;
  /** The instant (epoch ms) local day `day` starts. */
  dayStart(day: number): number;
  /** The last millisecond (epoch ms) of local day `day`: a due date on that day. */
  dayEnd(day: number): number;
  /** The first day of the zoom unit (day, ISO week from Monday, calendar month) that `day` falls in. */
  unitStart(day: number, zoom: Zoom): number;
  /** `day` moved by `n` zoom units; a month step keeps the day of the month, clamped to the month's end. */
  addUnits(day: number, n: number, zoom: Zoom): number;
  /** Fractional local day (day number plus the share of that day gone) of an instant (epoch ms). */
  dayPosition(ms: number): number;
  /** The instant (epoch ms) at a fractional local day: the inverse of {@link TimelineScale.dayPosition}. */
  timeAt(position: number): number;
  /** The nearest local day boundary (epoch ms) to an instant: where a dragged edge lands. */
  snapToDay(ms: number): number;
}

/** The scale of `timeZone`, or null when the platform does not know the zone. */
export function makeScale(timeZone: string): TimelineScale | null {
  const days: ZoneDays | null = zoneDays(timeZone);
  if (!days) return null;
  const { dayOf, dayStart } = days;
  const dayPosition = (ms: number): number => {
    const day = dayOf(ms);
    const start = dayStart(day);
    return day + (ms - start) / (dayStart(day + 1) - start);
  };
  const timeAt = (position: number): number => {
    const day = Math.floor(position);
    const start = dayStart(day);
    return start + Math.round((position - day) * (dayStart(day + 1) - start));
  };
  return {
    timeZone,
    dayOf,
    dayStart,
    dayEnd: (day) => dayStart(day + 1) - 1,
    unitStart,
    addUnits,
    dayPosition,
    timeAt,
    snapToDay: (ms) => dayStart(Math.round(dayPosition(ms))),
  };
}

/** The first day of the zoom unit `day` falls in (day numbers are zone-free calendar dates). */
export function unitStart(day: number, zoom: Zoom): number {
  if (zoom === 'day') return day;
  if (zoom === 'week') return day - (isoWeekday(day) - 1);
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
}

/** `day` moved by `n` units of `zoom` (day numbers). */
export function addUnits(day: number, n: number, zoom: Zoom): number {
  if (zoom === 'day') return day + n;
  if (zoom === 'week') return day + 7 * n;
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + n;
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastOfMonth)) / DAY_MS;
}

/** The days a card's bar covers, or null for a card with neither date. */
export function spanOf(scale: TimelineScale, start: number | null, due: number | null): DaySpan | null {
  if (start === null && due === null) return null;
  const first = scale.dayOf(start ?? due!);
  const last = scale.dayOf(due ?? start!);
  // Concurrent edits can leave a start after the due date: the bar still covers both days.
  return { first: Math.min(first, last), last: Math.max(first, last) };
}

/**
 * The dates of a card whose bar now covers `span`: its start at the first day's start and its due date at
 * the last day's end. A card that had only one date keeps only that one while its bar stays one day long;
 * stretching the bar gives it the other date too.
 */
export function datesOf(scale: TimelineScale, span: DaySpan, had: CardDates): CardDates {
  const start = scale.dayStart(span.first);
  const due = scale.dayEnd(span.last);
  if (span.first === span.last && had.start === null && had.due !== null) return { start: null, due };
  if (span.first === span.last && had.due === null && had.start !== null) return { start, due: null };
  return { start, due };
}

/** Which part of a bar moves: all of it, its start end or its due end. */
export type BarPart = 'move' | 'start' | 'end';

/**
 * `span` after dragging `part` by `deltaDays` whole days. An end dragged past the other end stops there, so
 * a bar is always at least one day long and its start never passes its due date.
 */
export function dragSpan(span: DaySpan, part: BarPart, deltaDays: number): DaySpan {
  if (part === 'move') return { first: span.first + deltaDays, last: span.last + deltaDays };
  if (part === 'start') return { first: Math.min(span.first + deltaDays, span.last), last: span.last };
  return { first: span.first, last: Math.max(span.last + deltaDays, span.first) };
}

/**
 * `span` after one keyboard step of the zoom unit (`direction` ±1): the whole bar, or one end of it. Whole
 * bars moved by months keep their length in days.
 */
export function stepSpan(span: DaySpan, part: BarPart, direction: 1 | -1, zoom: Zoom): DaySpan {
  if (part === 'move') {
    const first = addUnits(span.first, direction, zoom);
    return { first, last: first + (span.last - span.first) };
  }
  if (part === 'start') {
    return { first: Math.min(addUnits(span.first, direction, zoom), span.last), last: span.last };
  }
  return { first: span.first, last: Math.max(addUnits(span.last, direction, zoom), span.first) };
}

/** `YYYY-MM-DD` of a day number. */
export const isoDay = dayString;
