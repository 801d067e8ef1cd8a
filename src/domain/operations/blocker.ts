/**
 * A card's blocker: one value `{reason, by, at}` on the card, so two people blocking it at once leave one
 * whole blocker, never one person's reason under another's name. Both operations append `blocked` (with
 * the reason, or null when cleared): blocked time matters to flow analysis and is rare enough to record.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { appendHistory } from '../history/log.ts';
import { LOCAL } from '../origin.ts';
import { BLOCKER_REASON_MAX, readBlocker } from '../records/card.ts';
import { idSchema } from '../records/common.ts';
import { requireEditableCard } from './cardRules.ts';
import { parseInput } from './input.ts';
import { cleanText } from './text.ts';

const setInput = z.object({ cardId: idSchema, reason: z.string() });
const clearInput = z.object({ cardId: idSchema });

/**
 * Marks a card blocked by the acting user now (reason trimmed, 1–{@link BLOCKER_REASON_MAX} characters).
 * The same reason again changes nothing; a new one replaces the blocker, with its author and time.
 */
export function setBlocker(doc: Y.Doc, input: { cardId: string; reason: string }, ctx: OpContext): void {
  const { cardId, reason } = parseInput(setInput, input);
  const { actor, at } = resolveContext(ctx);
  const card = requireEditableCard(doc, cardId);
  const clean = cleanText(reason, BLOCKER_REASON_MAX, 'A blocker');
  if (readBlocker(card)?.reason === clean) return;
  doc.transact(() => {
    card.set('blocker', { reason: clean, by: actor, at });
    appendHistory(doc, [{ card: cardId, type: 'blocked', reason: clean }], at, actor);
  }, LOCAL);
}

/** Clears a card's blocker; a card that is not blocked is left alone. */
export function clearBlocker(doc: Y.Doc, input: { cardId: string }, ctx: OpContext): void {
  const { cardId } = parseInput(clearInput, input);
  const { actor, at } = resolveContext(ctx);
  const card = requireEditableCard(doc, cardId);
  if (readBlocker(card) === null) return;
  doc.transact(() => {
    card.set('blocker', null);
    appendHistory(doc, [{ card: cardId, type: 'blocked', reason: null }], at, actor);
  }, LOCAL);
}
