/**
 * One sync connection on a real document and store, over a stand-in socket: presence ownership and
 * limits, the query rate limit, and the step-1 reply waiting for unstored writes.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { openSqliteStorage } from '../../../server/storage/sqlite.ts';
import type { Storage } from '../../../server/storage/types.ts';
import { Connection } from '../../../server/sync/connection.ts';
import { DocRegistry } from '../../../server/sync/registry.ts';
import { ECHO_WHEN_QUIET_MS, type SharedDoc } from '../../../server/sync/sharedDoc.ts';
import { awarenessEntriesOf } from '../../fixtures/awarenessMessages.ts';
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

/** An awareness message with one entry whose state is the JSON text `json`, as given. */
function rawAwareness(id: number, clock: number, json: string): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, id);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, json);
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
  it('forgets the states and clocks of a connection’s own and relayed ids when it closes', async () => {
    const { shared } = await setup();
    const { conn } = connect(shared);
    receive(conn, awareness([501, 1, { user: { name: 'Ada' } }], [502, 3, { user: { name: 'Tab' } }]));
    expect(conn.ownAwarenessId).toBe(501);
    expect(shared.awareness.getStates().has(502)).toBe(true);
    conn.close(1000, 'bye');
    expect(shared.awareness.getStates().has(501)).toBe(false);
    expect(shared.awareness.meta.has(501)).toBe(false);
    expect(shared.awareness.meta.has(502)).toBe(false);
    expect(shared.awarenessIdCount).toBe(0);
  });

  it('ignores, without closing, an id another user’s live connection owns, even one it removed', async () => {
    const { shared } = await setup();
    const owner = connect(shared, 'ada');
    const other = connect(shared, 'mallory');
    receive(owner.conn, awareness([601, 1, { user: { name: 'Ada' } }]));
    receive(owner.conn, awareness([601, 2, null]));
    receive(
      other.conn,
      awareness([601, 5, { user: { name: 'Mallory' } }], [602, 1, { user: { name: 'M' } }]),
    );
    receive(other.conn, awareness([601, 6, null]));
    expect(shared.awareness.getStates().has(601)).toBe(false);
    expect(other.conn.ownAwarenessId).toBeNull();
    expect(shared.awareness.getStates().get(602)).toEqual({ user: { name: 'M' } });
    expect(other.socket.closedWith).toBeNull();
    // The owner is still the one speaking for 601.
    receive(owner.conn, awareness([601, 7, { user: { name: 'Ada' } }]));
    expect(shared.awareness.getStates().get(601)).toEqual({ user: { name: 'Ada' } });
  });

  it('drops echoes of other connections’ ids silently, whatever their clock', async () => {
    const { shared } = await setup();
    const a = connect(shared, 'ada');
    const b = connect(shared, 'ada');
    receive(a.conn, awareness([611, 1, { user: { name: 'A' } }]));
    receive(b.conn, awareness([612, 1, { user: { name: 'B' } }]));
    receive(b.conn, awareness([611, 9, { user: { name: 'A (echo)' } }], [611, 10, null]));
    expect(shared.awareness.getStates().get(611)).toEqual({ user: { name: 'A' } });
    expect(b.conn.ownAwarenessId).toBe(612);
    expect(b.socket.closedWith).toBeNull();
  });

  it('sends a presence change back to its sender too, which keeps a lone client’s socket alive', async () => {
    // The stock client closes a socket that heard nothing for 30 s; its own presence, renewed every 15 s and
    // echoed here, is what a client alone on a document hears.
    const { shared } = await setup();
    const a = connect(shared, 'ada');
    const awarenessSent = () =>
      a.socket.sent.filter((message) => decoding.readVarUint(decoding.createDecoder(message)) === 1).length;
    // The first message claims the id (answered by the server itself, see `claimOwnAwareness`).
    receive(a.conn, awareness([621, 1, { user: { name: 'A' } }]));
    const before = awarenessSent();
    receive(a.conn, awareness([621, 2, { user: { name: 'A' } }]));
    expect(awarenessSent()).toBe(before + 1);
  });

  it('sends its own change back to a connection that has been sent nothing for a while', async () => {
    // One dragging alone changes its presence at every lift and drop, so it never renews it; without this
    // it heard nothing at all and the stock client reconnected every 30 s.
    const { shared } = await setup();
    const a = connect(shared, 'ada');
    const entriesSent = () => a.socket.sent.flatMap(awarenessEntriesOf);
    receive(a.conn, awareness([631, 1, { user: { name: 'A' } }]));
    receive(a.conn, awareness([631, 2, { user: { name: 'A' }, draggingCardId: 'c1' }]));
    expect(entriesSent()).not.toContain('631@2');

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + ECHO_WHEN_QUIET_MS });
    try {
      receive(a.conn, awareness([631, 3, { user: { name: 'A' } }]));
      expect(entriesSent()).toContain('631@3');
      // It has just heard something: the next change stays with it again.
      receive(a.conn, awareness([631, 4, { user: { name: 'A' }, draggingCardId: 'c2' }]));
      expect(entriesSent()).not.toContain('631@4');
    } finally {
      vi.useRealTimers();
    }
  });

  it('frees an id whose state timed out, so a new connection of that client can reclaim it', async () => {
    const { shared } = await setup();
    const stale = connect(shared, 'ada');
    receive(stale.conn, awareness([701, 9, { user: { name: 'Ada' } }]));
    // What Awareness does itself when a client has been silent for 30 s.
    awarenessProtocol.removeAwarenessStates(shared.awareness, [701], 'timeout');
    expect(shared.awareness.meta.has(701)).toBe(false);
    expect(shared.awarenessIdCount).toBe(0);

    const fresh = connect(shared, 'bob');
    receive(fresh.conn, awareness([701, 10, { user: { name: 'Ada again' } }]));
    expect(shared.awareness.getStates().get(701)).toEqual({ user: { name: 'Ada again' } });
    expect(fresh.conn.ownAwarenessId).toBe(701);
    // The stale connection no longer speaks for it.
    receive(stale.conn, awareness([701, 11, { user: { name: 'Stale' } }]));
    expect(shared.awareness.getStates().get(701)).toEqual({ user: { name: 'Ada again' } });
  });

  it('lets a reconnecting socket of the same user take its id over from the stale one', async () => {
    const { shared } = await setup();
    const stale = connect(shared, 'ada');
    receive(stale.conn, awareness([901, 1, { user: { name: 'Ada' } }]));
    const back = connect(shared, 'ada');
    receive(back.conn, awareness([901, 2, { user: { name: 'Ada back' } }]));
    expect(back.conn.ownAwarenessId).toBe(901);
    expect(shared.awareness.getStates().get(901)).toEqual({ user: { name: 'Ada back' } });
    // The stale socket closing later neither removes the id nor speaks for it meanwhile.
    receive(stale.conn, awareness([901, 3, null]));
    stale.conn.close(1000, 'stale');
    expect(shared.awareness.getStates().get(901)).toEqual({ user: { name: 'Ada back' } });
  });

  it('refuses the server’s own client id', async () => {
    const { shared } = await setup();
    const { conn } = connect(shared);
    receive(conn, awareness([shared.awareness.clientID, 5, { user: { name: 'Server' } }]));
    expect(shared.awareness.getStates().has(shared.awareness.clientID)).toBe(false);
  });

  it('keeps at most 8 relayed ids alive per connection and never closes it for their number', async () => {
    const { shared } = await setup();
    const { socket, conn } = connect(shared);
    for (let id = 1; id <= 200; id++) receive(conn, awareness([id, 1, { n: id }]));
    for (let id = 1000; id <= 1200; id++) receive(conn, awareness([id, 1, null]));
    // A removal spelled differently is still a removal.
    for (let id = 2000; id <= 2200; id++) receive(conn, rawAwareness(id, 1, ' null'));
    expect(socket.closedWith).toBeNull();
    expect(conn.ownAwarenessId).toBe(1);
    expect(shared.awareness.getStates().size).toBe(1 + 8);
    expect(shared.awareness.meta.size).toBeLessThanOrEqual(1 + 1 + 8); // the server's own entry too
    // A removed relayed id frees its place, and its clock is forgotten.
    receive(conn, awareness([2, 2, null]));
    expect(shared.awareness.meta.has(2)).toBe(false);
    receive(conn, awareness([300, 1, { n: 300 }]));
    expect(shared.awareness.getStates().has(300)).toBe(true);
    expect(shared.awarenessIdCount).toBe(1 + 8);
  });

  it('closes with 4400 a connection whose own state is larger than 16 KiB, and ignores a relayed one', async () => {
    const { shared } = await setup();
    const relay = connect(shared);
    receive(relay.conn, awareness([811, 1, { n: 1 }], [812, 1, { note: 'x'.repeat(16 * 1024) }]));
    expect(relay.socket.closedWith).toBeNull();
    expect(shared.awareness.getStates().has(812)).toBe(false);

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
