// Plain space snapshots for component tests: what the bridge would put into the store.
import type { Card, Field, Label, SpaceSettings, Status } from '../../../../src/domain/index.ts';
import { buildColumns } from '../../../../src/sync/bridge/columns.ts';
import { createSpaceStore, type SpaceStore } from '../../../../src/state/index.ts';
import type { SpaceActions } from '../../../../src/sync/index.ts';
import type { User } from '../../../../src/ui/api';

export const DAY = 24 * 60 * 60 * 1000;
export const NOW = Date.UTC(2026, 10, 20, 9, 0);

/** The signed-in user of a board in a component test. */
export const ADA = { id: 'u1', name: 'Ada', email: 'ada@example.com' } as User;

/** What a board asks of its space's actions before anyone writes: nothing to undo, nobody moving cards. */
export const QUIET_ACTIONS = {
  undo: () => false,
  redo: () => false,
  onOthersCardMoves: () => () => {},
} as unknown as SpaceActions;

export function status(id: string, name: string, role: Status['role'], key: string): Status {
  return { id, name, role, key, archived: false };
}

export function label(id: string, name: string, color: string): Label {
  return { id, name, color, archived: false };
}

export function card(
  id: string,
  title: string,
  statusId: string,
  key: string,
  extra: Partial<Card> = {},
): Card {
  return {
    id,
    title,
    notes: '',
    pos: { statusId, key },
    start: null,
    due: null,
    responsible: null,
    coworkers: [],
    labels: [],
    blocker: null,
    values: {},
    archived: false,
    createdAt: NOW - DAY,
    createdBy: 'u1',
    ...extra,
  };
}

export function spaceStore(
  statuses: Status[],
  cards: Card[],
  labels: Label[] = [],
  fields: Field[] = [],
  settings: SpaceSettings = { slaFieldId: null },
): SpaceStore {
  const byId = <T extends { id: string }>(list: T[]) =>
    Object.fromEntries(list.map((item) => [item.id, item]));
  const cardMap = byId(cards);
  return createSpaceStore({
    meta: { schemaVersion: 1, id: 'space1', createdAt: NOW, createdBy: 'u1' },
    statuses: byId(statuses),
    labels: byId(labels),
    fields: byId(fields),
    settings,
    cards: cardMap,
    cardsVersion: 0,
    columns: buildColumns(cardMap),
    todos: {},
    comments: {},
    relations: {},
    todoIds: {},
    commentIds: {},
    badges: {},
    historyLength: 0,
  });
}
