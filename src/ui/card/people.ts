import { createContext, useContext } from 'react';

/**
 * Names of the people the board can show and offer, by user id: the open workspace's member directory,
 * plus whoever is present on the space and the signed-in user. Someone not (or no longer) in it is shown
 * by a short form of their id.
 */
export const PeopleContext = createContext<Record<string, string>>({});

export function usePersonName(userId: string): string {
  const names = useContext(PeopleContext);
  return Object.hasOwn(names, userId) ? (names[userId] ?? userId) : `User ${userId.slice(0, 4)}`;
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
