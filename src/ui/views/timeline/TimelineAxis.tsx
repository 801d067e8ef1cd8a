import { memo } from 'react';
import { DAY_MS } from '../../../analytics/zoneDays.ts';
import { addUnits, unitStart, type Zoom } from './scale';
import { xOfDay, type TimelineGeometry } from './timelineContext';

// Day numbers are calendar dates: formatting their UTC midnight in UTC names the date in any zone.
const MONTH_YEAR = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const YEAR = new Intl.DateTimeFormat(undefined, { year: 'numeric', timeZone: 'UTC' });
const WEEKDAY_DAY = new Intl.DateTimeFormat(undefined, {
  weekday: 'narrow',
  day: 'numeric',
  timeZone: 'UTC',
});
const DAY_MONTH = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });

interface Tick {
  day: number;
  label: string;
}

/** The units whose columns overlap days `[from, to]`, each with its label. */
function ticks(from: number, to: number, unit: Zoom | 'year', label: (day: number) => string): Tick[] {
  const out: Tick[] = [];
  let day = unit === 'year' ? yearStart(from) : unitStart(from, unit);
  while (day <= to) {
    out.push({ day, label: label(day) });
    day = unit === 'year' ? addUnits(day, 12, 'month') : addUnits(day, 1, unit);
  }
  return out;
}

function yearStart(day: number): number {
  return Date.UTC(new Date(day * DAY_MS).getUTCFullYear(), 0, 1) / DAY_MS;
}

const MINOR: Record<Zoom, (day: number) => string> = {
  day: (day) => WEEKDAY_DAY.format(day * DAY_MS),
  week: (day) => DAY_MONTH.format(day * DAY_MS),
  month: (day) => MONTH.format(day * DAY_MS),
};

interface TimelineAxisProps {
  geometry: TimelineGeometry;
  from: number;
  to: number;
  today: number;
  /** Now as a fractional day (day number plus the share of it gone), where the line for now runs. */
  now: number;
  width: number;
}

/** The date scale above the rows: months (or years) over days, weeks or months, and where today is. */
export const TimelineAxis = memo(function TimelineAxis({
  geometry,
  from,
  to,
  today,
  now,
  width,
}: TimelineAxisProps) {
  const { zoom, dayPx } = geometry;
  const major =
    zoom === 'month'
      ? ticks(from, to, 'year', (day) => YEAR.format(day * DAY_MS))
      : ticks(from, to, 'month', (day) => MONTH_YEAR.format(day * DAY_MS));
  const minor = ticks(from, to, zoom, MINOR[zoom]);
  const unitPx = (day: number) => (addUnits(day, 1, zoom) - day) * dayPx;
  return (
    <div className="timeline-axis-track" style={{ width }} aria-hidden="true">
      <div className="timeline-axis-major">
        {major.map((tick) => (
          <span
            key={tick.day}
            className="timeline-tick"
            style={{
              left: xOfDay(geometry, tick.day),
              width: (addUnits(tick.day, zoom === 'month' ? 12 : 1, 'month') - tick.day) * dayPx,
            }}
          >
            {/* Pinned beside the titles column, so a month begun off screen still names itself. */}
            <span className="timeline-tick-label">{tick.label}</span>
          </span>
        ))}
      </div>
      <div className="timeline-axis-minor">
        {minor.map((tick) => (
          <span
            key={tick.day}
            className="timeline-tick"
            data-today={tick.day <= today && today < tick.day + unitPx(tick.day) / dayPx ? 'true' : undefined}
            style={{ left: xOfDay(geometry, tick.day), width: unitPx(tick.day) }}
          >
            {tick.label}
          </span>
        ))}
      </div>
      {/* A notch under the scale where the line for now runs down the rows. */}
      <span className="timeline-now-notch" style={{ left: xOfDay(geometry, now) }} />
    </div>
  );
});
