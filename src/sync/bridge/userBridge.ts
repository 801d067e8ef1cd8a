/**
 * Feeds the user's own document into a {@link UserStore}: touched sections and mirrors are re-read after
 * each transaction, in one `setState` (see `docBridge.ts`).
 */
import type * as Y from 'yjs';
import {
  readMirror,
  readReminder,
  readSavedView,
  readSection,
  readTriaged,
  readUser,
} from '../../domain/index.ts';
import { userMaps } from '../../domain/schema.ts';
import { createUserStore, type UserState, type UserStore } from '../../state/userStore.ts';
import { followDocument } from './docBridge.ts';

export interface UserBridge {
  store: UserStore;
  /** Stop observing the document; the store keeps its last state. */
  destroy(): void;
}

/** Read the whole user document once into a new store and keep the store up to date. */
export function bridgeUser(doc: Y.Doc): UserBridge {
  const maps = userMaps(doc);
  const store = createUserStore(readUser(doc));
  const destroy = followDocument<UserState>(doc, store, {
    collections: {
      sections: [maps.sections, readSection],
      mirrors: [maps.mirrors, readMirror],
      views: [maps.views, readSavedView],
      reminders: [maps.reminders, readReminder],
    },
    // Meta and preferences change rarely; the domain reads them only as part of the whole document.
    values: {
      meta: [maps.meta, () => readUser(doc).meta],
      prefs: [maps.prefs, () => readUser(doc).prefs],
      triaged: [maps.triaged, () => readTriaged(doc)],
    },
  });
  return { store, destroy };
}
