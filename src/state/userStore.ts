/** The snapshot store of the signed-in user's own document: MySpace sections, mirrors and preferences. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Mirror, Reminder, SavedView, Section, UserMeta } from '../domain/index.ts';

export interface UserState {
  meta: UserMeta;
  sections: Record<string, Section>;
  mirrors: Record<string, Mirror>;
  prefs: Record<string, unknown>;
  views: Record<string, SavedView>;
  /** Inbox cards dealt with: `feedKey` → epoch ms. */
  triaged: Record<string, number>;
  reminders: Record<string, Reminder>;
}

export type UserStore = StoreApi<UserState>;

/** A store holding `initial`. */
export function createUserStore(initial: UserState): UserStore {
  return createStore<UserState>(() => initial);
}
