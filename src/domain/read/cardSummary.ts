/**
 * Card summaries of a space document: what MySpace shows of a card without the card's space open (see
 * `records/feedEntry.ts`). The server computes them for its projection whenever a card, its to-dos, its
 * comments or its child cards change, so one call summarises a batch of cards and scans the to-dos,
 * comments and relations once.
 */
import type * as Y from 'yjs';
import type { CardSummary } from '../records/feedEntry.ts';
import { readCard, readPos } from '../records/card.ts';
import { readLabel, type Label } from '../records/label.ts';
import { readMentions } from '../records/comment.ts';
import { readRelation, relationId } from '../records/relation.ts';
import { readStatus, type Status } from '../records/status.ts';
import { eachRecord, flag, isRecord, spaceMaps, str } from '../schema.ts';
import { cardProgress, type TodoCount } from './progress.ts';

/** A summary without the space's name, which lives in the workspace document (the feed adds it). */
export type SpaceCardSummary = Omit<CardSummary, 'spaceName'>;

/**
 * `cardIds` and the parent of each of them: a card's status decides whether it is a done child, so a
 * change to it changes its parent's progress too.
 */
export function withParents(doc: Y.Doc, cardIds: Iterable<string>): Set<string> {
  const relations = spaceMaps(doc).relations;
  const ids = new Set(cardIds);
  for (const cardId of [...ids]) {
    const id = relationId('parent', '', cardId);
    const record = relations.get(id);
    const relation = isRecord(record) ? readRelation(record, id) : null;
    if (relation && !relation.removed) ids.add(relation.from);
  }
  return ids;
}

/**
 * Children of the cards in `wanted` that count towards their progress (DESIGN §1: completed child cards
 * count like checked to-dos): live, unarchived children not in a Cancelled-role status, done in a
 * Completed-role one.
 */
function countChildren(
  doc: Y.Doc,
  wanted: ReadonlySet<string>,
  statuses: ReadonlyMap<string, Status>,
): Map<string, TodoCount> {
  const maps = spaceMaps(doc);
  const children = new Map<string, TodoCount>();
  eachRecord(maps.relations, (record, id) => {
    const relation = readRelation(record, id);
    if (relation.removed || relation.kind !== 'parent' || !wanted.has(relation.from)) return;
    const child = maps.cards.get(relation.to);
    if (!isRecord(child) || flag(child, 'archived')) return;
    const role = statuses.get(readPos(child)?.statusId ?? '')?.role;
    if (role === 'cancelled') return;
    const count = children.get(relation.from) ?? { done: 0, total: 0 };
    count.total++;
    if (role === 'completed') count.done++;
    children.set(relation.from, count);
  });
  return children;
}

/**
 * Summaries of `cardIds` (all cards when omitted) by card id; a card that does not exist maps to null.
 * To-dos and mentions count only live (unremoved, undeleted) items; progress counts child cards too.
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
  const children = countChildren(doc, wanted, statuses);
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
    const kids = children.get(cardId) ?? { done: 0, total: 0 };
    const measured = { done: count.done + kids.done, total: count.total + kids.total };
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
      progress: cardProgress(measured, status?.role ?? null),
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
