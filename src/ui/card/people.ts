import { createContext, useCallback, useContext } from 'react';

/**
 * Names of the people the board can show and offer, by user id: the open workspace's member directory,
 * plus whoever is present on the space and the signed-in user. Someone not (or no longer) in it is shown
 * by a short form of their id.
 */
export const PeopleContext = createContext<Record<string, string>>({});

/**
 * Whether {@link PeopleContext} holds the workspace's directory yet (the server's, or the copy kept on this
 * device). On a first visit the board shows before the directory arrives; a person it does not list then
 * is shown without a name rather than by an id that turns into their name a moment later.
 */
export const PeopleKnownContext = createContext(true);

/** How someone the board does not know (not, or no longer, a member) is named: a short form of their id. */
export function unknownPersonName(userId: string): string {
  return `User ${userId.slice(0, 4)}`;
}

/** How someone reads whose name is on its way (see {@link PeopleKnownContext}). */
export const NAME_LOADING = 'Name loading';

/** `userId`'s name in `names`; for someone it lacks, a short form of the id once `known`, else null. */
function nameIn(names: Record<string, string>, known: boolean, userId: string): string | null {
  if (Object.hasOwn(names, userId)) return names[userId] ?? userId;
  return known ? unknownPersonName(userId) : null;
}

/** A namer for sentences and lists: every id gets words, "Name loading" while the directory is on its way. */
export function useNameOf(): (userId: string) => string {
  const names = useContext(PeopleContext);
  const known = useContext(PeopleKnownContext);
  return useCallback((userId: string) => nameIn(names, known, userId) ?? NAME_LOADING, [names, known]);
}

/** The name to show for `userId`, or null while the directory that would name them is on its way. */
export function usePersonName(userId: string): string | null {
  return nameIn(useContext(PeopleContext), useContext(PeopleKnownContext), userId);
}

/**
 * The names for {@link PeopleContext}: the directory's members in its order, then people present whom it
 * does not list (implicit visitors of a public workspace, or a directory not fetched yet), then the
 * signed-in user, whose own name is the freshest.
 */
export function peopleOf(
  members: Record<string, string>,
  present: ReadonlyArray<{ userId: string; name: string }>,
  self: { id: string; name: string },
): Record<string, string> {
  const people: Record<string, string> = { ...members };
  for (const peer of present) if (!Object.hasOwn(people, peer.userId)) people[peer.userId] = peer.name;
  people[self.id] = self.name;
  return people;
}
