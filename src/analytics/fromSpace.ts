/**
 * A space's snapshots → the flow library's input. It reads domain types only (no Yjs), so the app's store
 * and the server's projection can both feed the analytics from what they already hold.
 *
 * - Each card's `created` event gives its first status at the event's time; each `moved` event a change.
 *   A card with no `created` event (written before history existed) starts in its current status at its
 *   `createdAt`, so it is still counted rather than silently dropped.
 * - The board order is the statuses' fractional keys (ties by id), archived statuses included, since old
 *   cards moved through them.
 */
import type { Card } from '../domain/records/card.ts';
import type { HistoryEvent } from '../domain/records/historyEvent.ts';
import type { Status } from '../domain/records/status.ts';
import type { FlowInput, StatusChange } from './types.ts';

export interface SpaceSnapshot {
  cards: readonly Pick<Card, 'id' | 'createdAt' | 'archived' | 'pos'>[];
  statuses: readonly Pick<Status, 'id' | 'role' | 'key'>[];
  history: readonly HistoryEvent[];
}

/** The flow input of one space: its cards, their status changes, and the status roles in board order. */
export function flowInputFromSpace(space: SpaceSnapshot): FlowInput {
  const changes: StatusChange[] = [];
  const withCreated = new Set<string>();
  for (const event of space.history) {
    if (event.type === 'created') {
      withCreated.add(event.card);
      changes.push({ cardId: event.card, at: event.at, toStatusId: event.statusId });
    } else if (event.type === 'moved') {
      changes.push({ cardId: event.card, at: event.at, toStatusId: event.toStatusId });
    }
  }
  for (const card of space.cards) {
    if (!withCreated.has(card.id) && card.pos.statusId) {
      changes.push({ cardId: card.id, at: card.createdAt, toStatusId: card.pos.statusId });
    }
  }
  const ordered = [...space.statuses].sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return {
    cards: space.cards.map(({ id, createdAt, archived }) => ({ id, createdAt, archived })),
    changes,
    statuses: Object.fromEntries(ordered.map((s) => [s.id, s.role])),
    statusOrder: ordered.map((s) => s.id),
  };
}
