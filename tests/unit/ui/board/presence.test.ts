// Presence between two people on one space: two awareness instances exchanging their updates.
import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { joinPresence } from '../../../../src/sync/index.ts';

function linked() {
  const a = new Awareness(new Y.Doc());
  const b = new Awareness(new Y.Doc());
  const relay = (from: Awareness, to: Awareness) =>
    from.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const changed = [...added!, ...updated!, ...removed!];
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, changed), 'remote');
    });
  relay(a, b);
  relay(b, a);
  return { a, b };
}

describe('presence', () => {
  it('shows each person the other, and the card the other is dragging', () => {
    const { a, b } = linked();
    const ada = joinPresence({ awareness: a }, { id: 'u1', name: 'Ada' });
    const bob = joinPresence({ awareness: b }, { id: 'u2', name: 'Bob' });

    expect(ada.store.getState().peers).toEqual([{ userId: 'u2', name: 'Bob', draggingCardId: null }]);
    expect(bob.store.getState().peers).toEqual([{ userId: 'u1', name: 'Ada', draggingCardId: null }]);

    ada.setDragging('card1');
    expect(bob.store.getState().peers[0]?.draggingCardId).toBe('card1');
    ada.setDragging(null);
    expect(bob.store.getState().peers[0]?.draggingCardId).toBeNull();

    ada.destroy();
    expect(bob.store.getState().peers).toEqual([]);
  });

  it("does not list the user's own other tabs", () => {
    const { a, b } = linked();
    const first = joinPresence({ awareness: a }, { id: 'u1', name: 'Ada' });
    joinPresence({ awareness: b }, { id: 'u1', name: 'Ada' });
    expect(first.store.getState().peers).toEqual([]);
  });
});
