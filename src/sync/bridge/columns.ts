/**
 * Board columns: per status id, the unarchived cards in (key, id) order — what `cardsInStatus` returns,
 * kept as id arrays. After a change only the columns a touched card left or entered are rebuilt, by
 * removing and re-inserting the touched cards, so a title edit in a 5,000-card space costs one column.
 */
import type { Card } from '../../domain/index.ts';
import { compareKeyed } from '../../domain/ordering.ts';
import { sameIds } from '../../state/spaceStore.ts';

type Columns = Record<string, readonly string[]>;

/** Above this many cards entering one column in one transaction, re-sort the column instead of inserting. */
const BULK_INSERTS = 32;

function columnOf(card: Card | undefined): string | null {
  return card && !card.archived && card.pos.statusId !== '' ? card.pos.statusId : null;
}

/** A card by id; own keys only, so an id such as `__proto__` never reads the object's prototype. */
export function cardAt(cards: Record<string, Card>, id: string): Card | undefined {
  return Object.hasOwn(cards, id) ? cards[id] : undefined;
}

function compareCards(a: Card, b: Card): number {
  return compareKeyed({ id: a.id, key: a.pos.key }, { id: b.id, key: b.pos.key });
}

/** Every column, from scratch. */
export function buildColumns(cards: Record<string, Card>): Columns {
  const lists: Record<string, Card[]> = {};
  for (const card of Object.values(cards)) {
    const statusId = columnOf(card);
    if (statusId !== null) (lists[statusId] ??= []).push(card);
  }
  const columns: Columns = {};
  for (const [statusId, list] of Object.entries(lists))
    columns[statusId] = list.sort(compareCards).map((c) => c.id);
  return columns;
}

/**
 * The columns after the `touched` cards changed from what `previous` says they were to `nextCards`.
 * Untouched columns, and touched ones whose order came out the same, keep their arrays.
 */
export function patchColumns(
  prevColumns: Columns,
  previous: (cardId: string) => Card | undefined,
  nextCards: Record<string, Card>,
  touched: ReadonlySet<string>,
): Columns {
  const affected = new Set<string>();
  for (const id of touched) {
    const before = columnOf(previous(id));
    const after = columnOf(cardAt(nextCards, id));
    if (before !== null) affected.add(before);
    if (after !== null) affected.add(after);
  }
  let next: Columns | null = null;
  for (const statusId of affected) {
    const prev = prevColumns[statusId] ?? [];
    const column = rebuildColumn(prev, statusId, nextCards, touched);
    if (sameIds(prev, column)) continue;
    next ??= { ...prevColumns };
    if (column.length === 0) delete next[statusId];
    else next[statusId] = column;
  }
  return next ?? prevColumns;
}

function rebuildColumn(
  prev: readonly string[],
  statusId: string,
  cards: Record<string, Card>,
  touched: ReadonlySet<string>,
): string[] {
  const column = prev.filter((id) => !touched.has(id));
  const incoming: string[] = [];
  for (const id of touched) if (columnOf(cardAt(cards, id)) === statusId) incoming.push(id);
  if (incoming.length > BULK_INSERTS) {
    // A first sync or a bulk import: one sort beats thousands of array splices.
    for (const id of incoming) column.push(id);
    return column.sort((a, b) => compareCards(cards[a]!, cards[b]!));
  }
  for (const id of incoming) {
    const card = cards[id]!;
    // Binary search: the untouched rest of the column is still in order.
    let lo = 0;
    let hi = column.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareCards(cards[column[mid]!]!, card) < 0) lo = mid + 1;
      else hi = mid;
    }
    column.splice(lo, 0, id);
  }
  return column;
}
