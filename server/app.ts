/**
 * Assembles the server: storage, loaded documents, the `/api` routes, the `/sync` websocket and the static
 * web app, on one `node:http` server. `startServer` is what `main.ts` runs and what tests run in-process.
 */
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { createApiHandler } from './api/router.ts';
import { sendError } from './http/json.ts';
import { createStaticHandler } from './http/static.ts';
import { FeedHub } from './feeds/feedHub.ts';
import { projectActivity } from './projections/activity.ts';
import { CardSummaryProjection } from './projections/cardSummaries.ts';
import { projectNotifications } from './projections/notifications.ts';
import { isSpaceArchivedNow } from './projections/spaceListings.ts';
import { openSqliteStorage } from './storage/sqlite.ts';
import type { Storage } from './storage/types.ts';
import { watchArchivedSpaces } from './sync/archiveWatch.ts';
import { prepareLoadedDoc } from './sync/prepareDoc.ts';
import { DocRegistry } from './sync/registry.ts';
import { SYNC_PREFIX, SyncServer } from './sync/syncServer.ts';

export interface ServerOptions {
  port: number;
  host: string;
  dataDir: string;
  /** Largest websocket message accepted, in bytes. */
  maxMessageBytes: number;
  /** Folder of the built web app; defaults to the repository's `dist/`. */
  serveStatic?: string;
  /** How long a document stays loaded after its last connection closes, in ms (default 10 s). */
  unloadDelayMs?: number;
  /** Compact a document's log when it holds more rows than this (default 500). */
  compactThreshold?: number;
  /** Most Yjs structs per slice sent to a client that opens a document with (nearly) nothing (default 4000). */
  sliceStructs?: number;
  /** Interval of websocket keepalive pings, in ms (default 30 s). */
  pingIntervalMs?: number;
  /** Most simultaneous sync connections of one user (default 256). */
  maxConnectionsPerUser?: number;
  /** Mark cookies `Secure` (serve over HTTPS, e.g. behind a TLS proxy). */
  secureCookies?: boolean;
  log?: (message: string, error?: unknown) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  /**
   * The open storage. The data folder's database is locked by this process while it runs, so what is
   * stored can only be read through it (tests, tools embedding the server).
   */
  storage: Storage;
  /** Stops accepting, closes connections, compacts and unloads documents, closes the database. */
  close(): Promise<void>;
}

const DEFAULT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

const defaultLog = (message: string, error?: unknown) =>
  console.error(`[afterboard] ${message}`, error ?? '');

/** Starts the server; resolves once it is listening. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? defaultLog;
  const storage = openSqliteStorage(options.dataDir);
  const registry = new DocRegistry(storage, {
    unloadDelayMs: options.unloadDelayMs ?? 10_000,
    compactThreshold: options.compactThreshold ?? 500,
    sliceStructs: options.sliceStructs,
    onLoaded: (shared) => {
      prepareLoadedDoc(shared.name, shared.doc);
      projectActivity(shared, storage, log);
      summaries.documentLoaded(shared);
      feeds.documentLoaded(shared);
      projectNotifications(shared, storage, log);
      watchArchivedSpaces(shared, (changes) => void sync.spacesArchived(changes).catch(onArchiveError));
    },
    log,
  });
  const onArchiveError = (error: unknown) => log('switching connections of archived spaces failed', error);
  const summaries = new CardSummaryProjection(
    storage,
    registry,
    (spaceId, changes) => feeds.cardsChanged(spaceId, changes),
    log,
  );
  const feeds = new FeedHub(storage, registry, summaries, log);
  const sync = new SyncServer(storage, registry, {
    maxMessageBytes: options.maxMessageBytes,
    pingIntervalMs: options.pingIntervalMs ?? 30_000,
    maxConnectionsPerUser: options.maxConnectionsPerUser ?? 256,
    onAccessChanged: (userId) => feeds.accessChanged(userId),
    spaceArchived: (spaceId) => isSpaceArchivedNow(storage, registry, spaceId),
    log,
  });
  const api = createApiHandler(
    { storage, registry, sync, summaries, secureCookies: options.secureCookies ?? false, log },
    log,
  );
  const serveStatic = createStaticHandler(options.serveStatic ?? DEFAULT_DIST);

  const server = http.createServer((req, res) => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      return sendError(res, 400, 'bad_path', 'The path is not valid.');
    }
    if (pathname === '/api' || pathname.startsWith('/api/')) return void api(req, res, pathname);
    if (pathname === '/sync' || pathname.startsWith(SYNC_PREFIX)) {
      return sendError(res, 426, 'upgrade_required', 'This endpoint speaks WebSocket only.');
    }
    serveStatic(req, res, pathname);
  });
  server.on('upgrade', (req, socket, head) => {
    if ((req.url ?? '').startsWith(SYNC_PREFIX)) return sync.handleUpgrade(req, socket, head);
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });

  // Expired sessions are swept hourly; the timer must not keep the process alive.
  const sweeper = setInterval(
    () => void storage.deleteExpiredSessions(Date.now()).catch(() => {}),
    3_600_000,
  );
  sweeper.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const hostForUrl = options.host.includes(':') ? `[${options.host}]` : options.host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${hostForUrl}:${port}`,
    port,
    storage,
    close: () =>
      (closing ??= (async () => {
        clearInterval(sweeper);
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        sync.close();
        await registry.closeAll();
        server.closeAllConnections();
        await stopped;
        await storage.close();
      })()),
  };
}
