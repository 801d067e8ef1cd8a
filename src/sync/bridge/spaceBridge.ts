/**
 * Feeds a space document into a {@link SpaceStore}. React reads the store and never the document.
 *
 * Per transaction only touched statuses, labels, fields, cards, to-dos, comments and relations are re-read, only the columns
 * a touched card left or entered and the to-do and comment lists of the cards touched ones belong to are
 * rebuilt, and the store gets one `setState` (see `docBridge.ts`).
 */
import type * as Y from 'yjs';
import {
  readCard,
  readComment,
  readField,
  readLabel,
  readRelation,
  readSpaceMeta,
  readSpaceSettings,
  readStatus,
  readTodo,
} from '../../domain/index.ts';
import { spaceMaps } from '../../domain/schema.ts';
import { createSpaceStore, type SpaceState, type SpaceStore } from '../../state/spaceStore.ts';
import { buildCardItems, patchCardItems } from './cardItems.ts';
import { buildColumns, patchColumns } from './columns.ts';
import { followDocument, type FollowOptions } from './docBridge.ts';
import { readAll } from './records.ts';

export interface SpaceBridge {
  store: SpaceStore;
  /** Stop observing the document; the store keeps its last state. */
  destroy(): void;
}

/**
 * Read the whole space once into a new store and keep the store up to date; `options.deferRemote` batches
 * remote transactions (the app's board uses it, see `openDocument.ts`).
 */
export function bridgeSpace(doc: Y.Doc, options: FollowOptions = {}): SpaceBridge {
  const maps = spaceMaps(doc);
  const cards = readAll(maps.cards, readCard);
  const todos = readAll(maps.todos, readTodo);
  const comments = readAll(maps.comments, readComment);
  const store = createSpaceStore({
    meta: readSpaceMeta(doc),
    statuses: readAll(maps.statuses, readStatus),
    labels: readAll(maps.labels, readLabel),
    fields: readAll(maps.fields, readField),
    settings: readSpaceSettings(doc),
    cards,
    columns: buildColumns(cards),
    todos,
    comments,
    relations: readAll(maps.relations, readRelation),
    ...buildCardItems(todos, comments),
    historyLength: maps.history.length,
  });
  const destroy = followDocument<SpaceState>(
    doc,
    store,
    {
      collections: {
        statuses: [maps.statuses, readStatus],
        labels: [maps.labels, readLabel],
        fields: [maps.fields, readField],
        cards: [maps.cards, readCard],
        todos: [maps.todos, readTodo],
        comments: [maps.comments, readComment],
        relations: [maps.relations, readRelation],
      },
      values: {
        meta: [maps.meta, () => readSpaceMeta(doc)],
        settings: [maps.settings, () => readSpaceSettings(doc)],
        historyLength: [maps.history, () => maps.history.length],
      },
      derive(prev, next, touched) {
        patchCardItems(prev, next, touched.get('todos')!, touched.get('comments')!);
        if (!next.cards) return;
        const columns = patchColumns(prev.columns, prev.cards, next.cards, touched.get('cards')!);
        if (columns !== prev.columns) next.columns = columns;
      },
    },
    options,
  );
  return { store, destroy };
}
