/**
 * Saved views in a user's own document: save the Flow settings of a space under a name, replace them, or
 * delete them. Names are unique per space, ignoring case, so a list of saved views never shows two alike.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { LOCAL } from '../origin.ts';
import { idSchema, nameSchema } from '../records/common.ts';
import { VIEW_QUERY_MAX } from '../records/savedView.ts';
import { newRecord, str, userMaps } from '../schema.ts';
import { requireRecord } from './collection.ts';
import { parseInput, requireInitialized } from './input.ts';

const queryField = z
  .string()
  .max(VIEW_QUERY_MAX, `must be at most ${VIEW_QUERY_MAX} characters`)
  .refine((query) => query === '' || query.startsWith('?'), 'must be empty or start with "?"');
const saveInput = z.object({ name: nameSchema, spaceId: idSchema, query: queryField });
const deleteInput = z.object({ viewId: idSchema });

/**
 * Saves `query` as the view `name` of `spaceId` and returns its id. A view of that space with the same
 * name (ignoring case) is replaced when `replace` is set, and refused (`duplicate_view`) otherwise.
 */
export function saveView(
  doc: Y.Doc,
  input: { name: string; spaceId: string; query: string; replace?: boolean },
  ctx: OpContext,
): string {
  const { name, spaceId, query } = parseInput(saveInput, input);
  resolveContext(ctx);
  requireInitialized(doc);
  const { views } = userMaps(doc);
  const wanted = name.toLowerCase();
  for (const [id, view] of views) {
    if (str(view, 'spaceId') !== spaceId || str(view, 'name').toLowerCase() !== wanted) continue;
    if (!input.replace) {
      throw new DomainError('duplicate_view', `You already have a view named “${str(view, 'name')}” here.`);
    }
    doc.transact(() => {
      view.set('name', name);
      view.set('query', query);
    }, LOCAL);
    return id;
  }
  const id = newId();
  doc.transact(() => views.set(id, newRecord({ name, spaceId, query })), LOCAL);
  return id;
}

/** Deletes a saved view (it is the user's own preference: nothing else refers to it). */
export function deleteView(doc: Y.Doc, input: { viewId: string }, ctx: OpContext): void {
  const { viewId } = parseInput(deleteInput, input);
  resolveContext(ctx);
  const { views } = userMaps(doc);
  requireRecord(views, viewId, 'unknown_view', 'saved view');
  doc.transact(() => views.delete(viewId), LOCAL);
}
