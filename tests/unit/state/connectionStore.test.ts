import { describe, expect, it } from 'vitest';
import {
  aggregateConnection,
  createConnectionStore,
  removeDocConnection,
  setDocConnection,
  type DocConnectionState,
} from '../../../src/state/connectionStore.ts';

const docs = (...states: DocConnectionState[]) =>
  Object.fromEntries(states.map((state, i) => [`space/s${i}`, { state, code: null, since: 0 }]));

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
    expect(store.getState().docs['space/a']).toEqual({ state: 'offline', code: null, since: 10 });
    expect(store.getState().aggregate).toBe('offline');

    setDocConnection(store, 'space/a', 'denied', 4403, 30);
    expect(store.getState().docs['space/a']?.code).toBe(4403);
    expect(store.getState().aggregate).toBe('online');

    removeDocConnection(store, 'space/a');
    expect(store.getState().docs).toEqual({});
    expect(notified).toBe(3);
  });
});
