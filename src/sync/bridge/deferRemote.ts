/**
 * When a bridge publishes what remote transactions changed. Each update from the server arrives as its
 * own task, and every store update is a synchronous React commit; a second client writing a burst of
 * separate transactions would otherwise cost one commit per transaction. Worse, the board's commits each
 * leave an update behind (dnd-kit registers a card's drop target in a passive effect when the card
 * mounts or unmounts), and React counts a run of commits that each leave work pending as nested updates:
 * past 50 in a row it throws "Maximum update depth exceeded". Publishing remote changes together, in a
 * later task, turns a burst into a few commits with React's pending render run in between.
 */

/** Runs `publish` later and returns a function that cancels it. */
export type DeferRemote = (publish: () => void) => () => void;

/**
 * Publishes in a new task, queued behind the tasks already waiting: the server's updates received so far
 * (they join this publish) and React's render of what the last commit left, which runs first and ends the
 * chain. No fixed delay, so a remote change still shows in the frame it arrives in.
 */
export const afterQueuedTasks: DeferRemote = (publish) => {
  const timer = setTimeout(publish, 0);
  return () => clearTimeout(timer);
};
