/** Field edits and archiving of a card; each appends history only for what actually changed. */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { appendHistory } from '../history/log.ts';
import { LOCAL } from '../origin.ts';
import { NOTES_MAX, readPos } from '../records/card.ts';
import { notesText, replaceText, requireEditableNotes } from '../records/cardNotes.ts';
import { epochMsSchema, idSchema } from '../records/common.ts';
import type { NewHistoryEvent } from '../records/historyEvent.ts';
import { flag, msOrNull, str } from '../schema.ts';
import { checkDates, cleanTitle, requireCard, requireEditableCard, requireOpenStatus } from './cardRules.ts';
import { parseInput } from './input.ts';

const updateInput = z.object({
  cardId: idSchema,
  title: z.string().optional(),
  notes: z.string().max(NOTES_MAX).optional(),
  start: epochMsSchema.nullable().optional(),
  due: epochMsSchema.nullable().optional(),
  responsible: idSchema.nullable().optional(),
});
const archiveInput = z.object({ cardId: idSchema, archived: z.boolean() });

export type UpdateCardInput = z.input<typeof updateInput>;

/**
 * Edits card fields: omitted fields are kept, `null` clears a date (epoch ms) or the responsible person.
 * A call that changes a date is refused (`invalid_dates`) if it would leave the start after the due date;
 * other edits go through even when concurrent edits left the dates that way. Appends `titled`, `noted`,
 * `dated` and `assigned` only for fields whose value changes.
 */
export function updateCard(doc: Y.Doc, input: UpdateCardInput, ctx: OpContext): void {
  const parsed = parseInput(updateInput, input);
  const { actor, at } = resolveContext(ctx);
  const card = requireEditableCard(doc, parsed.cardId);
  const title = parsed.title === undefined ? undefined : cleanTitle(parsed.title);
  const currentResponsible = card.get('responsible');
  const start = parsed.start === undefined ? msOrNull(card, 'start') : parsed.start;
  const due = parsed.due === undefined ? msOrNull(card, 'due') : parsed.due;
  // Only a call that changes a date is checked. Concurrent edits of start and due by two people can merge
  // into a start after the due date; checking every call would then refuse every edit of the card, even
  // its title, while a date edit that sets the dates straight must still go through.
  if (start !== msOrNull(card, 'start') || due !== msOrNull(card, 'due')) checkDates(start, due);

  const writes: [string, unknown][] = [];
  const events: NewHistoryEvent[] = [];
  const id = parsed.cardId;
  if (title !== undefined && title !== str(card, 'title')) {
    writes.push(['title', title]);
    events.push({ card: id, type: 'titled', title });
  }
  // The notes are edited in place (a Y.Text), not replaced: see records/cardNotes.ts.
  const notes = parsed.notes !== undefined && parsed.notes !== str(card, 'notes') ? parsed.notes : undefined;
  if (notes !== undefined) {
    requireEditableNotes(doc, card);
    events.push({ card: id, type: 'noted' });
  }
  for (const field of ['start', 'due'] as const) {
    const value = field === 'start' ? start : due;
    if (value !== msOrNull(card, field)) {
      writes.push([field, value]);
      events.push({ card: id, type: 'dated', field, value });
    }
  }
  if (parsed.responsible !== undefined && parsed.responsible !== (currentResponsible ?? null)) {
    writes.push(['responsible', parsed.responsible]);
    events.push({ card: id, type: 'assigned', userId: parsed.responsible });
  }
  if (writes.length === 0 && notes === undefined) return;
  doc.transact(() => {
    for (const [field, value] of writes) card.set(field, value);
    if (notes !== undefined) replaceText(notesText(card), notes);
    appendHistory(doc, events, at, actor);
  }, LOCAL);
}

/** Archives or restores a card (it keeps its place, so restoring puts it back where it was). */
export function archiveCard(doc: Y.Doc, input: { cardId: string; archived: boolean }, ctx: OpContext): void {
  const { cardId, archived } = parseInput(archiveInput, input);
  const { actor, at } = resolveContext(ctx);
  const card = requireCard(doc, cardId);
  if (flag(card, 'archived') === archived) return;
  // A card comes back into its own column; that column must still be on the board.
  if (!archived) {
    requireOpenStatus(
      doc,
      readPos(card)?.statusId ?? '',
      'Its column is archived: restore the column first (Columns, in the space header).',
    );
  }
  doc.transact(() => {
    card.set('archived', archived);
    appendHistory(doc, [{ card: cardId, type: 'archived', archived }], at, actor);
  }, LOCAL);
}
