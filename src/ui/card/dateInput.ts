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

/** Epoch ms of a `YYYY-MM-DD` day: its first millisecond for a start, its last for a due date. */
export function fromDateInput(value: string, edge: 'start' | 'end'): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  return edge === 'start'
    ? new Date(year, month, day).getTime()
    : new Date(year, month, day, 23, 59, 59, 999).getTime();
}
