/**
 * `GET /api/spaces/:spaceId/board`: the space's board snapshot (a `SpaceState`, see
 * `src/sync/boardSnapshots.ts`), so a client with nothing local paints the board before the document has
 * arrived over the sync socket. Built from the loaded document by the bridge's own reader, so it is
 * exactly what the client's bridge would show, less the archived cards (`src/sync/boardPicture.ts`);
 * cached per document (and gzipped once, when asked for) until the document changes. Readers of the
 * space only, visitors included; anyone else gets 403, for an unknown space too, as the sync socket
 * refuses both alike (4403), so ids cannot be probed.
 */
import { gzipSync } from 'node:zlib';
import type { ServerResponse } from 'node:http';
import type * as Y from 'yjs';
import { z } from 'zod';
import { idSchema } from '../../src/domain/records/common.ts';
import { boardPicture } from '../../src/sync/boardPicture.ts';
import { readSpaceState } from '../../src/sync/bridge/spaceState.ts';
import { docAccess } from '../access.ts';
import { describeIssue, HttpError } from '../http/json.ts';
import { requireUser, type ApiRequest } from './context.ts';

const pathSchema = z.object({ spaceId: idSchema });

interface Cached {
  json: Buffer;
  gzip: Buffer | null;
}

/** Per loaded document: its snapshot, encoded; dropped on the document's next update. */
const cache = new WeakMap<Y.Doc, Cached>();
const watched = new WeakSet<Y.Doc>();

function snapshotOf(doc: Y.Doc): Cached {
  let cached = cache.get(doc);
  if (cached) return cached;
  if (!watched.has(doc)) {
    watched.add(doc);
    doc.on('update', () => cache.delete(doc));
  }
  cached = { json: Buffer.from(JSON.stringify(boardPicture(readSpaceState(doc)))), gzip: null };
  cache.set(doc, cached);
  return cached;
}

function send(res: ServerResponse, body: Buffer, gzipped: boolean): void {
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.byteLength,
    'Cache-Control': 'no-store',
    Vary: 'Accept-Encoding',
    ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(body);
}

export async function getBoard(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const parsed = pathSchema.safeParse(r.params);
  if (!parsed.success) throw new HttpError(400, 'invalid_input', describeIssue(parsed.error.issues[0]));
  const { spaceId } = parsed.data;
  const access = await docAccess(r.ctx.storage, user, `space/${spaceId}`);
  if (!access.ok) {
    throw new HttpError(
      403,
      'forbidden',
      'This space does not exist or you are not a member of its workspace.',
    );
  }
  const snapshot = await r.ctx.registry.withDoc(`space/${spaceId}`, snapshotOf);
  const acceptsGzip = /\bgzip\b/.test(String(r.req.headers['accept-encoding'] ?? ''));
  if (!acceptsGzip) return send(r.res, snapshot.json, false);
  // Several MB of JSON for a busy space: compressed once per version of the document, not per request.
  snapshot.gzip ??= gzipSync(snapshot.json);
  send(r.res, snapshot.gzip, true);
}
