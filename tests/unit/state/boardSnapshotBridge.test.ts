// A space opened before its document is loaded: the bridge shows a board snapshot, publishes nothing while
// the document loads in slices, then swaps the document's state in once, keeping the snapshot's objects
// wherever they read equal.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCard, initSpaceDoc, orderedStatuses, updateCard } from '../../../src/domain/index.ts';
import { bridgeSpace } from '../../../src/sync/bridge/spaceBridge.ts';
import { readSpaceState, readSpaceStateInSlices } from '../../../src/sync/bridge/spaceState.ts';
import type { SpaceState } from '../../../src/state/spaceStore.ts';

const ctx = { actor: 'u1', now: () => 1_700_000_000_000 };

/** A space with `count` cards over its first two statuses. */
function seededSpace(count: number) {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1' }, ctx);
  const [s1, s2] = orderedStatuses(doc).map((s) => s.id) as [string, string];
  const cards: string[] = [];
  for (let i = 0; i < count; i++)
    cards.push(createCard(doc, { statusId: i % 2 ? s2 : s1, title: `Claim ${i}` }, ctx));
  return { doc, s1, s2, cards };
}

/** What travels through IndexedDB or the server's JSON. */
function pictured(state: SpaceState): SpaceState {
  return JSON.parse(JSON.stringify(state)) as SpaceState;
}

describe('the space state reader', () => {
  it('reads what the bridge starts from, in one go or in slices, and survives JSON', async () => {
    const { doc } = seededSpace(30);
    const bridge = bridgeSpace(doc);
    const first = bridge.store.getState();
    expect(readSpaceState(doc)).toEqual(first);
    let pauses = 0;
    const sliced = await readSpaceStateInSlices(
      doc,
      async () => {
        pauses++;
      },
      7,
    );
    expect(sliced).toEqual(first);
    expect(pauses).toBeGreaterThan(4);
    expect(pictured(first)).toEqual(first);
    bridge.destroy();
  });
});

describe('bridging a space that is still loading', () => {
  it('publishes nothing per slice, swaps once, and keeps the snapshot objects that read equal', async () => {
    const { doc: source, s1, cards } = seededSpace(40);
    const snapshot = pictured(readSpaceState(source));
    // Since the snapshot was taken, one card changed on the server.
    updateCard(source, { cardId: cards[3]!, title: 'Claim 3, escalated' }, ctx);

    const doc = new Y.Doc();
    let loaded!: () => void;
    const whenLoaded = new Promise<void>((resolve) => (loaded = resolve));
    const bridge = bridgeSpace(doc, { whenLoaded, pause: async () => {} });
    const publishes: SpaceState[] = [];
    bridge.store.subscribe((state) => publishes.push(state));
    expect(bridge.load.getState()).toBe('waiting');

    expect(bridge.showSnapshot(snapshot)).toBe(true);
    expect(bridge.load.getState()).toBe('snapshot');
    expect(publishes).toHaveLength(1);
    // History is read from the document only: none until it is loaded.
    expect(bridge.store.getState().historyLength).toBe(-1);

    // The document loads in slices, one transaction each: what the source holds, then what it gained since.
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
    createCard(source, { statusId: s1, title: 'Last slice' }, ctx);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source, Y.encodeStateVector(doc)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(publishes).toHaveLength(1);
    expect(bridge.store.getState()).toBe(publishes[0]);

    loaded();
    await bridge.whenLive;
    expect(publishes).toHaveLength(2);
    expect(bridge.load.getState()).toBe('live');
    const live = bridge.store.getState();
    // The same state as read at once; `cardsVersion` counts the swaps and edits this store saw.
    expect(live).toEqual({ ...readSpaceState(doc), cardsVersion: expect.any(Number) });
    // Unchanged records and columns keep the snapshot's objects; the changed card is new.
    expect(live.cards[cards[0]!]).toBe(snapshot.cards[cards[0]!]);
    expect(live.statuses).toBe(snapshot.statuses);
    expect(live.cards[cards[3]!]).not.toBe(snapshot.cards[cards[3]!]);
    expect(live.cards[cards[3]!]!.title).toBe('Claim 3, escalated');
    expect(live.columns[orderedStatuses(doc)[1]!.id]).toBe(snapshot.columns[orderedStatuses(doc)[1]!.id]);
    // The cards' record is the bridge's own, since it changes it in place: the snapshot's stays as it was.
    expect(live.cards).not.toBe(snapshot.cards);
    const shown = { ...snapshot.cards };
    updateCard(doc, { cardId: cards[0]!, title: 'Claim 0, reopened' }, ctx);
    expect(bridge.store.getState().cards[cards[0]!]!.title).toBe('Claim 0, reopened');
    expect(snapshot.cards).toEqual(shown);

    // A snapshot that arrives late is ignored; the store follows the document from now on.
    expect(bridge.showSnapshot(snapshot)).toBe(false);
    updateCard(doc, { cardId: cards[0]!, title: 'Claim 0, done' }, ctx);
    expect(bridge.store.getState().cards[cards[0]!]!.title).toBe('Claim 0, done');
    bridge.destroy();
  });

  it('re-reads what changed while the loaded document was being read in slices', async () => {
    const { doc, cards } = seededSpace(20);
    let pauses = 0;
    const bridge = bridgeSpace(doc, {
      whenLoaded: Promise.resolve(),
      // Midway through the read, a remote edit lands on a card that may already have been read.
      pause: async () => {
        if (++pauses === 2) updateCard(doc, { cardId: cards[0]!, title: 'Edited during the read' }, ctx);
      },
    });
    await bridge.whenLive;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(bridge.store.getState().cards[cards[0]!]!.title).toBe('Edited during the read');
    expect(bridge.store.getState()).toEqual({ ...readSpaceState(doc), cardsVersion: expect.any(Number) });
    bridge.destroy();
  });

  it('goes live with what there is when the document never loads (refused)', async () => {
    const bridge = bridgeSpace(new Y.Doc(), { whenLoaded: Promise.reject(new Error('refused')) });
    await bridge.whenLive;
    expect(bridge.load.getState()).toBe('live');
    expect(bridge.store.getState().statuses).toEqual({});
    bridge.destroy();
  });
});
