/**
 * Card summaries of a space document: what MySpace shows of a card without the card's space open (see
 * `records/feedEntry.ts`). The server computes them for its projection whenever a card, its to-dos or its
 * comments change, so one call summarises a batch of cards and scans the to-dos and comments once.
 */
import type * as Y from 'yjs';
import type { CardSummary } from '../records/feedEntry.ts';
import { readCard } from '../records/card.ts';
import { readLabel, type Label } from '../records/label.ts';
import { readMentions } from '../records/comment.ts';
import { readStatus, type Status } from '../records/status.ts';
import { eachRecord, flag, isRecord, spaceMaps, str } from '../schema.ts';
import { cardProgress } from './progress.ts';

/** A summary without the space's name, which lives in the workspace document (the feed adds it). */
export type SpaceCardSummary = Omit<CardSummary, 'spaceName'>;

/**
 * Summaries of `cardIds` (all cards when omitted) by card id; a card that does not exist maps to null.
 * To-dos and mentions count only live (unremoved, undeleted) items.
 */
export function summarizeCards(
  doc: Y.Doc,
  spaceId: string,
  cardIds?: Iterable<string>,
): Map<string, SpaceCardSummary | null> {
  const maps = spaceMaps(doc);
  const wanted = new Set(cardIds ?? maps.cards.keys());
  const statuses = new Map<string, Status>();
  eachRecord(maps.statuses, (record, id) => statuses.set(id, readStatus(record, id)));
  const labels = new Map<string, Label>();
  eachRecord(maps.labels, (record, id) => labels.set(id, readLabel(record, id)));
  const todos = new Map<string, { done: number; total: number }>();
  eachRecord(maps.todos, (record) => {
    const cardId = str(record, 'card');
    if (!wanted.has(cardId) || flag(record, 'removed')) return;
    const count = todos.get(cardId) ?? { done: 0, total: 0 };
    count.total++;
    if (flag(record, 'done')) count.done++;
    todos.set(cardId, count);
  });
  const mentioned = new Map<string, Set<string>>();
  const comments = new Map<string, number>();
  eachRecord(maps.comments, (record) => {
    const cardId = str(record, 'card');
    if (!wanted.has(cardId) || flag(record, 'deleted')) return;
    comments.set(cardId, (comments.get(cardId) ?? 0) + 1);
    for (const userId of readMentions(record.get('mentions'))) {
      let set = mentioned.get(cardId);
      if (!set) mentioned.set(cardId, (set = new Set()));
      set.add(userId);
    }
  });

  const result = new Map<string, SpaceCardSummary | null>();
  for (const cardId of wanted) {
    const yCard = maps.cards.get(cardId);
    // A value a peer wrote that is not a card record reads as no card, as everywhere else.
    if (!isRecord(yCard)) {
      result.set(cardId, null);
      continue;
    }
    const card = readCard(yCard, cardId);
    const status = statuses.get(card.pos.statusId) ?? null;
    const count = todos.get(cardId) ?? { done: 0, total: 0 };
    result.set(cardId, {
      spaceId,
      cardId,
      title: card.title,
      statusId: card.pos.statusId,
      statusName: status?.name ?? '',
      statusRole: status?.role ?? null,
      start: card.start,
      due: card.due,
      labels: card.labels.flatMap((id) => {
        const label = labels.get(id);
        return label && !label.archived ? [{ id, name: label.name, color: label.color }] : [];
      }),
      todos: count,
      comments: comments.get(cardId) ?? 0,
      progress: cardProgress(count, status?.role ?? null),
      responsible: card.responsible,
      coworkers: card.coworkers,
      mentioned: [...(mentioned.get(cardId) ?? [])].sort(),
      createdBy: card.createdBy,
      blocked: card.blocker !== null,
      archived: card.archived,
    });
  }
  return result;
}
