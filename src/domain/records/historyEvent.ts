/**
 * A decoded card history event `{id, card, type, at, by, ...data}`. Stored events are short tuples (see
 * `history/codec.ts`); the id is the Yjs item id `<clientId>:<clock>` of the tuple, identical everywhere.
 */
import { z } from 'zod';
import { epochMsSchema, idSchema } from './common.ts';
import { RELATION_ROLES } from './relation.ts';

const base = { id: z.string(), card: idSchema, at: epochMsSchema, by: idSchema };

export const historyEventSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('created'), title: z.string(), statusId: idSchema }),
  z.object({ ...base, type: z.literal('moved'), toStatusId: idSchema }),
  z.object({ ...base, type: z.literal('titled'), title: z.string() }),
  z.object({ ...base, type: z.literal('noted') }),
  z.object({
    ...base,
    type: z.literal('dated'),
    field: z.enum(['start', 'due']),
    value: epochMsSchema.nullable(),
  }),
  z.object({ ...base, type: z.literal('assigned'), userId: idSchema.nullable() }),
  z.object({ ...base, type: z.literal('coworker'), userId: idSchema, added: z.boolean() }),
  z.object({ ...base, type: z.literal('labelled'), labelId: idSchema, added: z.boolean() }),
  // `creation`: the card went because its creation was undone (`archived`), or came back because that undo
  // was redone — rather than archived or restored by hand.
  z.object({
    ...base,
    type: z.literal('archived'),
    archived: z.boolean(),
    creation: z.literal(true).optional(),
  }),
  z.object({ ...base, type: z.literal('commented'), commentId: idSchema }),
  z.object({ ...base, type: z.literal('blocked'), reason: z.string().nullable() }),
  z.object({ ...base, type: z.literal('checked'), todoId: idSchema, done: z.boolean() }),
  z.object({
    ...base,
    type: z.literal('valued'),
    fieldId: idSchema,
    value: z.union([z.string(), z.number()]).nullable(),
  }),
  // One event on each card of a relation, each saying what the other card is to it (see relations.ts).
  z.object({
    ...base,
    type: z.literal('related'),
    other: idSchema,
    role: z.enum(RELATION_ROLES),
    added: z.boolean(),
  }),
]);

export type HistoryEvent = z.infer<typeof historyEventSchema>;
export type HistoryEventType = HistoryEvent['type'];

/** An event as an operation produces it, before it has an id, time and author. */
export type NewHistoryEvent = HistoryEvent extends infer E
  ? E extends HistoryEvent
    ? Omit<E, 'id' | 'at' | 'by'>
    : never
  : never;
