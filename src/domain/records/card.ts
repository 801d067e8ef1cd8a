/**
 * A card. Its place is one value `pos = {statusId, key}`, never two fields, so concurrent moves of one card
 * leave it in exactly one column; labels and co-workers are nested `Y.Map<id, true>` so concurrent
 * additions merge, and so are custom field values (`values`, see `field.ts`). The blocker is one value `{reason, by, at}` (or null, or absent on older cards), so a
 * reason is never paired with someone else's name. To-dos and comments are records of their own (see
 * `todo.ts`, `comment.ts`).
 */
import { z } from 'zod';
import { normalizeKey } from '../ordering.ts';
import { flag, idSet, msOrNull, str, type YRecord } from '../schema.ts';
import { epochMsSchema, idSchema, keySchema } from './common.ts';
import { readFieldValues } from './field.ts';

export const BLOCKER_REASON_MAX = 500;

export const blockerSchema = z.object({
  reason: z.string().min(1).max(BLOCKER_REASON_MAX),
  by: idSchema,
  at: epochMsSchema,
});
export type Blocker = z.infer<typeof blockerSchema>;

export const TITLE_MAX = 500;
export const NOTES_MAX = 100_000;

export const cardPosSchema = z.object({ statusId: idSchema, key: keySchema });
export type CardPos = z.infer<typeof cardPosSchema>;

export const cardSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(TITLE_MAX),
  notes: z.string().max(NOTES_MAX),
  pos: cardPosSchema,
  start: epochMsSchema.nullable(),
  due: epochMsSchema.nullable(),
  responsible: idSchema.nullable(),
  coworkers: z.array(idSchema),
  labels: z.array(idSchema),
  blocker: blockerSchema.nullable(),
  /** Custom field values by field id (epoch ms for dates). */
  values: z.record(idSchema, z.union([z.string(), z.number()])),
  archived: z.boolean(),
  createdAt: epochMsSchema,
  createdBy: idSchema,
});
export type Card = z.infer<typeof cardSchema>;

/**
 * The position of a card, or null when the stored value is malformed. A key that is not a valid
 * fractional-indexing key reads as `INVALID_KEY`: the card stays in its column, sorted last, and the next
 * move of it writes a valid key.
 */
export function readPos(yCard: YRecord): CardPos | null {
  const pos = yCard.get('pos') as { statusId?: unknown; key?: unknown } | null | undefined;
  if (!pos || typeof pos !== 'object' || typeof pos.statusId !== 'string') return null;
  return { statusId: pos.statusId, key: normalizeKey(pos.key) };
}

/** Plain snapshot of one card record (labels and co-workers sorted by id). */
export function readCard(yCard: YRecord, id: string): Card {
  const responsible = yCard.get('responsible');
  const createdAt = yCard.get('createdAt');
  return {
    id,
    title: str(yCard, 'title'),
    notes: str(yCard, 'notes'),
    pos: readPos(yCard) ?? { statusId: '', key: '' },
    start: msOrNull(yCard, 'start'),
    due: msOrNull(yCard, 'due'),
    responsible: typeof responsible === 'string' ? responsible : null,
    coworkers: idSet(yCard, 'coworkers'),
    labels: idSet(yCard, 'labels'),
    blocker: readBlocker(yCard),
    values: readFieldValues(yCard),
    archived: flag(yCard, 'archived'),
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
    createdBy: str(yCard, 'createdBy'),
  };
}

/** The card's blocker, or null when it has none or a peer wrote something malformed. */
export function readBlocker(yCard: YRecord): Blocker | null {
  const value = yCard.get('blocker') as { reason?: unknown; by?: unknown; at?: unknown } | null | undefined;
  if (!value || typeof value !== 'object') return null;
  const { reason, by, at } = value;
  if (typeof reason !== 'string' || typeof by !== 'string' || typeof at !== 'number') return null;
  return { reason, by, at };
}
