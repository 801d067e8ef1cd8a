/**
 * The workspace's own name in its document. The server's database holds the name the workspace lists
 * show; the server writes both when an owner renames it, so the document never tells another story.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { LOCAL } from '../origin.ts';
import { nameSchema } from '../records/common.ts';
import { workspaceMaps } from '../schema.ts';
import { parseInput, requireInitialized } from './input.ts';

const renameInput = z.object({ name: nameSchema });

/** Renames the workspace whose document this is. */
export function renameWorkspace(doc: Y.Doc, input: { name: string }, ctx: OpContext): void {
  const { name } = parseInput(renameInput, input);
  resolveContext(ctx);
  requireInitialized(doc);
  const { meta } = workspaceMaps(doc);
  if (meta.get('name') === name) return;
  doc.transact(() => meta.set('name', name), LOCAL);
}
