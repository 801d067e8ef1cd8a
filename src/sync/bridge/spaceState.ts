/**
 * A space's whole {@link SpaceState} read from its document: the bridge's first state, and the board
 * snapshot the server sends a fresh client (`server/api/boardRoutes.ts`). One reader for both, so a
 * snapshot paints exactly what the bridge would.
 *
 * The sliced variant reads the same state across several tasks, for a document loaded while the board
 * already shows a snapshot: a 5,000-card space takes a few hundred ms to read, far over one frame.
 */
import * as Y from 'yjs';
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
import { spaceMaps, type YRecord } from '../../domain/schema.ts';
import type { SpaceState } from '../../state/spaceStore.ts';
import { buildCardItems } from './cardItems.ts';
import { buildColumns } from './columns.ts';
import { slicer } from '../yielding.ts';
import { listedRecords, readAll, readInto, type RecordReader } from './records.ts';

type Records = Pick<
  SpaceState,
  'statuses' | 'labels' | 'fields' | 'cards' | 'todos' | 'comments' | 'relations'
>;

/** Per collection key: its flat map in the document and the reader of one record. */
export type SpaceCollections = {
  [K in keyof Records]: [Y.Map<YRecord>, RecordReader<Records[K][string]>];
};

/** The record collections of a space's state, each with its map and the reader of one record. */
export function collectionsOf(doc: Y.Doc): {
  maps: ReturnType<typeof spaceMaps>;
  collections: SpaceCollections;
} {
  const maps = spaceMaps(doc);
  return {
    maps,
    collections: {
      statuses: [maps.statuses, readStatus],
      labels: [maps.labels, readLabel],
      fields: [maps.fields, readField],
      cards: [maps.cards, readCard],
      todos: [maps.todos, readTodo],
      comments: [maps.comments, readComment],
      relations: [maps.relations, readRelation],
    },
  };
}

function assemble(doc: Y.Doc, records: Records, historyLength: number): SpaceState {
  return {
    meta: readSpaceMeta(doc),
    statuses: records.statuses,
    labels: records.labels,
    fields: records.fields,
    settings: readSpaceSettings(doc),
    cards: records.cards,
    cardsVersion: 0,
    columns: buildColumns(records.cards),
    todos: records.todos,
    comments: records.comments,
    relations: records.relations,
    ...buildCardItems(records.todos, records.comments),
    historyLength,
  };
}

/** Everything the board shows of the space in `doc`, read now in one go. */
export function readSpaceState(doc: Y.Doc): SpaceState {
  const { maps, collections } = collectionsOf(doc);
  const records = {} as Record<keyof Records, Record<string, object>>;
  for (const [key, [map, read]] of Object.entries(collections))
    records[key as keyof Records] = readAll(map, read as RecordReader<object>);
  return assemble(doc, records as unknown as Records, maps.history.length);
}

/** The state of a space with nothing in it yet (no statuses: the board says it is loading). */
export function emptySpaceState(): SpaceState {
  return readSpaceState(new Y.Doc());
}

/**
 * {@link readSpaceState} spread over tasks: records are read `step` at a time, with a `pause()` (see
 * `slicer` in `src/sync/yielding.ts`) after each step. The document may change in between (an edit, a remote update): a caller that needs
 * the state exact afterwards re-reads what changed meanwhile (the bridge notes it from the start).
 */
export async function readSpaceStateInSlices(
  doc: Y.Doc,
  pause: () => Promise<void> = slicer(),
  step = 200,
): Promise<SpaceState> {
  const { maps, collections } = collectionsOf(doc);
  const records = {} as Record<keyof Records, Record<string, object>>;
  for (const [key, [map, read]] of Object.entries(collections)) {
    // Ids listed first: the map may change between slices, and a Y.Map iterator must not outlive a task.
    const ids = [...map.keys()];
    const into: Record<string, object> = {};
    const listed: string[] = [];
    for (let at = 0; at < ids.length; at += step) {
      readInto(map, ids.slice(at, at + step), read as RecordReader<object>, into, listed);
      await pause();
    }
    records[key as keyof Records] = listedRecords(into, listed);
  }
  return assemble(doc, records as unknown as Records, maps.history.length);
}
