import { useDroppable } from '@dnd-kit/core';
import { memo, type KeyboardEvent } from 'react';
import { CalendarEntry } from './CalendarEntry';
import type { DayEntry } from './entries';
import type { CalendarItem } from './types';

/** The drop target id of a day; its data carries the day number. */
export function dayDropId(day: number): string {
  return `day-${day}`;
}

interface DayCellProps {
  day: number;
  /** The day in full, the cell's accessible name. */
  label: string;
  /** The date number shown in the corner. */
  date: number;
  entries: readonly DayEntry[] | undefined;
  /** A day of the neighbouring month, padding the month grid. */
  outside: boolean;
  today: boolean;
  /** Entries shown before "+N more"; null shows them all (the week). */
  limit: number | null;
  expanded: boolean;
  onToggle(day: number): void;
  canMove: boolean;
  onOpen(id: string): void;
  onMoveBy(item: CalendarItem, days: number): void;
  /**
   * The grid's one tab stop, with its entries after it; other days, and their entries, are reached with
   * the arrow keys (Tab went through every entry of the month before reaching a day).
   */
  tabbable: boolean;
  onCellKey(day: number, event: KeyboardEvent): void;
  onCellFocus(day: number): void;
}

const NONE: readonly DayEntry[] = [];

/** One day of the grid: a drop target holding its entries, the overflow behind "+N more". */
export const DayCell = memo(function DayCell({
  day,
  label,
  date,
  entries = NONE,
  outside,
  today,
  limit,
  expanded,
  onToggle,
  canMove,
  onOpen,
  onMoveBy,
  tabbable,
  onCellKey,
  onCellFocus,
}: DayCellProps) {
  const { setNodeRef, isOver } = useDroppable({ id: dayDropId(day), data: { day }, disabled: !canMove });
  const overflow = limit !== null && entries.length > limit;
  const shown = overflow && !expanded ? entries.slice(0, limit) : entries;
  const hidden = entries.length - shown.length;
  const classes = ['calendar-day'];
  if (outside) classes.push('calendar-day-outside');
  if (today) classes.push('calendar-day-today');
  if (isOver) classes.push('calendar-day-over');
  return (
    <div
      ref={setNodeRef}
      role="gridcell"
      aria-label={label}
      aria-current={today ? 'date' : undefined}
      className={classes.join(' ')}
      tabIndex={tabbable ? 0 : -1}
      data-day={day}
      // The day's keys, and the arrows from its entries too (an entry handles only Alt+arrows, which move
      // it): from an entry too, arrows and Page Up/Down go from day to day. Focus anywhere in the day makes
      // it the grid's tab stop.
      onKeyDown={(event) => {
        if (event.target === event.currentTarget || !event.defaultPrevented) onCellKey(day, event);
      }}
      onFocus={() => onCellFocus(day)}
    >
      <span className="calendar-date" aria-hidden="true">
        {date}
      </span>
      {shown.map((entry) => (
        <CalendarEntry
          key={entry.item.id}
          entry={entry}
          tabbable={tabbable}
          canMove={canMove}
          onOpen={onOpen}
          onMoveBy={onMoveBy}
        />
      ))}
      {overflow && (
        <button
          type="button"
          className="calendar-more"
          tabIndex={tabbable ? 0 : -1}
          aria-expanded={expanded}
          aria-label={expanded ? `Show fewer on ${label}` : `+${hidden} more on ${label}`}
          onClick={() => onToggle(day)}
        >
          {expanded ? 'Show fewer' : `+${hidden} more`}
        </button>
      )}
    </div>
  );
});
