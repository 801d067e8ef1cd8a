/** MySpace section operations on a user document. A MySpace always keeps at least one section. */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { placeAt } from '../ordering.ts';
import { LOCAL } from '../origin.ts';
import { mirrorsInSection } from '../read/user.ts';
import { idSchema, nameSchema } from '../records/common.ts';
import { newRecord, userMaps } from '../schema.ts';
import { keyedList, placeAfter, requireRecord } from './collection.ts';
import { parseInput, requireInitialized } from './input.ts';

const createInput = z.object({ name: nameSchema, afterId: idSchema.nullable().optional() });
const renameInput = z.object({ sectionId: idSchema, name: nameSchema });
const moveInput = z.object({ sectionId: idSchema, afterId: idSchema.nullable() });
const deleteInput = z.object({ sectionId: idSchema });

function requireSection(doc: Y.Doc, sectionId: string) {
  return requireRecord(userMaps(doc).sections, sectionId, 'unknown_section', 'section');
}

/** Adds a section after `afterId` (undefined = last, null = first) and returns its id. */
export function createSection(
  doc: Y.Doc,
  input: { name: string; afterId?: string | null },
  ctx: OpContext,
): string {
  const { name, afterId } = parseInput(createInput, input);
  resolveContext(ctx);
  requireInitialized(doc);
  const { sections } = userMaps(doc);
  const placement = placeAfter(keyedList(sections), afterId);
  const id = newId();
  doc.transact(() => {
    sections.set(id, newRecord({ name, key: placement.key }));
  }, LOCAL);
  return id;
}

/** Renames a section. */
export function renameSection(doc: Y.Doc, input: { sectionId: string; name: string }, ctx: OpContext): void {
  const { sectionId, name } = parseInput(renameInput, input);
  resolveContext(ctx);
  const section = requireSection(doc, sectionId);
  if (section.get('name') === name) return;
  doc.transact(() => section.set('name', name), LOCAL);
}

/** Moves a section to right after `afterId` (null = first). */
export function moveSection(
  doc: Y.Doc,
  input: { sectionId: string; afterId: string | null },
  ctx: OpContext,
): void {
  const { sectionId, afterId } = parseInput(moveInput, input);
  resolveContext(ctx);
  const section = requireSection(doc, sectionId);
  if (afterId === sectionId)
    throw new DomainError('invalid_input', 'A section cannot be placed after itself.');
  const { sections } = userMaps(doc);
  const placement = placeAfter(
    keyedList(sections, () => true, sectionId),
    afterId,
  );
  doc.transact(() => {
    section.set('key', placement.key);
  }, LOCAL);
}

/**
 * Deletes a section; its mirrors move, in order, to the end of the first remaining section.
 * Deleting the last section → `last_section`.
 */
export function deleteSection(doc: Y.Doc, input: { sectionId: string }, ctx: OpContext): void {
  const { sectionId } = parseInput(deleteInput, input);
  resolveContext(ctx);
  requireSection(doc, sectionId);
  const { sections, mirrors } = userMaps(doc);
  const target = keyedList(sections, () => true, sectionId)[0];
  if (!target) throw new DomainError('last_section', 'MySpace needs at least one section.');
  const moving = mirrorsInSection(doc, sectionId);
  const existing = mirrorsInSection(doc, target.id);
  doc.transact(() => {
    const list = [...existing];
    for (const mirror of moving) {
      const placement = placeAt(list, list.length);
      const record = mirrors.get(mirror.id)!;
      record.set('sectionId', target.id);
      record.set('key', placement.key);
      list.push({ ...mirror, key: placement.key });
    }
    sections.delete(sectionId);
  }, LOCAL);
}
