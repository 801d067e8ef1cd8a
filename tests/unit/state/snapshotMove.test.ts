// A card dropped while its space still shows the board snapshot: the board shows it where it was dropped
// until the loaded document, with the waiting move run on it, takes over.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCard, initSpaceDoc, orderedStatuses } from '../../../src/domain/index.ts';
import { showMoveOnSnapshot } from '../../../src/state/index.ts';
import { bridgeSpace } from '../../../src/sync/bridge/spaceBridge.ts';
import { readSpaceState } from '../../../src/sync/bridge/spaceState.ts';
import { bindSpaceActions } from '../../../src/sync/spaceActions.ts';

const ctx = { actor: 'u1' };

describe('a drop on the board snapshot', () => {
  it('shows the card where it was dropped, then the document with the move made', async () => {
    const source = new Y.Doc();
    initSpaceDoc(source, { id: 'space1' }, ctx);
    const [s1, s2] = orderedStatuses(source).map((s) => s.id) as [string, string];
    const pump = createCard(source, { statusId: s1, title: 'Pump' }, ctx);
    const seal = createCard(source, { statusId: s2, title: 'Seal' }, ctx);
    const snapshot = JSON.parse(JSON.stringify(readSpaceState(source))) as ReturnType<typeof readSpaceState>;

    const doc = new Y.Doc();
    let loaded!: () => void;
    const whenLoaded = new Promise<void>((resolve) => (loaded = resolve));
    const bridge = bridgeSpace(doc, { whenLoaded, pause: async () => {} });
    expect(bridge.showSnapshot({ ...snapshot, historyLength: -1 })).toBe(true);
    const actions = bindSpaceActions({ doc }, 'u1', { whenLive: bridge.whenLive, load: bridge.load });

    actions.moveCard({ cardId: pump, toStatusId: s2, afterId: seal });
    showMoveOnSnapshot(bridge.store, { cardId: pump, toStatusId: s2, order: [seal, pump] });
    const shown = bridge.store.getState();
    expect(shown.columns[s2]).toEqual([seal, pump]);
    // The column it left has no cards: no entry, as the store keeps columns.
    expect(shown.columns[s1]).toBeUndefined();
    expect(shown.cards[pump]!.pos.statusId).toBe(s2);

    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
    loaded();
    await bridge.whenLive;
    await Promise.resolve();
    const live = bridge.store.getState();
    expect(live.columns[s2]).toEqual([seal, pump]);
    expect(live.historyLength).toBeGreaterThan(0);
    // Once the store follows the document, the document alone says where cards are.
    showMoveOnSnapshot(bridge.store, { cardId: seal, toStatusId: s1, order: [seal] });
    expect(bridge.store.getState().columns[s2]).toEqual([seal, pump]);
    actions.destroy();
    bridge.destroy();
  });
});
