// @vitest-environment jsdom
// A card dropped while the space still shows its board snapshot: the move waits for the document, and the
// board shows and announces the card where it was dropped meanwhile, not where it was.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardsInStatus, initSpaceDoc, orderedStatuses } from '../../../../src/domain/index.ts';
import { bindSpaceActions, bridgeSpace, readSpaceState } from '../../../../src/sync/index.ts';
import { boardAnnouncements } from '../../../../src/ui/views/kanban/announcements';
import { columnDropId } from '../../../../src/ui/views/kanban/preview';
import { useBoardDrag } from '../../../../src/ui/views/kanban/useBoardDrag';

describe('a card dropped while the space loads', () => {
  afterEach(cleanup);

  it('shows where it was dropped and is announced there, and is there once the space has loaded', async () => {
    const source = new Y.Doc();
    initSpaceDoc(source, { id: 'space1', template: 'warranty-claims' }, { actor: 'u1' });
    const [from, to] = orderedStatuses(source).map((status) => status.id) as [string, string];
    const seller = bindSpaceActions({ doc: source }, 'u1');
    const kettle = seller.createCard({ statusId: from, title: 'Claim 4716: kettle' });
    const snapshot = { ...readSpaceState(source), historyLength: -1 };

    const doc = new Y.Doc();
    let loaded!: () => void;
    const whenLoaded = new Promise<void>((resolve) => (loaded = resolve));
    const bridge = bridgeSpace(doc, { whenLoaded, pause: async () => {} });
    bridge.showSnapshot(JSON.parse(JSON.stringify(snapshot)) as typeof snapshot);
    const actions = bindSpaceActions({ doc }, 'u1', { whenLive: bridge.whenLive, load: bridge.load });
    const { store } = bridge;
    const { result } = renderHook(() => useBoardDrag(store, actions, () => {}));

    act(() =>
      result.current.onDragStart({
        active: { id: kettle },
        activatorEvent: new KeyboardEvent('keydown'),
      } as never),
    );
    const drop = {
      active: { id: kettle, rect: { current: { translated: null } } },
      over: { id: columnDropId(to) },
    };
    act(() => result.current.onDragEnd(drop as never));
    const said = boardAnnouncements(store.getState, result.current.columnIds, result.current.columnOf)
      .onDragEnd!(drop as never);
    expect(said).toBe('Claim 4716: kettle was dropped at position 1 of 1 in Awaiting documents.');
    expect(store.getState().columns[to]).toEqual([kettle]);
    expect(store.getState().columns[from] ?? []).toEqual([]);
    // The document has not been written yet: it is not loaded.
    expect(cardsInStatus(doc, to)).toEqual([]);

    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
    loaded();
    await bridge.whenLive;
    await Promise.resolve();
    expect(cardsInStatus(doc, to).map((card) => card.id)).toEqual([kettle]);
    expect(store.getState().columns[to]).toEqual([kettle]);
    actions.destroy();
    bridge.destroy();
  });
});
