/**
 * Label operations. Labels are archived, never deleted, so cards never point at a missing label. Two live
 * labels never share a name (compared without case), so the names in a card's panel tell them apart; an
 * archived label keeps its name, and restoring it is refused while a live label has taken that name. Two
 * people creating the same name at once can still leave twins: the rule is checked on each replica.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { LOCAL } from '../origin.ts';
import { colorSchema, idSchema, nameSchema } from '../records/common.ts';
import { flag, newRecord, spaceMaps, str } from '../schema.ts';
import { requireRecord, requireFreeName as requireFreeNameIn } from './collection.ts';
import { parseInput, requireInitialized } from './input.ts';

const createInput = z.object({ name: nameSchema, color: colorSchema });
const updateInput = z.object({
  labelId: idSchema,
  name: nameSchema.optional(),
  color: colorSchema.optional(),
});
const archiveInput = z.object({ labelId: idSchema, archived: z.boolean() });

/** Adds a label (`color` as `#rrggbb`) and returns its id. */
export function createLabel(doc: Y.Doc, input: { name: string; color: string }, ctx: OpContext): string {
  const { name, color } = parseInput(createInput, input);
  resolveContext(ctx);
  requireInitialized(doc);
  requireFreeName(doc, name, null);
  const id = newId();
  doc.transact(() => {
    spaceMaps(doc).labels.set(id, newRecord({ name, color: color.toLowerCase(), archived: false }));
  }, LOCAL);
  return id;
}

/** Renames and/or recolours a label; only changed fields are written. */
export function updateLabel(
  doc: Y.Doc,
  input: { labelId: string; name?: string; color?: string },
  ctx: OpContext,
): void {
  const { labelId, name, color } = parseInput(updateInput, input);
  resolveContext(ctx);
  const label = requireRecord(spaceMaps(doc).labels, labelId, 'unknown_label', 'label');
  if (flag(label, 'archived'))
    throw new DomainError('label_archived', 'Restore the label before editing it.');
  if (name !== undefined) requireFreeName(doc, name, labelId);
  const changes: [string, string][] = [];
  if (name !== undefined && label.get('name') !== name) changes.push(['name', name]);
  if (color !== undefined && label.get('color') !== color.toLowerCase())
    changes.push(['color', color.toLowerCase()]);
  if (changes.length === 0) return;
  doc.transact(() => {
    for (const [field, value] of changes) label.set(field, value);
  }, LOCAL);
}

/**
 * Archives or restores a label. Cards keep it (their fronts and panels hide it while archived), so a
 * restored label is back on the cards that had it; an archived label can no longer be added to cards.
 */
export function archiveLabel(
  doc: Y.Doc,
  input: { labelId: string; archived: boolean },
  ctx: OpContext,
): void {
  const { labelId, archived } = parseInput(archiveInput, input);
  resolveContext(ctx);
  const label = requireRecord(spaceMaps(doc).labels, labelId, 'unknown_label', 'label');
  if (flag(label, 'archived') === archived) return;
  if (!archived) requireFreeName(doc, str(label, 'name'), labelId);
  doc.transact(() => label.set('archived', archived), LOCAL);
}

/** Refuses `name` when a live label other than `selfId` already has it, ignoring case. */
function requireFreeName(doc: Y.Doc, name: string, selfId: string | null): void {
  requireFreeNameIn(
    spaceMaps(doc).labels,
    name,
    selfId,
    'duplicate_label',
    (taken) => `This space already has a label named “${taken}”.`,
  );
}
