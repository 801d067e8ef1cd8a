import { describe, expect, it } from 'vitest';
import {
  aggregateConnection,
  createConnectionStore,
  removeDocConnection,
  setDocConnection,
  setDocLocalCopy,
  type DocConnectionState,
} from '../../../src/state/connectionStore.ts';

const docs = (...states: DocConnectionState[]) =>
  Object.fromEntries(
    states.map((state, i) => [`space/s${i}`, { state, code: null, since: 0, localCopy: 'ok' as const }]),
  );

describe('connection summary', () => {
  it('is offline as soon as one socket is down, else syncing while any document catches up', () => {
    expect(aggregateConnection(docs('online', 'offline', 'syncing'))).toBe('offline');
    expect(aggregateConnection(docs('online', 'syncing', 'connecting'))).toBe('syncing');
    expect(aggregateConnection(docs('online', 'connecting'))).toBe('connecting');
    expect(aggregateConnection(docs('online', 'online'))).toBe('online');
  });

  it('ignores refused documents and is online with nothing open', () => {
    expect(aggregateConnection(docs('online', 'denied'))).toBe('online');
    expect(aggregateConnection({})).toBe('online');
  });

  it('notifies only on real changes and forgets closed documents', () => {
    const store = createConnectionStore();
    let notified = 0;
    store.subscribe(() => notified++);
    setDocConnection(store, 'space/a', 'offline', null, 10);
    setDocConnection(store, 'space/a', 'offline', null, 20);
    expect(notified).toBe(1);
    expect(store.getState().docs['space/a']).toEqual({
      state: 'offline',
      code: null,
      since: 10,
      localCopy: 'ok',
    });
    expect(store.getState().aggregate).toBe('offline');

    setDocConnection(store, 'space/a', 'denied', 4403, 30);
    expect(store.getState().docs['space/a']?.code).toBe(4403);
    expect(store.getState().aggregate).toBe('online');

    removeDocConnection(store, 'space/a');
    expect(store.getState().docs).toEqual({});
    expect(notified).toBe(3);
  });

  it('keeps a document’s failing local copy across connection changes and summarises it', () => {
    const store = createConnectionStore();
    setDocConnection(store, 'space/a', 'connecting', null, 10);
    setDocConnection(store, 'space/b', 'connecting', null, 10);
    expect(store.getState().localCopy).toBe('ok');

    setDocLocalCopy(store, 'space/a', 'failing');
    setDocConnection(store, 'space/a', 'online', null, 20);
    expect(store.getState().docs['space/a']).toMatchObject({ state: 'online', localCopy: 'failing' });
    expect(store.getState().docs['space/b']?.localCopy).toBe('ok');
    expect(store.getState().localCopy).toBe('failing');

    setDocLocalCopy(store, 'space/gone', 'failing'); // already closed: nothing to flag
    expect(store.getState().docs['space/gone']).toBeUndefined();
    removeDocConnection(store, 'space/a');
    expect(store.getState().localCopy).toBe('ok');
  });
});
