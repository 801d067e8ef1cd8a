import type { KeyboardEvent } from 'react';
import { calendarDay } from './calendarDates.ts';
import { dayLabel, weekdayNames } from './calendarText.ts';
import { DayCell } from './DayCell';
import type { DayEntry } from './entries';
import type { CalendarItem, CalendarRange } from './types';

interface CalendarGridProps {
  range: CalendarRange;
  /** Rows of seven day numbers. */
  weeks: readonly (readonly number[])[];
  /** The month the grid is of (1–12); days of other months are shown dimmed. */
  month: number;
  today: number;
  entries: Map<number, DayEntry[]>;
  headingId: string;
  locale: string | undefined;
  limit: number;
  expanded: ReadonlySet<number>;
  onToggle(day: number): void;
  canMove: boolean;
  onOpen(id: string): void;
  onMoveBy(item: CalendarItem, days: number): void;
  /** The day that takes Tab; arrows move from day to day (`onCellKey`). */
  tabDay: number;
  onCellKey(day: number, event: KeyboardEvent): void;
  onCellFocus(day: number): void;
}

/** The days as an ARIA grid: a header row of weekdays, then one row per week. */
export function CalendarGrid({
  range,
  weeks,
  month,
  today,
  entries,
  headingId,
  locale,
  limit,
  expanded,
  onToggle,
  canMove,
  onOpen,
  onMoveBy,
  tabDay,
  onCellKey,
  onCellFocus,
}: CalendarGridProps) {
  const header = weeks[0] ?? [];
  return (
    <div role="grid" aria-labelledby={headingId} className={`calendar-grid calendar-${range}`}>
      <div role="row" className="calendar-row calendar-weekdays">
        {header.map((day) => {
          const [short, long] = weekdayNames(day, locale);
          return (
            <div key={day} role="columnheader" aria-label={long} className="calendar-weekday">
              {short}
            </div>
          );
        })}
      </div>
      {weeks.map((week) => (
        <div key={week[0]} role="row" className="calendar-row">
          {week.map((day) => {
            const parts = calendarDay(day);
            return (
              <DayCell
                key={day}
                day={day}
                label={dayLabel(day, locale)}
                date={parts.date}
                entries={entries.get(day)}
                outside={range === 'month' && parts.month !== month}
                today={day === today}
                limit={range === 'month' ? limit : null}
                expanded={expanded.has(day)}
                onToggle={onToggle}
                canMove={canMove}
                onOpen={onOpen}
                onMoveBy={onMoveBy}
                tabbable={day === tabDay}
                onCellKey={onCellKey}
                onCellFocus={onCellFocus}
              />
            );
          })}
        </div>
      ))}
    </div>
  );
}
