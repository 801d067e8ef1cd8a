/** MySpace mirrors: references to cards of any space, placed in the user's own sections. */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { LOCAL } from '../origin.ts';
import { idSchema } from '../records/common.ts';
import { feedKey } from '../records/feedEntry.ts';
import { eachRecord, newRecord, str, userMaps, type YRecord } from '../schema.ts';
import { keyedList, placeAfter, requireRecord } from './collection.ts';
import { parseInput, requireInitialized } from './input.ts';

const addInput = z.object({
  spaceId: idSchema,
  cardId: idSchema,
  sectionId: idSchema,
  afterId: idSchema.nullable().optional(),
});
const moveInput = z.object({
  mirrorId: idSchema,
  sectionId: idSchema,
  afterId: idSchema.nullable().optional(),
});
const removeInput = z.object({ mirrorId: idSchema });
const priorityInput = z
  .object({
    mirrorId: idSchema,
    important: z.boolean().optional(),
    urgent: z.boolean().nullable().optional(),
  })
  .refine(
    (input) => input.important !== undefined || input.urgent !== undefined,
    'needs important or urgent',
  );
const triageInput = z.object({ spaceId: idSchema, cardId: idSchema });

function inSection(sectionId: string) {
  return (record: YRecord) => record.get('sectionId') === sectionId;
}

/**
 * Mirrors a card into a section after `afterId` (undefined = last, null = first) and returns the mirror id.
 * A card already mirrored → `duplicate_mirror`. Mirroring a card from the inbox triages it, in the same
 * transaction, so it does not come back to the inbox when the mirror is removed.
 */
export function addMirror(
  doc: Y.Doc,
  input: { spaceId: string; cardId: string; sectionId: string; afterId?: string | null },
  ctx: OpContext,
): string {
  const { spaceId, cardId, sectionId, afterId } = parseInput(addInput, input);
  const { at } = resolveContext(ctx);
  requireInitialized(doc);
  const { sections, mirrors } = userMaps(doc);
  requireRecord(sections, sectionId, 'unknown_section', 'section');
  let duplicate = false;
  eachRecord(mirrors, (mirror) => {
    duplicate ||= str(mirror, 'spaceId') === spaceId && str(mirror, 'cardId') === cardId;
  });
  if (duplicate)
    throw new DomainError('duplicate_mirror', 'That card is already in MySpace.', { spaceId, cardId });
  const placement = placeAfter(keyedList(mirrors, inSection(sectionId)), afterId);
  const id = newId();
  doc.transact(() => {
    mirrors.set(id, newRecord({ spaceId, cardId, sectionId, key: placement.key, addedAt: at }));
    markTriaged(doc, spaceId, cardId, at);
  }, LOCAL);
  return id;
}

/** Moves a mirror into `sectionId` after `afterId` (undefined = last, null = first). */
export function moveMirror(
  doc: Y.Doc,
  input: { mirrorId: string; sectionId: string; afterId?: string | null },
  ctx: OpContext,
): void {
  const { mirrorId, sectionId, afterId } = parseInput(moveInput, input);
  resolveContext(ctx);
  const { sections, mirrors } = userMaps(doc);
  const mirror = requireRecord(mirrors, mirrorId, 'unknown_mirror', 'mirror');
  requireRecord(sections, sectionId, 'unknown_section', 'section');
  if (afterId === mirrorId) throw new DomainError('invalid_input', 'A mirror cannot be placed after itself.');
  const placement = placeAfter(keyedList(mirrors, inSection(sectionId), mirrorId), afterId);
  doc.transact(() => {
    if (mirror.get('sectionId') !== sectionId) mirror.set('sectionId', sectionId);
    mirror.set('key', placement.key);
  }, LOCAL);
}

/** Removes a mirror from MySpace (the card itself is untouched). */
export function removeMirror(doc: Y.Doc, input: { mirrorId: string }, ctx: OpContext): void {
  const { mirrorId } = parseInput(removeInput, input);
  resolveContext(ctx);
  const { mirrors } = userMaps(doc);
  requireRecord(mirrors, mirrorId, 'unknown_mirror', 'mirror');
  doc.transact(() => mirrors.delete(mirrorId), LOCAL);
}

/**
 * Sets a mirror's Eisenhower inputs: `important` (the user's call) and/or `urgent` (true/false overrides the
 * urgency its due date gives; null returns to the date's).
 */
export function setMirrorPriority(
  doc: Y.Doc,
  input: { mirrorId: string; important?: boolean; urgent?: boolean | null },
  ctx: OpContext,
): void {
  const { mirrorId, important, urgent } = parseInput(priorityInput, input);
  resolveContext(ctx);
  const mirror = requireRecord(userMaps(doc).mirrors, mirrorId, 'unknown_mirror', 'mirror');
  doc.transact(() => {
    if (important !== undefined && mirror.get('important') !== important) mirror.set('important', important);
    if (urgent === null && mirror.has('urgent')) mirror.delete('urgent');
    else if (urgent !== undefined && urgent !== null && mirror.get('urgent') !== urgent)
      mirror.set('urgent', urgent);
  }, LOCAL);
}

/**
 * Takes a card out of the MySpace inbox without mirroring it (assigned or mentioning the user, but nothing
 * to keep an eye on). Idempotent: triaging a triaged card keeps its first time.
 */
export function triageCard(doc: Y.Doc, input: { spaceId: string; cardId: string }, ctx: OpContext): void {
  const { spaceId, cardId } = parseInput(triageInput, input);
  const { at } = resolveContext(ctx);
  requireInitialized(doc);
  if (userMaps(doc).triaged.has(feedKey(spaceId, cardId))) return;
  doc.transact(() => markTriaged(doc, spaceId, cardId, at), LOCAL);
}

function markTriaged(doc: Y.Doc, spaceId: string, cardId: string, at: number): void {
  const { triaged } = userMaps(doc);
  const key = feedKey(spaceId, cardId);
  if (!triaged.has(key)) triaged.set(key, at);
}
