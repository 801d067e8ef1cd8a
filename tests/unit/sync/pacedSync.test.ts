import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { messageSync, WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { paceSyncMessages, QUEUE_FROM_BYTES } from '../../../src/sync/pacedSync.ts';

const providers: WebsocketProvider[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  providers.splice(0).forEach((provider) => provider.destroy());
});

/** A provider that never connects: the test hands it the server's messages itself. */
function providerFor(doc: Y.Doc): WebsocketProvider {
  const provider = new WebsocketProvider('ws://127.0.0.1:9', 'space/s1', doc, {
    connect: false,
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  providers.push(provider);
  return provider;
}

/** Delivers one message as y-websocket's socket handler does; returns the reply it would send. */
function deliver(provider: WebsocketProvider, message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message);
  const encoder = encoding.createEncoder();
  const type = decoding.readVarUint(decoder);
  provider.messageHandlers[type]!(encoder, decoder, provider, true, type);
  return encoding.toUint8Array(encoder);
}

const updateMessage = (update: Uint8Array) => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
};

const step2Message = (source: Y.Doc, target: Y.Doc) => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeSyncStep2(encoder, source, Y.encodeStateVector(target));
  return encoding.toUint8Array(encoder);
};

/** A yield the test releases by hand, counting the waits. */
function manualIdle() {
  const waiting: (() => void)[] = [];
  return {
    yieldNow: () => new Promise<void>((resolve) => waiting.push(resolve)),
    waits: () => waiting.length,
    async release() {
      waiting.splice(0).forEach((resolve) => resolve());
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

/** A server document with `cards` cards, titled long enough that its update is a big message. */
function serverDoc(cards: number): Y.Doc {
  const doc = new Y.Doc();
  const map = doc.getMap<string>('cards');
  for (let i = 0; i < cards; i++) map.set(`c${i}`, `Replace the pump seal of unit ${i} under warranty`);
  return doc;
}

describe('paced sync messages', () => {
  it('applies a big download in idle periods, in order, and is synced only once all of it is in', async () => {
    const server = serverDoc(400);
    const big = Y.encodeStateAsUpdate(server);
    expect(big.byteLength).toBeGreaterThan(QUEUE_FROM_BYTES);
    const doc = new Y.Doc();
    const provider = providerFor(doc);
    const idle = manualIdle();
    paceSyncMessages(provider, idle.yieldNow);
    const cards = doc.getMap<string>('cards');

    deliver(provider, updateMessage(big));
    expect(cards.size).toBe(0);
    // A colleague's small edit behind it waits its turn: applied before the download, it would be too.
    const before = Y.encodeStateVector(server);
    server.getMap<string>('cards').set('c1', 'Refund order 1042');
    const edit = Y.encodeStateAsUpdate(server, before);
    expect(edit.byteLength).toBeLessThan(QUEUE_FROM_BYTES);
    deliver(provider, updateMessage(edit));
    deliver(provider, step2Message(server, doc));
    expect(cards.size).toBe(0);
    expect(provider.synced).toBe(false);
    expect(idle.waits()).toBe(1);

    await idle.release();
    while (idle.waits() > 0) await idle.release();
    expect(cards.size).toBe(400);
    expect(cards.get('c1')).toBe('Refund order 1042');
    expect(provider.synced).toBe(true);
  });

  it('applies a small update at once while nothing is queued, and answers step 1 at once', () => {
    const server = serverDoc(3);
    const doc = new Y.Doc();
    const provider = providerFor(doc);
    const idle = manualIdle();
    paceSyncMessages(provider, idle.yieldNow);

    deliver(provider, updateMessage(Y.encodeStateAsUpdate(server)));
    expect(doc.getMap('cards').size).toBe(3);
    expect(idle.waits()).toBe(0);

    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, messageSync);
    syncProtocol.writeSyncStep1(step1, new Y.Doc());
    const reply = deliver(provider, encoding.toUint8Array(step1));
    expect(reply.byteLength).toBeGreaterThan(1);
  });

  it('does not mark a new socket synced with the step 2 of a socket closed meanwhile', async () => {
    const server = serverDoc(400);
    const doc = new Y.Doc();
    const provider = providerFor(doc);
    const idle = manualIdle();
    paceSyncMessages(provider, idle.yieldNow);
    const socket = (value: string) => ({ socket: value }) as unknown as WebSocket;

    provider.ws = socket('first') as unknown as typeof provider.ws;
    deliver(provider, updateMessage(Y.encodeStateAsUpdate(server)));
    deliver(provider, step2Message(server, doc));
    provider.ws = socket('second') as unknown as typeof provider.ws;
    while (idle.waits() > 0) await idle.release();
    expect(doc.getMap('cards').size).toBe(400);
    expect(provider.synced).toBe(false);
    provider.ws = null;
  });

  it('goes on with the messages after one that cannot be read', async () => {
    const server = serverDoc(400);
    const doc = new Y.Doc();
    const provider = providerFor(doc);
    const idle = manualIdle();
    paceSyncMessages(provider, idle.yieldNow);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});

    deliver(provider, updateMessage(Y.encodeStateAsUpdate(server)));
    const unknownSyncType = encoding.createEncoder();
    encoding.writeVarUint(unknownSyncType, messageSync);
    encoding.writeVarUint(unknownSyncType, 9);
    encoding.writeUint8Array(unknownSyncType, new Uint8Array(QUEUE_FROM_BYTES));
    deliver(provider, encoding.toUint8Array(unknownSyncType));
    deliver(provider, step2Message(server, doc));
    while (idle.waits() > 0) await idle.release();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(doc.getMap('cards').size).toBe(400);
    expect(provider.synced).toBe(true);
  });

  it('drops what is queued and applies at once again once stopped', async () => {
    const server = serverDoc(400);
    const doc = new Y.Doc();
    const provider = providerFor(doc);
    const idle = manualIdle();
    const stop = paceSyncMessages(provider, idle.yieldNow);

    deliver(provider, updateMessage(Y.encodeStateAsUpdate(server)));
    stop();
    await idle.release();
    expect(doc.getMap('cards').size).toBe(0);
    deliver(provider, updateMessage(Y.encodeStateAsUpdate(server)));
    expect(doc.getMap('cards').size).toBe(400);
  });
});
