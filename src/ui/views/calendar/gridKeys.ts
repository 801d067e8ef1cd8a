// Moving between the days of the calendar grid with the keyboard, as the ARIA grid pattern and date pickers
// do: arrows by a day or a week, Home and End to the week's ends, Page Up and Page Down by a month.
import { addMonths, weekStartOf, type WeekStart } from './calendarDates.ts';

/** The day (day number) a key moves the grid's focus to from `day`, or null for a key the grid ignores. */
export function dayForKey(key: string, day: number, weekStart: WeekStart): number | null {
  switch (key) {
    case 'ArrowLeft':
      return day - 1;
    case 'ArrowRight':
      return day + 1;
    case 'ArrowUp':
      return day - 7;
    case 'ArrowDown':
      return day + 7;
    case 'Home':
      return weekStartOf(day, weekStart);
    case 'End':
      return weekStartOf(day, weekStart) + 6;
    case 'PageUp':
      return addMonths(day, -1);
    case 'PageDown':
      return addMonths(day, 1);
    default:
      return null;
  }
}
