/** MySpace mirrors: references to cards of any space, placed in the user's own sections. */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { LOCAL } from '../origin.ts';
import { idSchema } from '../records/common.ts';
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

function inSection(sectionId: string) {
  return (record: YRecord) => record.get('sectionId') === sectionId;
}

/**
 * Mirrors a card into a section after `afterId` (undefined = last, null = first) and returns the mirror id.
 * A card already mirrored → `duplicate_mirror`.
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
