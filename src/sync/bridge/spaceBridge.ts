/**
 * Feeds a space document into a {@link SpaceStore}. React reads the store and never the document.
 *
 * Per transaction: `observeDeep` handlers record the ids of touched statuses, labels and cards; after the
 * transaction, only those records are re-read, only the columns a touched card left or entered are
 * rebuilt, and the store gets one `setState`.
 */
import type * as Y from 'yjs';
import { readCard, readLabel, readSpaceMeta, readStatus } from '../../domain/index.ts';
import { spaceMaps } from '../../domain/schema.ts';
import { createSpaceStore, type SpaceState, type SpaceStore } from '../../state/spaceStore.ts';
import { sameValue } from './records.ts';
import { onAfterTransaction } from './afterTransaction.ts';
import { buildColumns, patchColumns } from './columns.ts';
import { collectTouched } from './touched.ts';
import { patchRecords, readAll } from './records.ts';

export interface SpaceBridge {
  store: SpaceStore;
  /** Stop observing the document; the store keeps its last state. */
  destroy(): void;
}

/** Read the whole space once into a new store and keep the store up to date. */
export function bridgeSpace(doc: Y.Doc): SpaceBridge {
  const maps = spaceMaps(doc);
  const cards = readAll(maps.cards, readCard);
  const store = createSpaceStore({
    meta: readSpaceMeta(doc),
    statuses: readAll(maps.statuses, readStatus),
    labels: readAll(maps.labels, readLabel),
    cards,
    columns: buildColumns(cards),
    historyLength: maps.history.length,
  });

  const touchedStatuses = new Set<string>();
  const touchedLabels = new Set<string>();
  const touchedCards = new Set<string>();
  let metaChanged = false;
  let historyChanged = false;

  const onStatuses = (events: Y.YEvent<Y.AbstractType<unknown>>[]) =>
    collectTouched(events, maps.statuses, touchedStatuses);
  const onLabels = (events: Y.YEvent<Y.AbstractType<unknown>>[]) =>
    collectTouched(events, maps.labels, touchedLabels);
  const onCards = (events: Y.YEvent<Y.AbstractType<unknown>>[]) =>
    collectTouched(events, maps.cards, touchedCards);
  const onMeta = () => (metaChanged = true);
  const onHistory = () => (historyChanged = true);

  maps.statuses.observeDeep(onStatuses);
  maps.labels.observeDeep(onLabels);
  maps.cards.observeDeep(onCards);
  maps.meta.observe(onMeta);
  maps.history.observe(onHistory);

  const flush = () => {
    if (
      !metaChanged &&
      !historyChanged &&
      touchedStatuses.size + touchedLabels.size + touchedCards.size === 0
    )
      return;
    const prev = store.getState();
    const next: Partial<SpaceState> = {};
    if (metaChanged) {
      const meta = readSpaceMeta(doc);
      if (!sameValue(meta, prev.meta)) next.meta = meta;
    }
    if (touchedStatuses.size > 0)
      next.statuses = patchRecords(prev.statuses, maps.statuses, touchedStatuses, readStatus);
    if (touchedLabels.size > 0)
      next.labels = patchRecords(prev.labels, maps.labels, touchedLabels, readLabel);
    if (touchedCards.size > 0) {
      const nextCards = patchRecords(prev.cards, maps.cards, touchedCards, readCard);
      if (nextCards !== prev.cards) {
        next.cards = nextCards;
        next.columns = patchColumns(prev.columns, prev.cards, nextCards, touchedCards);
      }
    }
    if (historyChanged) next.historyLength = maps.history.length;
    metaChanged = false;
    historyChanged = false;
    touchedStatuses.clear();
    touchedLabels.clear();
    touchedCards.clear();
    if (Object.entries(next).some(([key, value]) => value !== prev[key as keyof SpaceState]))
      store.setState(next);
  };
  const stopFlushing = onAfterTransaction(doc, flush);

  return {
    store,
    destroy() {
      stopFlushing();
      maps.statuses.unobserveDeep(onStatuses);
      maps.labels.unobserveDeep(onLabels);
      maps.cards.unobserveDeep(onCards);
      maps.meta.unobserve(onMeta);
      maps.history.unobserve(onHistory);
    },
  };
}
