/**
 * The `/sync/<docName>` websocket endpoint. Every upgrade is accepted and then, if refused, closed with a
 * 44xx code: the y-websocket client treats those as final, where an HTTP 401 would make it retry forever.
 * Messages that arrive while the session and the document are being checked are queued, not lost.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { parseDocName } from '../../src/domain/docNames.ts';
import { docAccess, type Access } from '../access.ts';
import { hashToken, sessionToken, userFromRequest } from '../auth/sessions.ts';
import type { Storage } from '../storage/types.ts';
import type { ArchiveChanges } from './archiveWatch.ts';
import type { Peer } from './sharedDoc.ts';
import { Connection, toBytes } from './connection.ts';
import { CLOSE } from './messages.ts';
import { DocRefusedError, type DocRegistry } from './registry.ts';

export const SYNC_PREFIX = '/sync/';

export interface SyncServerOptions {
  maxMessageBytes: number;
  pingIntervalMs: number;
  /** Most simultaneous connections of one user; more are closed with 4429. */
  maxConnectionsPerUser: number;
  /** Told after a user's access was re-checked (their MySpace feed shows only what they can read). */
  onAccessChanged?: (userId: string) => void;
  /** Whether a space reads as archived in its workspace: its connections are then read-only for everyone. */
  spaceArchived: (spaceId: string) => Promise<boolean>;
  log?: (message: string, error?: unknown) => void;
}

/** Whether a browser's `Origin` names the host it connects to; a missing Origin (non-browser) passes. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export class SyncServer {
  private readonly wss: WebSocketServer;
  private readonly connections = new Set<Connection>();
  /** The session (its token's hash) each open connection was admitted with. */
  private readonly sessionOf = new Map<Connection, string>();
  /** Open or being-admitted connections per user id. */
  private readonly perUser = new Map<string, number>();
  private closing = false;
  /** Counts archive changes, so a connection admitted while one happened can tell its check is stale. */
  private archiveChanges = 0;

  constructor(
    private readonly storage: Storage,
    private readonly registry: DocRegistry,
    private readonly options: SyncServerOptions,
  ) {
    // The hard cap sits above the limit so an oversized message still reaches us and gets the 4413
    // code; only far larger frames are cut off by ws itself (close code 1009).
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxMessageBytes + Math.max(1024 * 1024, options.maxMessageBytes >> 3),
      perMessageDeflate: false,
    });
  }

  /**
   * Closes every connection admitted with the session whose token hashes to `sessionHash` (4401): it was
   * signed out, and a tab still open on it must neither write nor read as that user any more. The
   * client's pages then ask who is signed in.
   */
  endSession(sessionHash: string): void {
    for (const [conn, hash] of [...this.sessionOf]) {
      if (hash === sessionHash) conn.close(CLOSE.unauthenticated, 'signed out');
    }
  }

  /** Handles an HTTP upgrade request for a path under `/sync/`. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => void this.accept(ws, req));
  }

  /**
   * Re-checks the access of every open connection of `userId` after their memberships changed:
   * a lost membership closes with 4403; a role change switches read-only on or off at once, and closes
   * with 4009 so that the client, reconnecting, learns its new role too. Their own document's sockets close
   * with 4009 as well, whatever changed: every page of theirs holds it open, so a workspace they were just
   * added to shows at once.
   */
  async revalidateUser(userId: string): Promise<void> {
    const user = await this.storage.findUserById(userId);
    for (const shared of [...this.registry.loaded()]) {
      const parsed = parseDocName(shared.name);
      const own = parsed?.kind === 'user' && parsed.id === userId;
      for (const peer of [...shared.peers]) {
        if (peer.userId !== userId) continue;
        const access = user ? await docAccess(this.storage, user, shared.name) : null;
        if (!access?.ok) {
          peer.close(CLOSE.forbidden, 'access revoked');
          continue;
        }
        const readOnly = await this.readOnly(shared.name, access);
        if (own || peer.readOnly !== readOnly) {
          peer.readOnly = readOnly;
          peer.close(CLOSE.accessChanged, own ? 'memberships changed' : 'role changed');
        }
      }
    }
    this.options.onAccessChanged?.(userId);
  }

  /**
   * Spaces were archived or restored (`archiveWatch.ts`). Archiving makes every open connection to them
   * read-only at once; restoring gives each back what its role allows. Either way a connection whose access
   * changed closes with 4009, so its client reconnects and sends what the server dropped meanwhile.
   */
  async spacesArchived(changes: ArchiveChanges): Promise<void> {
    this.archiveChanges += 1;
    const affected: { name: string; archived: boolean; peers: Peer[] }[] = [];
    for (const shared of this.registry.loaded()) {
      const parsed = parseDocName(shared.name);
      const archived = parsed?.kind === 'space' ? changes.get(parsed.id) : undefined;
      if (archived === undefined) continue;
      const peers = [...shared.peers];
      // Before any await: an update arriving from now on is already dropped.
      if (archived) for (const peer of peers) peer.readOnly = true;
      affected.push({ name: shared.name, archived, peers });
    }
    for (const { name, archived, peers } of affected) {
      for (const peer of peers) {
        if (archived) {
          peer.close(CLOSE.accessChanged, 'space archived');
          continue;
        }
        const user = await this.storage.findUserById(peer.userId);
        const access = user ? await docAccess(this.storage, user, name) : null;
        const readOnly = access?.ok ? await this.readOnly(name, access) : true;
        if (readOnly) continue;
        peer.readOnly = false;
        peer.close(CLOSE.accessChanged, 'space restored');
      }
    }
  }

  /** Closes every connection and stops accepting new ones. */
  close(): void {
    this.closing = true;
    for (const conn of this.connections) conn.close(CLOSE.goingAway, 'server shutting down');
    this.wss.close();
  }

  private async accept(ws: WebSocket, req: IncomingMessage): Promise<void> {
    const queued: Array<[RawData, boolean]> = [];
    let queuedBytes = 0;
    let gone = false;
    const queue = (data: RawData, isBinary: boolean) => {
      queuedBytes += toBytes(data).byteLength;
      // A client that floods before it is admitted gets cut off instead of filling memory.
      if (queuedBytes > 2 * this.options.maxMessageBytes) refuse(CLOSE.tooLarge, 'too much data before sync');
      else queued.push([data, isBinary]);
    };
    const refuse = (code: number, reason: string) => {
      ws.off('message', queue);
      gone = true;
      ws.close(code, reason);
    };
    ws.on('message', queue);
    ws.on('close', () => {
      gone = true;
    });
    ws.on('error', () => ws.terminate());

    const url = new URL(req.url ?? '/', 'http://localhost');
    const name = url.pathname.slice(SYNC_PREFIX.length);
    try {
      if (this.closing) return refuse(CLOSE.goingAway, 'server shutting down');
      if (!parseDocName(name)) return refuse(CLOSE.badRequest, 'malformed document name');
      if (!sameOrigin(req)) return refuse(CLOSE.forbidden, 'cross-origin connection refused');
      const token = sessionToken(req);
      const user = await userFromRequest(this.storage, req);
      if (!user || !token) return refuse(CLOSE.unauthenticated, 'sign in first');
      const access = await docAccess(this.storage, user, name);
      if (!access.ok) return refuse(CLOSE.forbidden, 'no access to this document');
      const archiveChanges = this.archiveChanges;
      const readOnly = await this.readOnly(name, access);
      if (gone) return;
      // Each connection holds a loaded document and buffers: one account must not be able to open
      // thousands. Counted from here, so connections still loading count too.
      if (!this.reserveSlot(user.id)) return refuse(CLOSE.tooMany, 'too many connections');
      let shared;
      try {
        shared = await this.registry.acquire(name);
      } catch (error) {
        this.freeSlot(user.id);
        throw error;
      }
      if (gone || this.closing) {
        this.freeSlot(user.id);
        this.registry.release(shared);
        if (!gone) refuse(CLOSE.goingAway, 'server shutting down');
        return;
      }
      const held = shared;
      const conn: Connection = new Connection(ws, held, user.id, readOnly, {
        maxMessageBytes: this.options.maxMessageBytes,
        pingIntervalMs: this.options.pingIntervalMs,
        onClosed: () => {
          this.connections.delete(conn);
          this.sessionOf.delete(conn);
          this.freeSlot(user.id);
          this.registry.release(held);
        },
      });
      this.connections.add(conn);
      this.sessionOf.set(conn, hashToken(token));
      ws.off('message', queue);
      ws.on('message', (data, isBinary) => conn.receive(data, isBinary));
      for (const [data, isBinary] of queued) conn.receive(data, isBinary);
      // A space archived or restored while this connection was admitted: its client asks again.
      if (this.archiveChanges !== archiveChanges) conn.close(CLOSE.accessChanged, 'archive changed');
    } catch (error) {
      // Final: the client stops instead of reloading the document in a reconnect loop.
      if (error instanceof DocRefusedError) return refuse(CLOSE.docRefused, error.message);
      this.options.log?.(`sync connection to ${name} failed`, error);
      refuse(CLOSE.internalError, 'server error');
    }
  }

  /** Whether a connection with `access` to document `name` may only read: a visitor's, or an archived space's. */
  private async readOnly(name: string, access: Access & { ok: true }): Promise<boolean> {
    if (access.readOnly) return true;
    const parsed = parseDocName(name);
    return parsed?.kind === 'space' && (await this.options.spaceArchived(parsed.id));
  }

  private reserveSlot(userId: string): boolean {
    const open = this.perUser.get(userId) ?? 0;
    if (open >= this.options.maxConnectionsPerUser) return false;
    this.perUser.set(userId, open + 1);
    return true;
  }

  private freeSlot(userId: string): void {
    const open = (this.perUser.get(userId) ?? 1) - 1;
    if (open > 0) this.perUser.set(userId, open);
    else this.perUser.delete(userId);
  }
}
