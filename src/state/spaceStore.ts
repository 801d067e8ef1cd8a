/**
 * The snapshot store of one open space, fed by its bridge (`src/sync/bridge/spaceBridge.ts`).
 *
 * Records are immutable and keyed by id; a record keeps its object identity until that record changes, and
 * a column keeps its array until its cards or their order change, so a component selecting one card or
 * one column re-renders only when that card or column does. The record of all cards is the exception: the
 * bridge changes it in place (see `cards`), so whole-card readers use `useAllCards`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  Card,
  Comment,
  Field,
  Label,
  Relation,
  SpaceMeta,
  SpaceSettings,
  Status,
  Todo,
} from '../domain/index.ts';
import type { CardBadges } from './cardItems.ts';

export interface SpaceState {
  meta: SpaceMeta;
  statuses: Record<string, Status>;
  labels: Record<string, Label>;
  /** Custom fields, archived ones included; order by `key`. */
  fields: Record<string, Field>;
  /** Single-valued settings (the SLA field; read it through `slaFieldOf`, which checks it is live). */
  settings: SpaceSettings;
  /**
   * Every card, archived ones included (but for a board snapshot shown while the space loads, which holds
   * only the unarchived ones and what is theirs: `sync/boardPicture.ts`; `historyLength` is then -1). The
   * cards themselves are immutable, but while the bridge follows the document this object is changed in
   * place (copying 10,000 entries on every edit cost each drop about a millisecond): select one card by
   * id (`selectCard`), read `getState().cards` for the cards as they are now, or hold all of them with
   * `useAllCards`, never a selected `state.cards` (it would not change).
   */
  cards: Record<string, Card>;
  /** Counts changes of `cards`, whether in place or a new object; `useAllCards` follows it. */
  cardsVersion: number;
  /**
   * Unarchived card ids per status id, in board order (key, then id). A status with no such card has no
   * entry: read through {@link selectColumn}.
   */
  columns: Record<string, readonly string[]>;
  /** Every to-do (removed ones included) and every comment (deleted ones included), by id. */
  todos: Record<string, Todo>;
  comments: Record<string, Comment>;
  /** Per card id: its live to-do ids in list order (key, then id); cards without any have no entry. */
  todoIds: Record<string, readonly string[]>;
  /** Per card id: its comment ids, oldest first; cards without any have no entry. */
  commentIds: Record<string, readonly string[]>;
  /** Every relation between cards, removed ones included; read through `domain/read/relations.ts`. */
  relations: Record<string, Relation>;
  /** Per card id: what its front shows of them; read through `selectBadges`. */
  badges: Record<string, CardBadges>;
  /**
   * Number of history events, so views that derive from history know when to recompute; -1 while the
   * space is loading (the store shows a board snapshot or nothing), when there is no history to read.
   */
  historyLength: number;
}

export type SpaceStore = StoreApi<SpaceState>;

/** The parts of a `SpaceState` keyed by id (records and per-card lists); the others are single values. */
export const SPACE_RECORD_KEYS = [
  'statuses',
  'labels',
  'fields',
  'cards',
  'columns',
  'todos',
  'comments',
  'todoIds',
  'commentIds',
  'relations',
  'badges',
] as const satisfies readonly (keyof SpaceState)[];

/**
 * Whether `value` has the shape of a `SpaceState`, as a board snapshot read from storage or the server must
 * (its parts are the bridge's and the server's own). `cardsVersion` is the showing store's to set.
 */
export function isSpaceState(value: unknown): value is SpaceState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return (
    [...SPACE_RECORD_KEYS, 'meta', 'settings'].every(
      (key) => typeof state[key] === 'object' && state[key] !== null,
    ) && typeof state.historyLength === 'number'
  );
}

/** The column of a status without cards; one shared frozen array, so it never looks changed. */
export const EMPTY_COLUMN: readonly string[] = Object.freeze([]);

/** A store holding `initial`. */
export function createSpaceStore(initial: SpaceState): SpaceStore {
  return createStore<SpaceState>(() => initial);
}

/**
 * What an open space's store shows: `waiting` (nothing yet: the document is loading and no snapshot has
 * come), `snapshot` (a board snapshot, read-only, while the document loads) or `live` (the document).
 */
export type SpaceLoad = 'waiting' | 'snapshot' | 'live';

export type SpaceLoadStore = StoreApi<SpaceLoad>;

/** A store holding `initial`. */
export function createSpaceLoadStore(initial: SpaceLoad): SpaceLoadStore {
  return createStore<SpaceLoad>(() => initial);
}

/** Selector for one card (undefined once it is gone). */
export const selectCard =
  (cardId: string) =>
  (state: SpaceState): Card | undefined =>
    state.cards[cardId];

/** Whether two lists hold the same card ids in the same order. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((id, i) => id === b[i]));
}

/** Selector for one column's card ids in board order. */
export const selectColumn =
  (statusId: string) =>
  (state: SpaceState): readonly string[] =>
    state.columns[statusId] ?? EMPTY_COLUMN;
