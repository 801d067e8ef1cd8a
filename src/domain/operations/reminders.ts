/**
 * Personal reminders in a user's own document: set one on a card (replacing the card's earlier one), clear
 * it, and mark it fired once shown. Marking is idempotent, so two devices that show it at once agree.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { newId } from '../ids.ts';
import { LOCAL } from '../origin.ts';
import { TITLE_MAX } from '../records/card.ts';
import { epochMsSchema, idSchema } from '../records/common.ts';
import { eachRecord, newRecord, str, userMaps } from '../schema.ts';
import { requireRecord } from './collection.ts';
import { parseInput, requireInitialized } from './input.ts';

const setInput = z.object({
  spaceId: idSchema,
  cardId: idSchema,
  title: z.string().max(TITLE_MAX),
  at: epochMsSchema,
});
const reminderInput = z.object({ reminderId: idSchema });

/** The id of the card's reminder, or null. */
function reminderOf(doc: Y.Doc, spaceId: string, cardId: string): string | null {
  let found: string | null = null;
  eachRecord(userMaps(doc).reminders, (record, id) => {
    if (str(record, 'spaceId') === spaceId && str(record, 'cardId') === cardId) found ??= id;
  });
  return found;
}

/**
 * Sets the reminder of `cardId` in `spaceId` to `at` (epoch ms) and returns its id. A card's earlier
 * reminder is replaced and will fire again at its new time. A time already past fires at once.
 */
export function setReminder(
  doc: Y.Doc,
  input: { spaceId: string; cardId: string; title: string; at: number },
  ctx: OpContext,
): string {
  const { spaceId, cardId, title, at } = parseInput(setInput, input);
  resolveContext(ctx);
  requireInitialized(doc);
  const { reminders } = userMaps(doc);
  const existing = reminderOf(doc, spaceId, cardId);
  const id = existing ?? newId();
  doc.transact(() => {
    reminders.set(id, newRecord({ spaceId, cardId, title, at, firedAt: null }));
  }, LOCAL);
  return id;
}

/** Removes a reminder (fired or not). */
export function clearReminder(doc: Y.Doc, input: { reminderId: string }, ctx: OpContext): void {
  const { reminderId } = parseInput(reminderInput, input);
  resolveContext(ctx);
  const { reminders } = userMaps(doc);
  requireRecord(reminders, reminderId, 'unknown_reminder', 'reminder');
  doc.transact(() => reminders.delete(reminderId), LOCAL);
}

/** Records that a reminder was shown; a reminder already marked keeps its first time. */
export function markReminderFired(doc: Y.Doc, input: { reminderId: string }, ctx: OpContext): void {
  const { reminderId } = parseInput(reminderInput, input);
  const { at } = resolveContext(ctx);
  const reminder = requireRecord(userMaps(doc).reminders, reminderId, 'unknown_reminder', 'reminder');
  if (typeof reminder.get('firedAt') === 'number') return;
  doc.transact(() => reminder.set('firedAt', at), LOCAL);
}
