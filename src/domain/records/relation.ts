/**
 * A relation between two cards of a space: `parent` (`from` is the parent, `to` the child) or `next`
 * (`from` is the previous card, `to` the next one). Relations live in the space's flat `relations` map
 * under an id made of what they relate (see {@link relationId}), never a random one:
 *
 * - two people making the same relation at once write the same record, so one relation shows;
 * - a card's parent relation is keyed by the child alone (`parent:<child>`), so two people giving a card
 *   different parents at once leave it with exactly one (the record one of them wrote, whole).
 *
 * A removed relation keeps its record with `removed: true`, so undo can bring it back and a concurrent
 * re-link of the same cards revives the same record (as to-dos do).
 */
import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';
import { flag, str, type YRecord } from '../schema.ts';
import { epochMsSchema, idSchema } from './common.ts';

export const RELATION_KINDS = ['parent', 'next'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** What the other card of a relation is to a card: its parent or child, its previous or next card. */
export const RELATION_ROLES = ['parent', 'child', 'previous', 'next'] as const;
export type RelationRole = (typeof RELATION_ROLES)[number];

const ID_BODY = ID_PATTERN.source.slice(1, -1);

/** `parent:<child>` or `next:<previous>:<next>`; `:` is not an id character, so the parts are unambiguous. */
export const relationIdSchema = z
  .string()
  .regex(new RegExp(`^(parent:${ID_BODY}|next:${ID_BODY}:${ID_BODY})$`), 'is not a relation id');

export const relationSchema = z.object({
  id: relationIdSchema,
  kind: z.enum(RELATION_KINDS),
  from: idSchema,
  to: idSchema,
  createdAt: epochMsSchema,
  createdBy: idSchema,
  removed: z.boolean(),
});
export type Relation = z.infer<typeof relationSchema>;

/** The id of the relation of `kind` from `from` to `to` (a parent relation is the child's one slot). */
export function relationId(kind: RelationKind, from: string, to: string): string {
  return kind === 'parent' ? `parent:${to}` : `next:${from}:${to}`;
}

/**
 * Plain snapshot of one relation record. A record a peer wrote with an unknown kind reads as removed, and
 * so does one whose fields do not match its id: neither is drawn or listed.
 */
export function readRelation(yRelation: YRecord, id: string): Relation {
  const kind = str(yRelation, 'kind');
  const from = str(yRelation, 'from');
  const to = str(yRelation, 'to');
  const createdAt = yRelation.get('createdAt');
  const valid =
    (kind === 'parent' || kind === 'next') && from !== '' && to !== '' && relationId(kind, from, to) === id;
  return {
    id,
    kind: kind === 'next' ? 'next' : 'parent',
    from,
    to,
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
    createdBy: str(yRelation, 'createdBy'),
    removed: !valid || flag(yRelation, 'removed'),
  };
}
