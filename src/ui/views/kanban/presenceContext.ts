import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Presence, PresenceState } from '../../../sync/index.ts';

/** The open space's presence; null where nobody else can be (component tests). */
export const PresenceContext = createContext<Presence | null>(null);

const NOBODY: PresenceState = { peers: [] };
const nobodyStore = {
  getState: () => NOBODY,
  getInitialState: () => NOBODY,
  setState: () => {},
  subscribe: () => () => {},
};

/** Select from the presence of the space on screen. */
export function usePresence<T>(selector: (state: PresenceState) => T): T {
  const presence = useContext(PresenceContext);
  return useStore(presence?.store ?? nobodyStore, selector);
}
