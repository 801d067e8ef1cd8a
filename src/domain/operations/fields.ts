/**
 * Custom field operations. Fields are archived, never deleted, so a card's value always names a field that
 * exists; a field's type is fixed at creation, so a stored value never changes meaning. Two live fields
 * never share a name (compared without case), as with labels; two people creating the same name at once
 * can still leave twins, since the rule is checked on each replica.
 *
 * The SLA field is one value of the space's settings: choosing another replaces it, so a space never has
 * two. It must be a live date field when chosen; archiving it later keeps the setting, and readers treat
 * an archived SLA field as no SLA until it is restored.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { LOCAL } from '../origin.ts';
import { idSchema, nameSchema } from '../records/common.ts';
import { fieldTypeSchema, type FieldType } from '../records/field.ts';
import { readSettingsMap } from '../records/settings.ts';
import { flag, newRecord, spaceMaps, str, type YRecord } from '../schema.ts';
import { keyedList, placeAfter, requireRecord, requireFreeName as requireFreeNameIn } from './collection.ts';
import { parseInput, requireInitialized } from './input.ts';

const createInput = z.object({ name: nameSchema, type: fieldTypeSchema });
const renameInput = z.object({ fieldId: idSchema, name: nameSchema });
const archiveInput = z.object({ fieldId: idSchema, archived: z.boolean() });
const slaInput = z.object({ fieldId: idSchema.nullable() });

/** The field record, or `unknown_field`. */
export function requireField(doc: Y.Doc, fieldId: string): YRecord {
  return requireRecord(spaceMaps(doc).fields, fieldId, 'unknown_field', 'field');
}

/** A field values may be given: unknown → `unknown_field`, archived → `field_archived`. */
export function requireOpenField(doc: Y.Doc, fieldId: string): YRecord {
  const field = requireField(doc, fieldId);
  if (flag(field, 'archived')) throw new DomainError('field_archived', 'That field is archived.');
  return field;
}

/** Adds a field of `type` after the space's other fields and returns its id. */
export function createField(doc: Y.Doc, input: { name: string; type: FieldType }, ctx: OpContext): string {
  const { name, type } = parseInput(createInput, input);
  resolveContext(ctx);
  requireInitialized(doc);
  requireFreeName(doc, name, null);
  const { fields } = spaceMaps(doc);
  const { key } = placeAfter(keyedList(fields), undefined);
  const id = newId();
  doc.transact(() => {
    fields.set(id, newRecord({ name, type, key, archived: false }));
  }, LOCAL);
  return id;
}

/** Renames a live field (its values stay on the cards). */
export function renameField(doc: Y.Doc, input: { fieldId: string; name: string }, ctx: OpContext): void {
  const { fieldId, name } = parseInput(renameInput, input);
  resolveContext(ctx);
  const field = requireField(doc, fieldId);
  if (flag(field, 'archived'))
    throw new DomainError('field_archived', 'Restore the field before renaming it.');
  requireFreeName(doc, name, fieldId);
  if (str(field, 'name') === name) return;
  doc.transact(() => field.set('name', name), LOCAL);
}

/**
 * Archives or restores a field. Cards keep their values (the panel hides them while the field is
 * archived), so restoring a field shows them again; an archived field takes no new values.
 */
export function archiveField(
  doc: Y.Doc,
  input: { fieldId: string; archived: boolean },
  ctx: OpContext,
): void {
  const { fieldId, archived } = parseInput(archiveInput, input);
  resolveContext(ctx);
  const field = requireField(doc, fieldId);
  if (flag(field, 'archived') === archived) return;
  if (!archived) requireFreeName(doc, str(field, 'name'), fieldId);
  doc.transact(() => field.set('archived', archived), LOCAL);
}

/**
 * Makes a live date field the space's SLA due date (`null`: the space has no SLA). Another type →
 * `not_a_date_field`, archived → `field_archived`.
 */
export function setSlaField(doc: Y.Doc, input: { fieldId: string | null }, ctx: OpContext): void {
  const { fieldId } = parseInput(slaInput, input);
  resolveContext(ctx);
  requireInitialized(doc);
  if (fieldId !== null) {
    const field = requireOpenField(doc, fieldId);
    if (field.get('type') !== 'date') {
      throw new DomainError('not_a_date_field', 'The SLA due date must be a date field.', { fieldId });
    }
  }
  const { settings } = spaceMaps(doc);
  if (readSettingsMap(settings).slaFieldId === fieldId) return;
  doc.transact(() => settings.set('slaFieldId', fieldId), LOCAL);
}

/** Refuses `name` when a live field other than `selfId` already has it, ignoring case. */
function requireFreeName(doc: Y.Doc, name: string, selfId: string | null): void {
  requireFreeNameIn(
    spaceMaps(doc).fields,
    name,
    selfId,
    'duplicate_field',
    (taken) => `This space already has a field named “${taken}”.`,
  );
}
