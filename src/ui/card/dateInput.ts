// Dates on a card are epoch ms; the panel edits them as calendar days in the user's time zone. A due date
// means "by the end of that day", so a card due today is not overdue until the day is over.

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD` of an epoch ms in local time, or '' for null. */
export function toDateInput(ms: number | null): string {
  if (ms === null) return '';
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The days a card's date field takes (epoch ms start at 1970; a date field's year has four digits). */
export const DATE_INPUT_MIN = '1970-01-01';
export const DATE_INPUT_MAX = '9999-12-31';

/** Epoch ms of a `YYYY-MM-DD` day: its first millisecond for a start, its last for a due date. */
export function fromDateInput(value: string, edge: 'start' | 'end'): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  // `new Date(99, …)` means 1999; setting the full year keeps years below 100 as they are.
  const date = new Date(0);
  date.setFullYear(year, month, day);
  if (edge === 'start') date.setHours(0, 0, 0, 0);
  else date.setHours(23, 59, 59, 999);
  return date.getTime();
}
