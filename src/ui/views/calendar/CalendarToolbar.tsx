import type { CalendarRange } from './types';

interface CalendarToolbarProps {
  range: CalendarRange;
  /** The month or week shown, e.g. "March 2026". */
  heading: string;
  headingId: string;
  onRange(range: CalendarRange): void;
  /** -1 previous, +1 next month or week. */
  onStep(step: -1 | 1): void;
  onToday(): void;
}

/** Month or week, stepping through them, and what is shown. */
export function CalendarToolbar({
  range,
  heading,
  headingId,
  onRange,
  onStep,
  onToday,
}: CalendarToolbarProps) {
  const unit = range === 'month' ? 'month' : 'week';
  return (
    <div className="calendar-toolbar">
      <div className="view-switch" role="group" aria-label="Calendar range">
        <button type="button" aria-pressed={range === 'month'} onClick={() => onRange('month')}>
          Month
        </button>
        <button type="button" aria-pressed={range === 'week'} onClick={() => onRange('week')}>
          Week
        </button>
      </div>
      <div className="calendar-steps">
        <button type="button" title={`Previous ${unit}`} onClick={() => onStep(-1)}>
          Previous
        </button>
        <button type="button" onClick={onToday}>
          Today
        </button>
        <button type="button" title={`Next ${unit}`} onClick={() => onStep(1)}>
          Next
        </button>
      </div>
      <h2 id={headingId} className="calendar-heading" aria-live="polite">
        {heading}
      </h2>
    </div>
  );
}
