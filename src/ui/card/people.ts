import { createContext, useContext } from 'react';

/**
 * Names of the people the board can show, by user id. The server has no member directory yet, so the app
 * knows the signed-in user's name and shows others by a short form of their id.
 */
export const PeopleContext = createContext<Record<string, string>>({});

export function usePersonName(userId: string): string {
  const names = useContext(PeopleContext);
  return Object.hasOwn(names, userId) ? (names[userId] ?? userId) : `User ${userId.slice(0, 4)}`;
}
