/**
 * Feeds a space document into a {@link SpaceStore}. React reads the store and never the document.
 *
 * Per transaction only touched statuses, labels, fields, cards, to-dos, comments and relations are re-read, only the columns
 * a touched card left or entered and the to-do and comment lists of the cards touched ones belong to are
 * rebuilt, and the store gets one `setState` (see `docBridge.ts`).
 *
 * A document still loading (`whenLoaded`) is not published at all: its slices would each cost a store
 * update and a render of a half board. Meanwhile the store shows a board snapshot when one is given
 * (`showSnapshot`); once loaded, the document is read in slices across tasks and swapped in with one
 * `setState` that keeps every snapshot object that reads equal, so unchanged cards do not re-render.
 */
import type * as Y from 'yjs';
import { readSpaceMeta, readSpaceSettings, type Card } from '../../domain/index.ts';
import {
  createSpaceLoadStore,
  createSpaceStore,
  type SpaceLoadStore,
  type SpaceState,
  type SpaceStore,
} from '../../state/spaceStore.ts';
import { patchCardItems } from './cardItems.ts';
import { cardAt, patchColumns } from './columns.ts';
import { followDocument, type DocBridgeParts, type FollowOptions } from './docBridge.ts';
import { keepEqual } from './keepEqual.ts';
import { slicer } from '../yielding.ts';
import { collectionsOf, emptySpaceState, readSpaceState, readSpaceStateInSlices } from './spaceState.ts';

export interface SpaceBridge {
  store: SpaceStore;
  /** What the store shows: nothing yet, a snapshot, or the document (see `SpaceLoad`). */
  load: SpaceLoadStore;
  /**
   * Show `state` (a board snapshot) until the document is loaded; ignored once the document is shown.
   * @returns whether it is shown.
   */
  showSnapshot(state: SpaceState): boolean;
  /** Resolves once the store follows the document (at once without `whenLoaded`). */
  whenLive: Promise<void>;
  /** Stop observing the document; the store keeps its last state. */
  destroy(): void;
}

export interface SpaceBridgeOptions extends Pick<FollowOptions, 'deferRemote'> {
  /** Resolves (or rejects) once the document is loaded; without it, it counts as loaded already. */
  whenLoaded?: Promise<void>;
  /** How the loaded document's read yields between slices (tests); 8 ms slices by default. */
  pause?: () => Promise<void>;
}

function spaceParts(doc: Y.Doc): DocBridgeParts<SpaceState> {
  const { maps, collections } = collectionsOf(doc);
  return {
    collections,
    inPlace: { cards: 'cardsVersion' },
    values: {
      meta: [maps.meta, () => readSpaceMeta(doc)],
      settings: [maps.settings, () => readSpaceSettings(doc)],
      historyLength: [maps.history, () => maps.history.length],
    },
    derive(prev, next, touched, replaced) {
      patchCardItems(prev, next, touched.get('todos')!, touched.get('comments')!);
      const { cards } = next;
      if (!cards) return;
      const before = (replaced.get('cards') ?? new Map()) as ReadonlyMap<string, Card | undefined>;
      const previous = (id: string) => (before.has(id) ? before.get(id) : cardAt(cards, id));
      const columns = patchColumns(prev.columns, previous, cards, touched.get('cards')!);
      if (columns !== prev.columns) next.columns = columns;
    },
  };
}

/**
 * Keep a new store following the space in `doc`. Without `options.whenLoaded` the whole space is read at
 * once; with it, see the file's header. `options.deferRemote` batches remote transactions (the app's
 * board uses it, see `openDocument.ts`).
 */
export function bridgeSpace(doc: Y.Doc, options: SpaceBridgeOptions = {}): SpaceBridge {
  const { whenLoaded, deferRemote } = options;
  const follow = deferRemote ? { deferRemote } : {};
  const load = createSpaceLoadStore(whenLoaded ? 'waiting' : 'live');
  if (!whenLoaded) {
    const store = createSpaceStore(readSpaceState(doc));
    const destroy = followDocument(doc, store, spaceParts(doc), follow);
    return { store, load, showSnapshot: () => false, whenLive: Promise.resolve(), destroy };
  }

  // No history until loaded (see `SpaceState.historyLength`): views that read it re-read on the swap.
  const store = createSpaceStore({ ...emptySpaceState(), historyLength: -1 });
  let stopFollowing: (() => void) | null = null;
  let destroyed = false;
  const goLive = async () => {
    if (destroyed) return;
    let swapped!: () => void;
    const swap = new Promise<void>((resolve) => (swapped = resolve));
    // Following starts before the read, held: whatever changes while the slices are read is noted and
    // re-read after the swap.
    stopFollowing = followDocument(doc, store, spaceParts(doc), { ...follow, until: swap });
    try {
      const pause = options.pause ?? slicer();
      const read = await readSpaceStateInSlices(doc, pause);
      if (destroyed) return;
      const next = await keepEqual(store.getState(), read, pause);
      if (destroyed) return;
      store.setState(next, true);
      load.setState('live', true);
    } finally {
      swapped();
    }
  };
  // A document that failed to load (the server refused it, IndexedDB broke) is shown as it is.
  const whenLive = whenLoaded.then(goLive, goLive);
  return {
    store,
    load,
    showSnapshot(state) {
      if (destroyed || load.getState() === 'live') return false;
      const cardsVersion = store.getState().cardsVersion + 1;
      store.setState({ ...state, cardsVersion, historyLength: -1 }, true);
      load.setState('snapshot', true);
      return true;
    },
    whenLive,
    destroy() {
      destroyed = true;
      stopFollowing?.();
    },
  };
}
