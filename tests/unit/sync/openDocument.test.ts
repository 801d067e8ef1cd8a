import { afterEach, describe, expect, it } from 'vitest';
import net from 'node:net';
import WebSocket from 'ws';
import { createCard, initSpaceDoc, orderedStatuses } from '../../../src/domain/index.ts';
import { createDocumentPool, type DocumentPool } from '../../../src/sync/documentPool.ts';
import { openSpace } from '../../../src/sync/openDocument.ts';

const pools: DocumentPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.destroy()));
});

async function pool(): Promise<DocumentPool> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  const created = createDocumentPool({
    serverUrl: `http://127.0.0.1:${port}`,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    idleMs: 60_000,
  });
  pools.push(created);
  return created;
}

describe('openSpace', () => {
  it('mirrors the pooled document into a store until closed', async () => {
    const docs = await pool();
    // Loaded from the start: this pool has no server and no local copy to wait for.
    const space = openSpace(docs, 'sp1', { whenLoaded: Promise.resolve() });
    expect(space.handle.name).toBe('space/sp1');
    await space.whenLive;
    initSpaceDoc(space.handle.doc, { id: 'sp1' }, { actor: 'u1' });
    const statusId = orderedStatuses(space.handle.doc)[0]!.id;
    const cardId = createCard(space.handle.doc, { statusId, title: 'Return label' }, { actor: 'u1' });
    expect(space.store.getState().cards[cardId]?.title).toBe('Return label');
    expect(space.store.getState().columns[statusId]).toEqual([cardId]);

    space.close();
    space.close();
    const last = space.store.getState();
    createCard(space.handle.doc, { statusId, title: 'After close' }, { actor: 'u1' });
    expect(space.store.getState()).toBe(last);
    // Released, not destroyed: the document stays warm for the next view.
    expect(docs.openNames()).toEqual(['space/sp1']);
    expect(openSpace(docs, 'sp1').handle.doc).toBe(space.handle.doc);
  });

  it('refuses a malformed id', async () => {
    const docs = await pool();
    expect(() => openSpace(docs, 'a/b')).toThrow(RangeError);
    expect(docs.openNames()).toEqual([]);
  });
});
