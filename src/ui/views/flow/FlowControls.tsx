import { useEffect, useId, useState } from 'react';
import type { FlowReport } from '../../../analytics/index.ts';
import { useNameOf } from '../../card/people';
import { DayInput } from '../../common/DayInput';
import { describeFilter, FlowFilterControls, type FilterLabel } from './FlowFilterControls';
import { defaultFlowSettings, LAST_DAYS_PRESETS, type FlowCalendarKind } from './flowQuery';
import { zoneChoices } from './timeZones';
import type { FlowSettingsState } from './useFlowSettings';
import './flowControls.css';

interface FlowControlsProps {
  state: FlowSettingsState;
  /** The report drawn, for the window it actually covers and the problems it met. */
  report: FlowReport;
  /** The space's labels, by id, for the card filter. */
  labels: Readonly<Record<string, FilterLabel>>;
}

/**
 * The settings every Flow chart shares: the window of days, the time zone days are counted in, and the
 * calendar (all days, or Monday to Friday without holidays). Each change goes into the address at once.
 */
export function FlowControls({ state, report, labels }: FlowControlsProps) {
  const { settings, defaultTimeZone, change } = state;
  const nameOf = useNameOf();
  const filterText = describeFilter(state.filter, labels, nameOf);
  const id = useId();
  const range =
    settings.last !== null ? String(settings.last) : settings.from || settings.to ? 'custom' : 'all';
  const presets: number[] = [...LAST_DAYS_PRESETS];
  if (settings.last !== null && !presets.includes(settings.last)) presets.push(settings.last);
  const [holidays, setHolidays] = useState(settings.holidays.join(', '));
  // The address may change under the field (Back, a reset): show what it now holds.
  useEffect(() => setHolidays(settings.holidays.join(', ')), [settings.holidays]);

  const chooseRange = (value: string) => {
    if (value === 'all') change({ ...settings, last: null, from: null, to: null });
    else if (value === 'custom') change({ ...settings, last: null, from: report.from, to: report.to });
    else change({ ...settings, last: Number(value), from: null, to: null });
  };
  // A date typed over a rolling window keeps the other end where it was shown.
  const chooseDate = (end: 'from' | 'to', value: string) => {
    const rolling = settings.last !== null;
    const from = end === 'from' ? value || null : rolling ? report.from : settings.from;
    const to = end === 'to' ? value || null : rolling ? null : settings.to;
    change({ ...settings, last: null, from, to });
  };
  const commitHolidays = () => {
    const entries = holidays
      .split(/[,\s]+/)
      .map((entry) => entry.trim())
      .filter(Boolean);
    if (entries.join(',') !== settings.holidays.join(',')) change({ ...settings, holidays: entries });
  };
  const problems = [...state.problems, ...report.issues];
  const calendarText = report.working ? 'working days (Monday to Friday)' : 'calendar days';

  return (
    <form className="flow-controls" aria-label="Chart settings" onSubmit={(event) => event.preventDefault()}>
      <div className="flow-controls-row">
        <label>
          Range
          <select className="select" value={range} onChange={(event) => chooseRange(event.target.value)}>
            <option value="all">All history</option>
            {presets.map((days) => (
              <option key={days} value={String(days)}>
                Last {days} days
              </option>
            ))}
            <option value="custom">Custom dates</option>
          </select>
        </label>
        <label>
          From
          <DayInput
            value={settings.from ?? report.from}
            max={report.to}
            onChange={(day) => chooseDate('from', day)}
          />
        </label>
        <label>
          To
          <DayInput
            value={settings.to ?? report.to}
            min={report.from}
            onChange={(day) => chooseDate('to', day)}
          />
        </label>
        <label>
          Time zone
          <select
            className="select"
            value={settings.timeZone}
            onChange={(event) => change({ ...settings, timeZone: event.target.value })}
          >
            {zoneChoices(settings.timeZone, defaultTimeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone === defaultTimeZone ? `${zone} (this browser)` : zone}
              </option>
            ))}
          </select>
        </label>
        <label>
          Calendar
          <select
            className="select"
            value={settings.calendar}
            onChange={(event) => change({ ...settings, calendar: event.target.value as FlowCalendarKind })}
          >
            <option value="days">Calendar days</option>
            <option value="working">Working days (Mon–Fri)</option>
          </select>
        </label>
        {settings.calendar === 'working' && (
          <label>
            Holidays
            <input
              type="text"
              value={holidays}
              placeholder="2026-12-25, 2026-12-26"
              aria-describedby={`${id}-holidays`}
              onChange={(event) => setHolidays(event.target.value)}
              onBlur={commitHolidays}
              onKeyDown={(event) => {
                // Enter applies the list, as leaving the field does (the form has no submit button).
                if (event.key !== 'Enter') return;
                event.preventDefault();
                commitHolidays();
              }}
            />
          </label>
        )}
      </div>
      {settings.calendar === 'working' && (
        <p id={`${id}-holidays`} className="muted flow-controls-hint">
          Holidays as dates YYYY-MM-DD, separated by commas; they count as non-working days.
        </p>
      )}
      <div className="flow-controls-row">
        <FlowFilterControls
          filter={settings.filter}
          labels={labels}
          onChange={(filter) => change({ ...settings, filter })}
        />
        <button type="button" onClick={() => change(defaultFlowSettings(defaultTimeZone))}>
          Reset
        </button>
      </div>
      <p className="muted" role="status" aria-label="Flow settings">
        Showing {report.from} to {report.to} in {report.timeZone}, counted in {calendarText}.
        {filterText && ` ${filterText}`}
      </p>
      {problems.length > 0 && (
        <div role="alert" className="flow-controls-problems">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
    </form>
  );
}
