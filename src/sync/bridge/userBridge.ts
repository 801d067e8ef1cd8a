/**
 * Feeds the user's own document into a {@link UserStore}: touched sections and mirrors are re-read after
 * each transaction, in one `setState`.
 */
import type * as Y from 'yjs';
import { readMirror, readSection, readUser } from '../../domain/index.ts';
import { userMaps } from '../../domain/schema.ts';
import { createUserStore, type UserState, type UserStore } from '../../state/userStore.ts';
import { onAfterTransaction } from './afterTransaction.ts';
import { patchRecords, sameValue } from './records.ts';
import { collectTouched } from './touched.ts';

export interface UserBridge {
  store: UserStore;
  /** Stop observing the document; the store keeps its last state. */
  destroy(): void;
}

/** Read the whole user document once into a new store and keep the store up to date. */
export function bridgeUser(doc: Y.Doc): UserBridge {
  const maps = userMaps(doc);
  const store = createUserStore(readUser(doc));
  const touchedSections = new Set<string>();
  const touchedMirrors = new Set<string>();
  let otherChanged = false;

  const onSections = (events: Y.YEvent<Y.AbstractType<unknown>>[]) =>
    collectTouched(events, maps.sections, touchedSections);
  const onMirrors = (events: Y.YEvent<Y.AbstractType<unknown>>[]) =>
    collectTouched(events, maps.mirrors, touchedMirrors);
  const onOther = () => (otherChanged = true);
  maps.sections.observeDeep(onSections);
  maps.mirrors.observeDeep(onMirrors);
  maps.meta.observe(onOther);
  maps.prefs.observeDeep(onOther);

  const flush = () => {
    if (!otherChanged && touchedSections.size + touchedMirrors.size === 0) return;
    const prev = store.getState();
    const next: Partial<UserState> = {};
    if (otherChanged) {
      // Meta and preferences change rarely; the domain reads them only as part of the whole document.
      const { meta, prefs } = readUser(doc);
      if (!sameValue(meta, prev.meta)) next.meta = meta;
      if (!sameValue(prefs, prev.prefs)) next.prefs = prefs;
    }
    if (touchedSections.size > 0)
      next.sections = patchRecords(prev.sections, maps.sections, touchedSections, readSection);
    if (touchedMirrors.size > 0)
      next.mirrors = patchRecords(prev.mirrors, maps.mirrors, touchedMirrors, readMirror);
    otherChanged = false;
    touchedSections.clear();
    touchedMirrors.clear();
    if (Object.entries(next).some(([key, value]) => value !== prev[key as keyof UserState]))
      store.setState(next);
  };
  const stopFlushing = onAfterTransaction(doc, flush);

  return {
    store,
    destroy() {
      stopFlushing();
      maps.sections.unobserveDeep(onSections);
      maps.mirrors.unobserveDeep(onMirrors);
      maps.meta.unobserve(onOther);
      maps.prefs.unobserveDeep(onOther);
    },
  };
}
