import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  createCard,
  initSpaceDoc,
  moveCard,
  orderedStatuses,
  updateCard,
} from '../../../src/domain/index.ts';
import { afterQueuedTasks, type DeferRemote } from '../../../src/sync/bridge/deferRemote.ts';
import { publishPending } from '../../../src/sync/bridge/docBridge.ts';
import { bridgeSpace, type SpaceBridge } from '../../../src/sync/bridge/spaceBridge.ts';
import { selectColumn } from '../../../src/state/spaceStore.ts';

const ctx = { actor: 'u1', now: () => 1_700_000_000_000 };
const bridges: SpaceBridge[] = [];

afterEach(() => {
  bridges.splice(0).forEach((b) => b.destroy());
  vi.useRealTimers();
});

/** A deferral the test runs by hand, counting what is scheduled and cancelled. */
function manualDefer() {
  const pending: (() => void)[] = [];
  let cancelled = 0;
  const defer: DeferRemote = (publish) => {
    pending.push(publish);
    return () => {
      cancelled++;
      const at = pending.indexOf(publish);
      if (at >= 0) pending.splice(at, 1);
    };
  };
  return {
    defer,
    pending: () => pending.length,
    cancelled: () => cancelled,
    runAll: () => pending.splice(0).forEach((publish) => publish()),
  };
}

/** The same space in two documents: `doc` is bridged, `peer` is the other client writing into it. */
function twoClients(defer: DeferRemote) {
  const peer = new Y.Doc();
  initSpaceDoc(peer, { id: 'space1' }, ctx);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
  const bridge = bridgeSpace(doc, { deferRemote: defer });
  bridges.push(bridge);
  // Each of the peer's transactions reaches `doc` as its own update, as over the websocket.
  peer.on('update', (update: Uint8Array) => Y.applyUpdate(doc, update, 'server'));
  const [s1, s2] = orderedStatuses(peer).map((s) => s.id);
  return { doc, peer, store: bridge.store, s1: s1!, s2: s2! };
}

describe('deferred remote transactions', () => {
  it('publishes a burst of remote transactions as one store update', () => {
    const clock = manualDefer();
    const { peer, store, s1, s2 } = twoClients(clock.defer);
    const updates = vi.fn();
    store.subscribe(updates);

    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(createCard(peer, { statusId: s1, title: `Claim ${i}` }, ctx));
    for (const cardId of ids.slice(0, 10)) moveCard(peer, { cardId, toStatusId: s2 }, ctx);

    expect(updates).not.toHaveBeenCalled();
    expect(selectColumn(s1)(store.getState())).toEqual([]);
    expect(clock.pending()).toBe(1);

    clock.runAll();
    expect(updates).toHaveBeenCalledTimes(1);
    expect(selectColumn(s1)(store.getState())).toEqual(ids.slice(10));
    expect(selectColumn(s2)(store.getState())).toEqual(ids.slice(0, 10));
  });

  it('publishes pending remote changes with the next local edit, at once', () => {
    const clock = manualDefer();
    const { doc, peer, store, s1 } = twoClients(clock.defer);
    const remote = createCard(peer, { statusId: s1, title: 'From the other client' }, ctx);
    expect(store.getState().cards[remote]).toBeUndefined();

    const local = createCard(doc, { statusId: s1, title: 'Typed here' }, ctx);

    expect(selectColumn(s1)(store.getState())).toEqual([remote, local]);
    expect(clock.pending()).toBe(0);
    expect(clock.cancelled()).toBe(1);
  });

  it('publishes local edits at once when nothing remote is pending', () => {
    const clock = manualDefer();
    const { doc, store, s1 } = twoClients(clock.defer);
    const cardId = createCard(doc, { statusId: s1, title: 'Typed here' }, ctx);
    updateCard(doc, { cardId, title: 'Typed here, fixed' }, ctx);
    expect(store.getState().cards[cardId]?.title).toBe('Typed here, fixed');
    expect(clock.pending()).toBe(0);
  });

  it('drops the pending publish when the bridge is destroyed', () => {
    const clock = manualDefer();
    const { peer, store, s1 } = twoClients(clock.defer);
    createCard(peer, { statusId: s1, title: 'Late' }, ctx);
    bridges.splice(0).forEach((b) => b.destroy());
    expect(clock.pending()).toBe(0);
    expect(selectColumn(s1)(store.getState())).toEqual([]);
  });

  it('afterQueuedTasks publishes the remote transactions so far once, in a later task', () => {
    vi.useFakeTimers();
    const { peer, store, s1 } = twoClients(afterQueuedTasks);
    const updates = vi.fn();
    store.subscribe(updates);
    createCard(peer, { statusId: s1, title: 'First' }, ctx);
    createCard(peer, { statusId: s1, title: 'Second' }, ctx);
    expect(updates).not.toHaveBeenCalled();
    vi.runOnlyPendingTimers();
    expect(updates).toHaveBeenCalledTimes(1);
    expect(selectColumn(s1)(store.getState())).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('publishes what it holds back at once when asked, so a change of one’s own is compared alone', () => {
    const clock = manualDefer();
    const { doc, peer, store, s1 } = twoClients(clock.defer);
    const own = createCard(doc, { statusId: s1, title: 'Mine' }, ctx);
    const theirs = createCard(peer, { statusId: s1, title: 'Theirs' }, ctx);
    expect(store.getState().cards[theirs]).toBeUndefined();
    expect(clock.pending()).toBe(1);

    publishPending(store);
    expect(store.getState().cards[theirs]?.title).toBe('Theirs');
    expect(clock.cancelled()).toBe(1);
    // What the store shows before one's own next change is all there is: the change adds only itself.
    const before = { ...store.getState().cards };
    updateCard(doc, { cardId: own, title: 'Mine, renamed' }, ctx);
    const after = store.getState().cards;
    expect(Object.keys(after).filter((id) => after[id] !== before[id])).toEqual([own]);
    // Nothing held back: asking again publishes nothing.
    const updates = vi.fn();
    store.subscribe(updates);
    publishPending(store);
    expect(updates).not.toHaveBeenCalled();
  });
});
