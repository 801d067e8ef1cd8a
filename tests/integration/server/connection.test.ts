/**
 * One sync connection on a real document and store, over a stand-in socket: presence ownership and
 * limits, the query rate limit, and the step-1 reply waiting for unstored writes.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { openSqliteStorage } from '../../../server/storage/sqlite.ts';
import type { Storage } from '../../../server/storage/types.ts';
import { Connection } from '../../../server/sync/connection.ts';
import { DocRegistry } from '../../../server/sync/registry.ts';
import type { SharedDoc } from '../../../server/sync/sharedDoc.ts';
import { tempDataDir } from '../../fixtures/server.ts';

/** What `Connection` uses of a `ws` socket, recording what is sent and how it was closed. */
class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  readonly sent: Uint8Array[] = [];
  closedWith: number | null = null;
  send(message: Uint8Array, _opts: unknown, done?: (error?: Error) => void): void {
    this.sent.push(message);
    done?.();
  }
  close(code: number): void {
    this.closedWith ??= code;
    this.readyState = 3;
  }
  ping(): void {}
  terminate(): void {
    this.readyState = 3;
  }
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(wrap: (store: Storage) => Storage = (s) => s) {
  const store = openSqliteStorage(tempDataDir());
  const registry = new DocRegistry(wrap(store), { unloadDelayMs: 1000, compactThreshold: 500 });
  cleanups.push(() => store.close());
  cleanups.push(() => registry.closeAll());
  const shared = await registry.acquire('space/conn');
  return { store, registry, shared };
}

function connect(shared: SharedDoc, userId = 'u1'): { socket: FakeSocket; conn: Connection } {
  const socket = new FakeSocket();
  const conn = new Connection(socket as unknown as WebSocket, shared, userId, false, {
    maxMessageBytes: 1024 * 1024,
    pingIntervalMs: 60_000,
    onClosed: () => {},
  });
  return { socket, conn };
}

function receive(conn: Connection, message: Uint8Array): void {
  conn.receive(Buffer.from(message), true);
}

/** An awareness message with one entry per `[clientId, clock, state]`. */
function awareness(...entries: Array<[number, number, unknown]>): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const [id, clock, state] of entries) {
    encoding.writeVarUint(inner, id);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
  }
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

function syncStep1(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

/** The sync step 2 payloads among sent messages. */
function step2Replies(socket: FakeSocket): Uint8Array[] {
  return socket.sent.flatMap((message) => {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 1) return [];
    return [decoding.readVarUint8Array(decoder)];
  });
}

describe('presence ownership', () => {
  it('forgets the states and clocks of a connection’s ids when it closes', async () => {
    const { shared } = await setup();
    const { conn } = connect(shared);
    receive(conn, awareness([501, 1, { user: { name: 'Ada' } }], [502, 3, null]));
    expect(shared.awareness.getStates().has(501)).toBe(true);
    expect(shared.awareness.meta.has(502)).toBe(true);
    conn.close(1000, 'bye');
    expect(shared.awareness.getStates().has(501)).toBe(false);
    expect(shared.awareness.meta.has(501)).toBe(false);
    expect(shared.awareness.meta.has(502)).toBe(false);
  });

  it('ignores an id another live connection owns, even one whose state that connection removed', async () => {
    const { shared } = await setup();
    const owner = connect(shared);
    const other = connect(shared);
    receive(owner.conn, awareness([601, 1, { user: { name: 'Ada' } }]));
    receive(owner.conn, awareness([601, 2, null]));
    receive(
      other.conn,
      awareness([601, 5, { user: { name: 'Mallory' } }], [602, 1, { user: { name: 'M' } }]),
    );
    expect(shared.awareness.getStates().has(601)).toBe(false);
    expect(shared.awareness.getStates().get(602)).toEqual({ user: { name: 'M' } });
    expect(other.socket.closedWith).toBeNull();
  });

  it('frees an id whose state timed out, so a new connection of that client can reclaim it', async () => {
    const { shared } = await setup();
    const stale = connect(shared);
    receive(stale.conn, awareness([701, 9, { user: { name: 'Ada' } }]));
    // What Awareness does itself when a client has been silent for 30 s.
    awarenessProtocol.removeAwarenessStates(shared.awareness, [701], 'timeout');
    expect(stale.conn.awarenessIds.has(701)).toBe(false);

    const fresh = connect(shared);
    receive(fresh.conn, awareness([701, 10, { user: { name: 'Ada again' } }]));
    expect(shared.awareness.getStates().get(701)).toEqual({ user: { name: 'Ada again' } });
    expect(fresh.conn.awarenessIds.has(701)).toBe(true);
  });

  it('keeps a freed id for its user for a while, so a client that reconnects gets it back', async () => {
    const { shared } = await setup();
    const first = connect(shared, 'ada');
    receive(first.conn, awareness([901, 1, { user: { name: 'Ada' } }]));
    first.conn.close(1000, 'network change');

    // Someone who saw 901 in presence tries to take it in the gap.
    const grabber = connect(shared, 'mallory');
    receive(grabber.conn, awareness([901, 2, { user: { name: 'Ada (fake)' } }]));
    expect(shared.awareness.getStates().has(901)).toBe(false);

    const back = connect(shared, 'ada');
    receive(back.conn, awareness([901, 2, { user: { name: 'Ada' } }]));
    expect(shared.awareness.getStates().get(901)).toEqual({ user: { name: 'Ada' } });
  });

  it('refuses the server’s own client id', async () => {
    const { shared } = await setup();
    const { conn } = connect(shared);
    receive(conn, awareness([shared.awareness.clientID, 5, { user: { name: 'Server' } }]));
    expect(shared.awareness.getStates().has(shared.awareness.clientID)).toBe(false);
  });

  it('closes with 4400 a connection that claims more than 4 ids, across messages', async () => {
    const { shared } = await setup();
    const { socket, conn } = connect(shared);
    for (let id = 1; id <= 4; id++) receive(conn, awareness([id, 1, { n: id }]));
    expect(socket.closedWith).toBeNull();
    receive(conn, awareness([5, 1, { n: 5 }]));
    expect(socket.closedWith).toBe(4400);
    expect(shared.awareness.meta.size).toBe(1); // only the server's own entry is left
  });

  it('closes with 4400 a connection that sends a state larger than 16 KiB', async () => {
    const { shared } = await setup();
    const { socket, conn } = connect(shared);
    receive(conn, awareness([801, 1, { note: 'x'.repeat(16 * 1024) }]));
    expect(socket.closedWith).toBe(4400);
    expect(shared.awareness.getStates().has(801)).toBe(false);
  });
});

describe('query rate limit', () => {
  it('answers a burst of sync step 1 and awareness queries, then closes a flood with 4429', async () => {
    const { shared } = await setup();
    const { socket, conn } = connect(shared);
    const vector = Y.encodeStateVector(new Y.Doc());
    for (let i = 0; i < 10; i++) receive(conn, syncStep1(vector));
    for (let i = 0; i < 5; i++) receive(conn, new Uint8Array([3]));
    expect(socket.closedWith).toBeNull();
    for (let i = 0; i < 100 && socket.closedWith === null; i++) receive(conn, syncStep1(vector));
    expect(socket.closedWith).toBe(4429);
  });
});

describe('sync step 1 reply', () => {
  it('waits until every update in the document is stored', async () => {
    let openGate: () => void = () => {};
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let slow = false;
    // A store whose writes complete later, as a networked database's would.
    const { shared } = await setup((store) => ({
      ...store,
      appendUpdate: async (name, update) => {
        if (slow) await gate;
        return store.appendUpdate(name, update);
      },
    }));
    // Run first at cleanup, so a failed expectation does not leave the store waiting forever.
    cleanups.push(async () => openGate());
    const { socket, conn } = connect(shared);
    slow = true;
    shared.doc.getMap('cards').set('unstored', true);
    receive(conn, syncStep1(Y.encodeStateVector(new Y.Doc())));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(step2Replies(socket)).toHaveLength(0);

    openGate();
    await shared.flushed();
    await new Promise((resolve) => setImmediate(resolve));
    const replies = step2Replies(socket);
    expect(replies).toHaveLength(1);
    const client = new Y.Doc();
    Y.applyUpdate(client, replies[0]!);
    expect(client.getMap('cards').get('unstored')).toBe(true);
  });
});
