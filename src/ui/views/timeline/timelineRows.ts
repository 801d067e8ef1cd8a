// Which rows the Timeline draws, in which order: one header per group, then its dated cards. Rows keep the
// board's order within a group, never the dates' order, so moving a bar never moves its row (and the
// keyboard focus stays on it).
import { sortKeyed, type Card, type Status } from '../../../domain/index.ts';

/** Rows by status (the board's columns) or by responsible person. */
export type GroupBy = 'status' | 'responsible';

export type TimelineRow =
  | { kind: 'group'; key: string; label: string; count: number }
  | { kind: 'card'; key: string; cardId: string };

export interface TimelineRows {
  rows: TimelineRow[];
  /** Unarchived cards with neither a start nor a due date, in board order. */
  undated: string[];
}

interface RowsInput {
  statuses: Record<string, Status>;
  /** Unarchived card ids per status id, in board order (the store's `columns`). */
  columns: Record<string, readonly string[]>;
  cards: Record<string, Card>;
  groupBy: GroupBy;
  /** Display name of a user id. */
  nameOf: (userId: string) => string;
}

const NOBODY = '';

/** The rows of the Timeline and its undated cards. */
export function timelineRows({ statuses, columns, cards, groupBy, nameOf }: RowsInput): TimelineRows {
  const undated: string[] = [];
  const groups = new Map<string, { label: string; ids: string[] }>();
  const live = sortKeyed(Object.values(statuses).filter((status) => !status.archived));
  for (const status of live) {
    if (groupBy === 'status') groups.set(status.id, { label: status.name, ids: [] });
    for (const id of columns[status.id] ?? []) {
      const card = cards[id];
      if (!card) continue;
      if (card.start === null && card.due === null) {
        undated.push(id);
        continue;
      }
      const key = groupBy === 'status' ? status.id : (card.responsible ?? NOBODY);
      let group = groups.get(key);
      if (!group) {
        group = { label: key === NOBODY ? 'No one responsible' : nameOf(key), ids: [] };
        groups.set(key, group);
      }
      group.ids.push(id);
    }
  }
  let order = [...groups.entries()];
  if (groupBy === 'responsible') {
    // People by name; the cards nobody is responsible for last.
    order = order.sort(([a, ga], [b, gb]) =>
      a === NOBODY ? 1 : b === NOBODY ? -1 : ga.label.localeCompare(gb.label) || a.localeCompare(b),
    );
  }
  const rows: TimelineRow[] = [];
  for (const [key, group] of order) {
    if (group.ids.length === 0) continue;
    rows.push({ kind: 'group', key: `group:${key}`, label: group.label, count: group.ids.length });
    for (const id of group.ids) rows.push({ kind: 'card', key: id, cardId: id });
  }
  return { rows, undated };
}
