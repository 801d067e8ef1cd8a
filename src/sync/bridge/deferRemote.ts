/**
 * When a bridge publishes what remote transactions changed. Each update from the server arrives as its
 * own task, and every store update is a synchronous React commit; a second client writing a burst of
 * separate transactions would otherwise cost one commit per transaction. Worse, the board's commits each
 * leave an update behind (dnd-kit registers a card's drop target in a passive effect when the card
 * mounts or unmounts), and React counts a run of commits that each leave sync work as nested updates:
 * past 50 in a row it throws "Maximum update depth exceeded". Publishing remote changes at most once per
 * frame turns a burst into a few commits, and React runs its pending update in between.
 */

/** Runs `publish` later and returns a function that cancels it. */
export type DeferRemote = (publish: () => void) => () => void;

/** About one display frame, ms: remote changes show within it, however many transactions brought them. */
export const REMOTE_FRAME_MS = 16;

/**
 * Publishes after {@link REMOTE_FRAME_MS}. A timer rather than `requestAnimationFrame`: it also runs in a
 * hidden tab (throttled), so the store stays current for code that reads it while nothing is painted.
 */
export const afterOneFrame: DeferRemote = (publish) => {
  const timer = setTimeout(publish, REMOTE_FRAME_MS);
  return () => clearTimeout(timer);
};
