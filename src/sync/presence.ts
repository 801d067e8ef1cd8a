/**
 * Presence on one open space, carried by the document's Yjs awareness (never stored in the document): who
 * else has the space open, and which card each of them is dragging right now.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DocumentHandle } from './documentPool.ts';

export interface Peer {
  userId: string;
  name: string;
  /** The card this person is dragging, or null. */
  draggingCardId: string | null;
}

export interface PresenceState {
  /** Other people on the space (one entry per person, however many tabs), by name. */
  peers: Peer[];
}

export interface Presence {
  store: StoreApi<PresenceState>;
  /** Tell the others which card this user is dragging (null when the drag ends). */
  setDragging(cardId: string | null): void;
  /** Leave: the others stop seeing this user. */
  destroy(): void;
}

interface LocalFields {
  user?: { id?: unknown; name?: unknown };
  dragging?: unknown;
}

/** Announce `user` on the space's awareness and follow everyone else's. */
export function joinPresence(
  handle: Pick<DocumentHandle, 'awareness'>,
  user: { id: string; name: string },
): Presence {
  const { awareness } = handle;
  const store = createStore<PresenceState>(() => ({ peers: [] }));
  awareness.setLocalStateField('user', { id: user.id, name: user.name });
  awareness.setLocalStateField('dragging', null);

  const read = () => {
    const byUser = new Map<string, Peer>();
    awareness.getStates().forEach((state, clientId) => {
      if (clientId === awareness.clientID) return;
      const fields = state as LocalFields;
      const id = fields.user?.id;
      const name = fields.user?.name;
      if (typeof id !== 'string' || typeof name !== 'string' || id === user.id) return;
      const dragging = typeof fields.dragging === 'string' ? fields.dragging : null;
      const known = byUser.get(id);
      byUser.set(id, { userId: id, name, draggingCardId: known?.draggingCardId ?? dragging });
    });
    const peers = [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name));
    const prev = store.getState().peers;
    const same =
      prev.length === peers.length &&
      prev.every(
        (peer, i) =>
          peer.userId === peers[i]!.userId &&
          peer.name === peers[i]!.name &&
          peer.draggingCardId === peers[i]!.draggingCardId,
      );
    if (!same) store.setState({ peers });
  };
  awareness.on('change', read);
  read();

  let left = false;
  return {
    store,
    setDragging(cardId) {
      if (!left) awareness.setLocalStateField('dragging', cardId);
    },
    destroy() {
      if (left) return;
      left = true;
      awareness.off('change', read);
      awareness.setLocalStateField('user', null);
      awareness.setLocalStateField('dragging', null);
    },
  };
}
