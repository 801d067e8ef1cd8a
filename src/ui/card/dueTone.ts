/** The words a card front reads out for its due date; the tone itself is the domain's (MySpace's urgency uses it). */
import type { DueTone } from '../../domain/read/dueTone.ts';

export { dueTone, type DueTone } from '../../domain/read/dueTone.ts';

const TONE_WORDS: Record<DueTone, string> = {
  later: 'due',
  soon: 'due soon',
  missed: 'overdue',
  done: 'was due',
};

/** The words read out for a due date, e.g. "overdue 3 Mar". */
export function dueWords(tone: DueTone, formatted: string): string {
  return `${TONE_WORDS[tone]} ${formatted}`;
}
