// What an undo or redo step did to the user's MySpace, in the words said after "Undone" or "Redone", as
// the board says its own (`views/undoWords.ts`): the mirror moved may be in another section than the focus.
import { useMemo } from 'react';
import { feedKey, liveSummary, sortKeyed, type FeedEntry, type Mirror } from '../../domain/index.ts';
import type { FeedStore, UserState, UserStore } from '../../state/index.ts';
import type { StepWords } from '../views/useUndoCommands';

type Mirrors = Readonly<Record<string, Mirror>>;

/** The words of MySpace's undo steps, from the user's mirrors before and after each. */
export function useMirrorStepWords(user: UserStore, feed: FeedStore): StepWords<Mirrors> {
  return useMemo(
    () => ({
      // The store replaces its mirrors on a change, so the record itself is the state before.
      before: () => user.getState().mirrors,
      after: (before) => mirrorStepWords(before, user.getState(), feed.getState().entries),
    }),
    [user, feed],
  );
}

/**
 * The change from `before` to the user's mirrors now as a short clause ("Pump seal is at position 2 of 3
 * in section Today"), or null when no mirror changed (an inbox card was dealt with).
 */
export function mirrorStepWords(
  before: Mirrors,
  now: Pick<UserState, 'mirrors' | 'sections'>,
  entries: Readonly<Record<string, FeedEntry>>,
): string | null {
  const after = now.mirrors;
  const changed = Object.keys(after).filter((id) => after[id] !== before[id]);
  for (const id of Object.keys(before)) if (after[id] === undefined) changed.push(id);
  if (changed.length === 0) return null;
  if (changed.length > 1) return `changes to ${changed.length} cards in MySpace`;
  const id = changed[0]!;
  const mirror = (after[id] ?? before[id])!;
  const title = liveSummary(entries[feedKey(mirror.spaceId, mirror.cardId)] ?? null)?.title ?? 'The card';
  const was = before[id];
  const is = after[id];
  if (is === undefined) return `${title} is no longer in MySpace`;
  if (was !== undefined && was.sectionId === is.sectionId && was.key === is.key)
    return `a change to ${title}`;
  const section = sortKeyed(Object.values(after).filter((other) => other.sectionId === is.sectionId));
  const name = now.sections[is.sectionId]?.name ?? 'a section';
  return `${title} is at position ${section.indexOf(is) + 1} of ${section.length} in section ${name}`;
}
