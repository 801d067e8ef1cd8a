/**
 * A card's labels and co-workers: nested `Y.Map<id, true>` sets, so two people adding different entries at
 * once both keep theirs.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { appendHistory } from '../history/log.ts';
import { LOCAL } from '../origin.ts';
import { idSchema } from '../records/common.ts';
import type { NewHistoryEvent } from '../records/historyEvent.ts';
import { spaceMaps, type YRecord } from '../schema.ts';
import { requireEditableCard, requireOpenLabel } from './cardRules.ts';
import { parseInput } from './input.ts';

const labelInput = z.object({ cardId: idSchema, labelId: idSchema });
const coworkerInput = z.object({ cardId: idSchema, userId: idSchema });

/** The card's set map, created in the running transaction when a peer's card lacks it. */
function setOf(card: YRecord, field: 'labels' | 'coworkers'): Y.Map<boolean> {
  let set = card.get(field);
  if (!(set instanceof Y.Map)) {
    set = new Y.Map<boolean>();
    card.set(field, set);
  }
  return set as Y.Map<boolean>;
}

function has(card: YRecord, field: 'labels' | 'coworkers', id: string): boolean {
  const set = card.get(field);
  return set instanceof Y.Map && set.get(id) === true;
}

function toggle(
  doc: Y.Doc,
  card: YRecord,
  field: 'labels' | 'coworkers',
  id: string,
  added: boolean,
  event: NewHistoryEvent,
  ctx: OpContext,
): void {
  const { actor, at } = resolveContext(ctx);
  if (has(card, field, id) === added) return;
  doc.transact(() => {
    const set = setOf(card, field);
    if (added) set.set(id, true);
    else set.delete(id);
    appendHistory(doc, [event], at, actor);
  }, LOCAL);
}

/** Puts a label on a card (unknown → `unknown_label`, archived label → `label_archived`). */
export function addCardLabel(doc: Y.Doc, input: { cardId: string; labelId: string }, ctx: OpContext): void {
  const { cardId, labelId } = parseInput(labelInput, input);
  const card = requireEditableCard(doc, cardId);
  requireOpenLabel(doc, labelId);
  toggle(doc, card, 'labels', labelId, true, { card: cardId, type: 'labelled', labelId, added: true }, ctx);
}

/** Takes a label off a card; a label neither defined in the space nor on the card → `unknown_label`. */
export function removeCardLabel(
  doc: Y.Doc,
  input: { cardId: string; labelId: string },
  ctx: OpContext,
): void {
  const { cardId, labelId } = parseInput(labelInput, input);
  const card = requireEditableCard(doc, cardId);
  if (!spaceMaps(doc).labels.has(labelId) && !has(card, 'labels', labelId)) {
    throw new DomainError('unknown_label', `There is no label with id "${labelId}".`, { id: labelId });
  }
  toggle(doc, card, 'labels', labelId, false, { card: cardId, type: 'labelled', labelId, added: false }, ctx);
}

/** Adds a co-worker (user id) to a card. */
export function addCoworker(doc: Y.Doc, input: { cardId: string; userId: string }, ctx: OpContext): void {
  const { cardId, userId } = parseInput(coworkerInput, input);
  const card = requireEditableCard(doc, cardId);
  toggle(doc, card, 'coworkers', userId, true, { card: cardId, type: 'coworker', userId, added: true }, ctx);
}

/** Removes a co-worker from a card (no-op when they are not one). */
export function removeCoworker(doc: Y.Doc, input: { cardId: string; userId: string }, ctx: OpContext): void {
  const { cardId, userId } = parseInput(coworkerInput, input);
  const card = requireEditableCard(doc, cardId);
  toggle(
    doc,
    card,
    'coworkers',
    userId,
    false,
    { card: cardId, type: 'coworker', userId, added: false },
    ctx,
  );
}
