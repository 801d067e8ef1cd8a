// The activity projection on a real SQLite store and a bare registry: backfill of what the table lacks,
// live events with the connection's user, and a failing projection write that leaves sync untouched.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addRelation,
  createCard,
  initSpaceDoc,
  moveCard,
  orderedStatuses,
  readHistory,
} from '../../../src/domain/index.ts';
import { backfillActivity, projectActivity, toActivity } from '../../../server/projections/activity.ts';
import { openSqliteStorage } from '../../../server/storage/sqlite.ts';
import type { Storage } from '../../../server/storage/types.ts';
import { DocRegistry } from '../../../server/sync/registry.ts';
import type { Peer } from '../../../server/sync/sharedDoc.ts';
import { tempDataDir } from '../../fixtures/server.ts';

const opened: Storage[] = [];
afterEach(async () => {
  for (const storage of opened.splice(0)) await storage.close();
});

/** A store with one user, workspace and space `sp1` registered, so queries can see the space. */
async function store(): Promise<Storage> {
  const storage = openSqliteStorage(tempDataDir());
  opened.push(storage);
  await storage.createUser({ id: 'lead', email: 'l@x.test', name: 'Lead', passwordHash: 'x', createdAt: 1 });
  await storage.createWorkspace({ id: 'ws1', name: 'W', type: 'private', createdBy: 'lead', createdAt: 1 });
  await storage.createSpace({ id: 'sp1', workspaceId: 'ws1', createdBy: 'lead', createdAt: 1 });
  return storage;
}

/** A space document with two cards created by `seeder` and one move. */
function seededSpace(): Y.Doc {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'sp1' }, { actor: 'seeder' });
  const [todo, doing] = orderedStatuses(doc);
  const card = createCard(doc, { statusId: todo!.id, title: 'Pump seal' }, { actor: 'seeder' });
  createCard(doc, { statusId: todo!.id, title: 'Door hinge' }, { actor: 'seeder' });
  moveCard(doc, { cardId: card, toStatusId: doing!.id }, { actor: 'seeder' });
  return doc;
}

const page = (storage: Storage) => storage.queryActivity({ workspaceIds: ['ws1'], limit: 50 });

function peer(userId: string): Peer {
  return {
    userId,
    readOnly: false,
    ownAwarenessId: undefined,
    relayedAwarenessIds: new Set(),
    lastSentAt: 0,
    send() {},
    close() {},
  };
}

describe('activity backfill', () => {
  it('stores the missing events with their recorded authors, and skips a space already complete', async () => {
    const storage = await store();
    const doc = seededSpace();
    expect(await backfillActivity(storage, 'sp1', doc, 3)).toBe(3);
    const rows = await page(storage);
    expect(rows.map((row) => [row.type, row.actor, row.actorSource, row.data.title ?? null])).toEqual([
      ['moved', 'seeder', 'recorded', null],
      ['created', 'seeder', 'recorded', 'Door hinge'],
      ['created', 'seeder', 'recorded', 'Pump seal'],
    ]);
    // Backfilled rows are named too: the move knows the status it left, replayed from the history.
    const [todo, doing] = orderedStatuses(doc);
    expect(rows[0]!.names).toEqual({
      card: 'Pump seal',
      fromStatusId: todo!.id,
      statuses: { [todo!.id]: todo!.name, [doing!.id]: doing!.name },
    });
    expect(rows[0]!.actorName).toBeNull();
    // Complete: the document is not even read (this one throws on any use).
    const untouchable = new Proxy(
      {},
      {
        get: () => {
          throw new Error('the history was decoded');
        },
      },
    ) as Y.Doc;
    expect(await backfillActivity(storage, 'sp1', untouchable, 3)).toBe(0);
    expect(await storage.countActivity('sp1')).toBe(3);
  });

  it('names the other card of a relation, on both cards’ rows', async () => {
    const storage = await store();
    const doc = seededSpace();
    const cards = doc.getMap<Y.Map<unknown>>('cards');
    const idOf = (title: string) => [...cards.keys()].find((id) => cards.get(id)!.get('title') === title)!;
    const [pump, door] = [idOf('Pump seal'), idOf('Door hinge')];
    addRelation(doc, { kind: 'next', from: pump, to: door }, { actor: 'seeder' });
    expect(await backfillActivity(storage, 'sp1', doc, readHistory(doc).length)).toBe(5);
    const related = (await page(storage)).filter((row) => row.type === 'related');
    expect(related.map((row) => [row.cardId, row.data.role, row.names])).toEqual(
      expect.arrayContaining([
        [pump, 'next', { card: 'Pump seal', related: 'Door hinge' }],
        [door, 'previous', { card: 'Door hinge', related: 'Pump seal' }],
      ]),
    );
  });

  it('fills only the gap and leaves events the live observer took to it', async () => {
    const storage = await store();
    const doc = seededSpace();
    const [created, other, moved] = readHistory(doc);
    // One row stored live earlier; another being stored by the observer right now.
    await storage.insertActivity([toActivity('sp1', created!, 'lead')]);
    expect(await backfillActivity(storage, 'sp1', doc, 3, new Set([other!.id]))).toBe(1);
    expect((await page(storage)).map((row) => [row.eventId, row.actor, row.actorSource])).toEqual([
      [moved!.id, 'seeder', 'recorded'],
      [created!.id, 'lead', 'session'],
    ]);
  });
});

describe('activity projection of a loaded space', () => {
  it('backfills at load, then records live events with the writing connection or API caller', async () => {
    const storage = await store();
    await storage.appendUpdate('space/sp1', Y.encodeStateAsUpdate(seededSpace()));
    const logged: string[] = [];
    const log = (message: string) => void logged.push(message);
    const registry = new DocRegistry(storage, {
      unloadDelayMs: 60_000,
      compactThreshold: 500,
      onLoaded: (shared) => projectActivity(shared, storage, log),
    });
    const shared = await registry.acquire('space/sp1');
    const agent = peer('agent');
    shared.peers.add(agent);

    // A client's update, authored in the tuple as someone else, applied with its connection as origin.
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(shared.doc));
    const before = Y.encodeStateVector(client);
    createCard(client, { statusId: orderedStatuses(client)[0]!.id, title: 'Fan' }, { actor: 'impostor' });
    Y.applyUpdate(shared.doc, Y.encodeStateAsUpdate(client, before), agent);
    // An API call on behalf of a signed-in user.
    await registry.withDoc(
      'space/sp1',
      (doc) => createCard(doc, { statusId: orderedStatuses(doc)[0]!.id, title: 'Hob' }, { actor: 'lead' }),
      'lead',
    );
    await shared.flushed();
    await new Promise((resolve) => setImmediate(resolve));

    const rows = await page(storage);
    expect(
      rows.map((row) => [row.data.title ?? row.type, row.actor, row.actorSource, row.recordedBy]),
    ).toEqual([
      ['Hob', 'lead', 'session', 'lead'],
      ['Fan', 'agent', 'session', 'impostor'],
      ['moved', 'seeder', 'recorded', 'seeder'],
      ['Door hinge', 'seeder', 'recorded', 'seeder'],
      ['Pump seal', 'seeder', 'recorded', 'seeder'],
    ]);
    expect(logged).toEqual([]);
    shared.peers.delete(agent);
    registry.release(shared);
    await registry.closeAll();
  });

  it('names what a live move left from the stored rows of a card met before the load', async () => {
    const storage = await store();
    await storage.appendUpdate('space/sp1', Y.encodeStateAsUpdate(seededSpace()));
    const lookups: string[] = [];
    const watched: Storage = {
      ...storage,
      activityCardState: (spaceId, cardId) => {
        lookups.push(cardId);
        return storage.activityCardState(spaceId, cardId);
      },
    };
    const registry = new DocRegistry(watched, {
      unloadDelayMs: 60_000,
      compactThreshold: 500,
      onLoaded: (shared) => projectActivity(shared, watched, () => undefined),
    });
    const shared = await registry.acquire('space/sp1');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const [todo, doing] = orderedStatuses(shared.doc);
    const pump = readHistory(shared.doc).find((event) => event.type === 'created')!.card;
    // Pump seal went To do → Doing before the load; now back, twice over in one go.
    await registry.withDoc(
      'space/sp1',
      (doc) => {
        moveCard(doc, { cardId: pump, toStatusId: todo!.id }, { actor: 'lead' });
        moveCard(doc, { cardId: pump, toStatusId: doing!.id }, { actor: 'lead' });
      },
      'lead',
    );
    await new Promise((resolve) => setImmediate(resolve));
    const [last, back] = await page(storage);
    expect(back!.names).toMatchObject({ card: 'Pump seal', fromStatusId: doing!.id });
    expect(last!.names).toMatchObject({ card: 'Pump seal', fromStatusId: todo!.id });
    expect(lookups).toEqual([pump]);
    registry.release(shared);
    await registry.closeAll();
  });

  it('still stores and broadcasts an update when the projection write fails, and backfills it next load', async () => {
    const storage = await store();
    let failing = true;
    const flaky: Storage = {
      ...storage,
      insertActivity: (rows) =>
        failing ? Promise.reject(new Error('disk full')) : storage.insertActivity(rows),
    };
    const logged: string[] = [];
    const registryOf = () =>
      new DocRegistry(flaky, {
        unloadDelayMs: 60_000,
        compactThreshold: 500,
        onLoaded: (shared) => projectActivity(shared, flaky, (message) => void logged.push(message)),
      });
    let registry = registryOf();
    const shared = await registry.acquire('space/sp1');
    const watcher = peer('watcher');
    const received: Uint8Array[] = [];
    watcher.send = (message) => void received.push(message);
    shared.peers.add(watcher);
    await registry.withDoc('space/sp1', (doc) => initSpaceDoc(doc, { id: 'sp1' }, { actor: 'lead' }), 'lead');
    await registry.withDoc(
      'space/sp1',
      (doc) => createCard(doc, { statusId: orderedStatuses(doc)[0]!.id, title: 'Kettle' }, { actor: 'lead' }),
      'lead',
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(received.length).toBeGreaterThanOrEqual(2);
    expect(logged.some((message) => message.includes('not recorded'))).toBe(true);
    expect(await storage.countActivity('sp1')).toBe(0);
    shared.peers.delete(watcher);
    registry.release(shared);
    await registry.closeAll();

    failing = false;
    registry = registryOf();
    const again = await registry.acquire('space/sp1');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const rows = await page(storage);
    expect(rows.map((row) => [row.data.title, row.actor, row.actorSource])).toEqual([
      ['Kettle', 'lead', 'recorded'],
    ]);
    registry.release(again);
    await registry.closeAll();
  });
});
