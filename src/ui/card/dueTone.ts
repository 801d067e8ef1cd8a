/** The words a card front reads out for its due date; the tone itself is the domain's (MySpace's urgency uses it). */
import type { DueTone } from '../../domain/read/dueTone.ts';

export { dueTone, type DueTone } from '../../domain/read/dueTone.ts';

const TONE_WORDS: Record<DueTone, string> = {
  later: 'due',
  soon: 'due soon',
  missed: 'overdue',
  done: 'was due',
};

/** The local calendar day of `ms`, as a number that steps by one a day (daylight saving aside). */
const localDay = (ms: number) => {
  const date = new Date(ms);
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000;
};

/**
 * The words read out for a due date, e.g. "overdue 3 Mar", "due soon 12 Mar"; a date due soon that falls
 * today or tomorrow (in the browser's time zone) says so instead of its date.
 */
export function dueWords(tone: DueTone, due: number, now: number, format: (ms: number) => string): string {
  if (tone === 'soon') {
    const days = localDay(due) - localDay(now);
    if (days === 0) return 'due today';
    if (days === 1) return 'due tomorrow';
  }
  return `${TONE_WORDS[tone]} ${format(due)}`;
}
