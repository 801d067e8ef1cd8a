/** Plain snapshots of a space document. Per-record readers live with their records (`records/`). */
import type * as Y from 'yjs';
import { readCard, readPos, type Card } from '../records/card.ts';
import { readLabel, type Label } from '../records/label.ts';
import type { SpaceMeta } from '../records/meta.ts';
import { readStatus, type Status } from '../records/status.ts';
import { compareKeyed, sortKeyed, type Keyed } from '../ordering.ts';
import { flag, spaceMaps, str } from '../schema.ts';

export interface SpaceSnapshot {
  meta: SpaceMeta;
  statuses: Record<string, Status>;
  labels: Record<string, Label>;
  cards: Record<string, Card>;
}

/** The space's meta (zeros and empty strings before initialisation). */
export function readSpaceMeta(doc: Y.Doc): SpaceMeta {
  const meta = spaceMaps(doc).meta;
  const version = meta.get('schemaVersion');
  const createdAt = meta.get('createdAt');
  return {
    schemaVersion: typeof version === 'number' ? version : 0,
    id: str(meta as Y.Map<unknown>, 'id'),
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
    createdBy: str(meta as Y.Map<unknown>, 'createdBy'),
  };
}

/** The whole space as id-keyed plain objects (archived records included). */
export function readSpace(doc: Y.Doc): SpaceSnapshot {
  const { statuses, labels, cards } = spaceMaps(doc);
  const snapshot: SpaceSnapshot = { meta: readSpaceMeta(doc), statuses: {}, labels: {}, cards: {} };
  statuses.forEach((record, id) => {
    snapshot.statuses[id] = readStatus(record, id);
  });
  labels.forEach((record, id) => {
    snapshot.labels[id] = readLabel(record, id);
  });
  cards.forEach((record, id) => {
    snapshot.cards[id] = readCard(record, id);
  });
  return snapshot;
}

/** Statuses in board order (by key, then id); archived ones only when asked. */
export function orderedStatuses(doc: Y.Doc, includeArchived = false): Status[] {
  const list: Status[] = [];
  spaceMaps(doc).statuses.forEach((record, id) => {
    if (includeArchived || !flag(record, 'archived')) list.push(readStatus(record, id));
  });
  return sortKeyed(list);
}

/**
 * Ids and order keys of the unarchived cards of a status, in column order: what placing a card needs,
 * without building full card snapshots.
 */
export function columnKeys(doc: Y.Doc, statusId: string): Keyed[] {
  const list: Keyed[] = [];
  spaceMaps(doc).cards.forEach((record, id) => {
    if (record.get('archived') === true) return;
    const pos = readPos(record);
    if (pos?.statusId === statusId) list.push({ id, key: pos.key });
  });
  return list.sort(compareKeyed);
}

/** The unarchived cards of a status, in column order (by key, then id). */
export function cardsInStatus(doc: Y.Doc, statusId: string): Card[] {
  const list: Card[] = [];
  spaceMaps(doc).cards.forEach((record, id) => {
    if (flag(record, 'archived') || readPos(record)?.statusId !== statusId) return;
    list.push(readCard(record, id));
  });
  return list.sort((a, b) => compareKeyed({ id: a.id, key: a.pos.key }, { id: b.id, key: b.pos.key }));
}
