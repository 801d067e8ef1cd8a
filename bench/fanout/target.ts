/**
 * The servers the fan-out bench compares. Each runs in its own child process; `start` prepares what it
 * needs (for ours: a data folder with an account, a workspace and the space documents) and resolves once
 * it listens.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { initSpaceDoc } from '../../src/domain/index.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import { grantBenchAccess } from '../lib/access.ts';
import { startChild } from '../lib/child.ts';

/** What a bench server offers the clients once it is listening. */
export interface FanoutServerInfo {
  /** `ws://host:port/sync`; a document's URL is `${baseUrl}/${docName}`. */
  baseUrl: string;
  /** The documents the clients may open, as many as were asked for. */
  docNames: string[];
  /**
   * Upgrade headers (the session cookie for our server); client `i` sends `headers[i % headers.length]`,
   * so with one entry per client every client is its own user.
   */
  headers: Record<string, string>[];
}

export interface RunningTarget {
  info: FanoutServerInfo;
  stop(): Promise<void>;
  /** CPU time the server process has used so far (µs). */
  cpuMicros(): Promise<number>;
}

export interface FanoutTarget {
  name: string;
  /** Starts the server with `docs` documents for `clients` clients in all. */
  start(docs: number, clients: number): Promise<RunningTarget>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const spaceIds = (docs: number) => Array.from({ length: docs }, (_, i) => `benchspace${i}`);

/** Our server: session cookie checked at upgrade, every update appended to SQLite before it is relayed. */
const afterboard: FanoutTarget = {
  name: 'afterboard',
  async start(docs, clients) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterboard-fanout-'));
    const ids = spaceIds(docs);
    const storage = openSqliteStorage(dataDir);
    let cookies: string[];
    try {
      for (const id of ids) {
        // Real space documents (statuses and labels of a template), so the handshake sends what it would.
        const doc = new Y.Doc();
        initSpaceDoc(doc, { id, template: 'repairs-rma' }, { actor: 'benchuser' });
        await storage.appendUpdate(`space/${id}`, Y.encodeStateAsUpdate(doc));
      }
      // One user per client: the server caps connections per user, and a thousand clients are people.
      cookies = (await grantBenchAccess(storage, ids, clients)).cookies;
    } finally {
      await storage.close();
    }
    const child = await startChild<{ url: string }>(path.join(here, '..', 'lib', 'serverChild.ts'), [
      dataDir,
    ]);
    return {
      info: {
        baseUrl: `${child.info.url.replace(/^http/, 'ws')}/sync`,
        docNames: ids.map((id) => `space/${id}`),
        headers: cookies.map((cookie) => ({ cookie })),
      },
      cpuMicros: () => child.cpuMicros(),
      async stop() {
        await child.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

/** The stock `@y/websocket-server` 0.1.1: no authentication, no persistence. */
const stock: FanoutTarget = {
  name: '@y/websocket-server 0.1.1',
  async start(docs) {
    const child = await startChild<{ url: string }>(path.join(here, 'stockServer.ts'));
    return {
      info: {
        baseUrl: `${child.info.url.replace(/^http/, 'ws')}/sync`,
        docNames: spaceIds(docs).map((id) => `space/${id}`),
        headers: [{}],
      },
      stop: () => child.stop(),
      cpuMicros: () => child.cpuMicros(),
    };
  },
};

export const TARGETS: readonly FanoutTarget[] = [afterboard, stock];
