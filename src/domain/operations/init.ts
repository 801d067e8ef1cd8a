/**
 * Initialisation of fresh documents. These are not user edits: they run with the `SYSTEM` origin, so undo
 * can never remove a document's skeleton, and they are idempotent (a document whose `meta.id` is set is
 * left alone) so a client and the server may both call them.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import type { OpContext } from '../context.ts';
import { resolveContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { initialKeys } from '../ordering.ts';
import { SYSTEM } from '../origin.ts';
import { idSchema, nameSchema } from '../records/common.ts';
import { WORKSPACE_TYPES, type WorkspaceType } from '../records/meta.ts';
import { newRecord, SCHEMA_VERSION, spaceMaps, userMaps, workspaceMaps } from '../schema.ts';
import { DEFAULT_TEMPLATE_ID, findTemplate } from '../templates/index.ts';
import { parseInput } from './input.ts';

/**
 * Name of the section every new MySpace starts with. Not "Inbox": MySpace shows its inbox (cards assigned to
 * or mentioning the user, not yet dealt with) as a list of that name before the sections.
 */
export const DEFAULT_SECTION_NAME = 'My cards';

const spaceInput = z.object({ id: idSchema, template: z.string().optional() });
const workspaceInput = z.object({ id: idSchema, name: nameSchema, type: z.enum(WORKSPACE_TYPES) });
const userInput = z.object({ id: idSchema });

function isInitialized(doc: Y.Doc): boolean {
  return doc.getMap('meta').get('id') !== undefined;
}

/**
 * Writes a new space's meta and the statuses, labels and custom fields of its template (with its SLA field) (default: To do / Doing / Done).
 * No-op when the document already has an id. Unknown template → `unknown_template`.
 */
export function initSpaceDoc(doc: Y.Doc, input: { id: string; template?: string }, ctx: OpContext): void {
  const { id, template: templateId } = parseInput(spaceInput, input);
  const { actor, at } = resolveContext(ctx);
  const template = findTemplate(templateId ?? DEFAULT_TEMPLATE_ID);
  if (!template) throw new DomainError('unknown_template', `There is no space template "${templateId}".`);
  if (isInitialized(doc)) return;
  const { meta, statuses, labels, fields, settings } = spaceMaps(doc);
  const keys = initialKeys(template.statuses.length);
  const fieldKeys = initialKeys(template.fields?.length ?? 0);
  doc.transact(() => {
    meta.set('schemaVersion', SCHEMA_VERSION.space);
    meta.set('id', id);
    meta.set('createdAt', at);
    meta.set('createdBy', actor);
    template.statuses.forEach((status, i) => {
      statuses.set(
        newId(),
        newRecord({ name: status.name, role: status.role, key: keys[i], archived: false }),
      );
    });
    for (const label of template.labels) {
      labels.set(newId(), newRecord({ name: label.name, color: label.color, archived: false }));
    }
    template.fields?.forEach((field, i) => {
      const fieldId = newId();
      fields.set(
        fieldId,
        newRecord({ name: field.name, type: field.type, key: fieldKeys[i], archived: false }),
      );
      if (field.sla && field.type === 'date') settings.set('slaFieldId', fieldId);
    });
  }, SYSTEM);
}

/** Writes a new workspace's meta. No-op when the document already has an id. */
export function initWorkspaceDoc(
  doc: Y.Doc,
  input: { id: string; name: string; type: WorkspaceType },
  ctx: OpContext,
): void {
  const { id, name, type } = parseInput(workspaceInput, input);
  resolveContext(ctx);
  if (isInitialized(doc)) return;
  const { meta } = workspaceMaps(doc);
  doc.transact(() => {
    meta.set('schemaVersion', SCHEMA_VERSION.workspace);
    meta.set('id', id);
    meta.set('name', name);
    meta.set('type', type);
  }, SYSTEM);
}

/** Writes a new user document's meta and its first MySpace section. No-op when it already has an id. */
export function initUserDoc(doc: Y.Doc, input: { id: string }, ctx: OpContext): void {
  const { id } = parseInput(userInput, input);
  resolveContext(ctx);
  if (isInitialized(doc)) return;
  const { meta, sections } = userMaps(doc);
  doc.transact(() => {
    meta.set('schemaVersion', SCHEMA_VERSION.user);
    meta.set('id', id);
    sections.set(newId(), newRecord({ name: DEFAULT_SECTION_NAME, key: initialKeys(1)[0] }));
  }, SYSTEM);
}
