/** How urgent a due date looks on a card front, as KanBo colours it. */
export type DueTone = 'later' | 'soon' | 'missed' | 'done';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * `missed` once the due time has passed, `soon` within the coming week, `later` beyond it; a card already
 * in a completed or cancelled status is `done` and never shows as late.
 * @param due - epoch ms
 * @param now - epoch ms
 */
export function dueTone(due: number, now: number, done: boolean): DueTone {
  if (done) return 'done';
  if (due < now) return 'missed';
  if (due - now < WEEK_MS) return 'soon';
  return 'later';
}
