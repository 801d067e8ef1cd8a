/**
 * One loaded document on the server: its `Y.Doc`, its awareness and the connections that have it open.
 *
 * The invariant this file keeps: an update reaches another connection only after it is stored. Every update
 * is handed to storage inside the doc's `update` handler, and its broadcast waits for that write; writes and
 * broadcasts run through one promise chain, so connections see updates in the order they were applied.
 */
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Storage } from '../storage/types.ts';
import { SliceCache, type SliceCacheOptions } from './coldSlices.ts';
import { encodeAwareness, encodeAwarenessRemoval, encodeUpdate } from './messages.ts';

/** What a document needs from a connection. */
export interface Peer {
  readonly userId: string;
  readOnly: boolean;
  /**
   * The awareness client id this connection speaks for as its own client: decided by its first awareness
   * message (`undefined` until then, `null` if that message named none it could have). See `admitAwareness`.
   */
  ownAwarenessId: number | null | undefined;
  /** Ids nobody owns whose states this connection relayed (other tabs of its browser); removed when it leaves. */
  readonly relayedAwarenessIds: Set<number>;
  /** When a message was last sent to this connection (`Date.now()`), or when it opened. */
  readonly lastSentAt: number;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** One entry of an awareness update, as received. */
export interface AwarenessEntry {
  id: number;
  clock: number;
  /** The state as JSON. */
  json: string;
  /** Whether the state is `null`: the entry removes the client. */
  removal: boolean;
}

/**
 * Relayed ids one connection may keep alive. The stock client relays every presence it learns, including
 * sibling tabs over BroadcastChannel whose own sockets are not open yet; a handful covers that, while a
 * flood of made-up ids cannot grow the server's memory.
 */
export const MAX_RELAYED_AWARENESS_IDS = 8;
/**
 * A connection that has been sent nothing for this long hears its own presence change back (see
 * `onAwarenessUpdate`): well inside the 30 s after which the stock client gives a silent socket up.
 */
export const ECHO_WHEN_QUIET_MS = 10_000;
/** Longest awareness state, as JSON characters: a name, a colour and a cursor need far less. */
export const MAX_AWARENESS_STATE = 16 * 1024;

export interface SharedDocHooks {
  /** Called after a write when the log has grown past the compaction threshold. */
  onLogGrown(shared: SharedDoc): void;
  /** Called once when a write fails; the document must be dropped without trusting its memory state. */
  onStorageFailure(shared: SharedDoc, error: unknown): void;
}

export class SharedDoc {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly peers = new Set<Peer>();
  /** The document's state as slices for clients that arrive with (nearly) nothing (`coldSlices.ts`). */
  readonly slices: SliceCache;
  /** Holders: open connections and API calls in progress. The doc may unload when this drops to 0. */
  holds = 0;
  /** Sequence number of the newest stored row whose content is in `doc`. */
  lastSeq: number;
  /** Sequence numbers of the stored log rows in `doc` not yet in a snapshot: what a compaction folds in. */
  readonly unfolded: number[];
  compacting = false;
  failed = false;
  /**
   * The signed-in user an API call writes for while its function runs (see `DocRegistry.withDoc`), so a
   * projection can name the authenticated author of a write whose origin is not a connection.
   */
  apiActor: string | null = null;
  /** The live connection whose own client each awareness id is, so nobody else may speak for it. */
  private readonly awarenessOwners = new Map<number, Peer>();
  /** Ids nobody owns that have a state, and the connection that relayed them first (it removes them). */
  private readonly awarenessRelayers = new Map<number, Peer>();
  /** The origin of the awareness change being applied (see `onAwarenessChange`); undefined between. */
  private awarenessChangedBy: unknown = undefined;
  /** Updates applied to `doc` whose write has not completed yet. */
  private pendingWrites = 0;
  private tail: Promise<void> = Promise.resolve();

  constructor(
    readonly name: string,
    private readonly storage: Storage,
    private readonly compactThreshold: number,
    private readonly hooks: SharedDocHooks,
    stored: { parts: readonly Uint8Array[]; lastSeq: number; seqs: number[] },
    sliceOptions: SliceCacheOptions = {},
  ) {
    this.doc = new Y.Doc({ gc: true });
    this.slices = new SliceCache(this.doc, sliceOptions);
    // Stored content goes in before the update handler exists: it must not be appended again. The snapshot
    // and log rows are applied one by one in a single transaction: merging them first (`Y.mergeUpdates`)
    // would decode a large snapshot twice.
    if (stored.parts.length > 0) {
      this.doc.transact(() => {
        for (const part of stored.parts) Y.applyUpdate(this.doc, part);
      });
    }
    this.lastSeq = stored.lastSeq;
    this.unfolded = [...stored.seqs];
    this.doc.on('update', this.onUpdate);
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('change', this.onAwarenessChange);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** Stored log rows after the snapshot, i.e. what a compaction would fold in. */
  get rowsSinceSnapshot(): number {
    return this.unfolded.length;
  }

  /** Resolves when every update applied so far is stored and broadcast. */
  flushed(): Promise<void> {
    return this.tail;
  }

  /** Whether every update in `doc` is stored, so its state may be sent to a client. */
  allStored(): boolean {
    return this.pendingWrites === 0;
  }

  /**
   * The entries of an awareness update from `peer` that may be applied, or `'oversized'` when its own
   * client's state is too large (a reason to close it). The stock client relays to the server every
   * presence change it applies, echoes of other connections' states and other tabs' states included, so
   * nothing here is a reason to close:
   * - the first entry with a state in the connection's first awareness message names its own client (the
   *   stock client announces `doc.clientID` alone as soon as the socket opens); it takes that id over from
   *   another live connection of the same user (a stale socket of the same client after a reconnect), and
   *   gets no own id if the id is a live connection of someone else;
   * - entries for another live connection's own id are dropped (echoes; nobody can overwrite or remove
   *   them), and so are entries for the server's own id;
   * - a state for an id nobody owns is a relay: applied, up to `MAX_RELAYED_AWARENESS_IDS` ids per
   *   connection; a removal of such an id is applied only if it has a state (clean-up), and claims nothing.
   */
  admitAwareness(peer: Peer, entries: readonly AwarenessEntry[]): AwarenessEntry[] | 'oversized' {
    if (peer.ownAwarenessId === undefined) {
      const first = entries.find((entry) => !entry.removal);
      if (first) this.claimOwnAwareness(peer, first);
    }
    const own = peer.ownAwarenessId;
    const admitted: AwarenessEntry[] = [];
    for (const entry of entries) {
      const { id, json } = entry;
      if (id === this.awareness.clientID) continue;
      const owner = this.awarenessOwners.get(id);
      if (id === own && (owner === peer || owner === undefined)) {
        if (json.length > MAX_AWARENESS_STATE) return 'oversized';
        // Its state may have timed out (which frees the id); the same connection speaking again gets it back.
        if (owner === undefined) this.takeAwarenessId(peer, id);
        admitted.push(entry);
        continue;
      }
      if (owner !== undefined) continue;
      if (json.length > MAX_AWARENESS_STATE) continue;
      if (entry.removal) {
        if (this.awareness.states.has(id)) admitted.push(entry);
        continue;
      }
      if (!this.awarenessRelayers.has(id)) {
        if (peer.relayedAwarenessIds.size >= MAX_RELAYED_AWARENESS_IDS) continue;
        this.awarenessRelayers.set(id, peer);
        peer.relayedAwarenessIds.add(id);
      }
      admitted.push(entry);
    }
    return admitted;
  }

  /**
   * Applies admitted entries, then forgets relayed ids that ended up without a state (an entry older than
   * what the server has is not applied), with any clock, so the bookkeeping holds only ids that have one.
   */
  applyAwareness(peer: Peer, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
    for (const id of peer.relayedAwarenessIds) {
      if (this.awareness.states.has(id)) continue;
      this.forgetRelayed(id);
      this.awareness.meta.delete(id);
    }
  }

  /** Removes a leaving connection's own client and the relayed ids it introduced, with their clocks. */
  releaseAwareness(peer: Peer): void {
    const ids = [...peer.relayedAwarenessIds];
    const own = peer.ownAwarenessId;
    if (own !== undefined && own !== null && this.awarenessOwners.get(own) === peer) ids.push(own);
    if (ids.length === 0) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
    // After the removal was broadcast (encoding it reads the clocks): Awareness never deletes `meta` itself,
    // and a client reconnecting with the same id and clock must be applied again.
    for (const id of ids) {
      if (this.awarenessOwners.get(id) === peer) this.awarenessOwners.delete(id);
      if (this.awarenessRelayers.get(id) === peer) this.forgetRelayed(id);
      this.awareness.meta.delete(id);
    }
  }

  /** Number of ids in the presence bookkeeping (owned and relayed), for tests and diagnostics. */
  get awarenessIdCount(): number {
    return this.awarenessOwners.size + this.awarenessRelayers.size;
  }

  private claimOwnAwareness(peer: Peer, { id, clock }: AwarenessEntry): void {
    peer.ownAwarenessId = null;
    if (id === this.awareness.clientID) return;
    const owner = this.awarenessOwners.get(id);
    // A live connection of someone else keeps its id; one of the same user is this client's stale socket.
    if (owner !== undefined && owner.userId !== peer.userId) return;
    peer.ownAwarenessId = id;
    this.takeAwarenessId(peer, id);
    // A client back after a dropped socket announces the clock the others saw removed, which they would
    // ignore (a state needs a newer clock): asked to remove itself, it raises its clock and announces again.
    // A new client's clock may be 0, which Awareness never applies; the same answer makes it 1.
    if (owner === undefined) peer.send(encodeAwarenessRemoval(id, clock));
  }

  private takeAwarenessId(peer: Peer, id: number): void {
    this.forgetRelayed(id);
    this.awarenessOwners.set(id, peer);
  }

  private forgetRelayed(id: number): void {
    const relayer = this.awarenessRelayers.get(id);
    if (relayer === undefined) return;
    relayer.relayedAwarenessIds.delete(id);
    this.awarenessRelayers.delete(id);
  }

  /** Stops timers and listeners; the registry calls it when the document unloads. */
  destroy(): void {
    this.awareness.off('change', this.onAwarenessChange);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.slices.clear();
    this.doc.off('update', this.onUpdate);
    this.doc.destroy();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.failed) return;
    // The storage call starts here, synchronously; SQLite has written the row when it returns.
    const written = this.storage.appendUpdate(this.name, update);
    this.pendingWrites += 1;
    this.tail = this.tail
      .then(() => written)
      .finally(() => (this.pendingWrites -= 1))
      .then(
        (seq) => {
          if (this.failed) return;
          this.lastSeq = Math.max(this.lastSeq, seq);
          this.unfolded.push(seq);
          const message = encodeUpdate(update);
          for (const peer of this.peers) if (peer !== origin) peer.send(message);
          if (this.rowsSinceSnapshot > this.compactThreshold) this.hooks.onLogGrown(this);
        },
        (error: unknown) => {
          if (this.failed) return;
          this.failed = true;
          this.hooks.onStorageFailure(this, error);
        },
      );
  };

  /** Awareness says 'change' (a state that differs) just before the 'update' of the same application. */
  private readonly onAwarenessChange = (_: unknown, origin: unknown): void => {
    this.awarenessChangedBy = origin;
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changedBy = this.awarenessChangedBy;
    this.awarenessChangedBy = undefined;
    const changed = [...added, ...updated, ...removed];
    const message = encodeAwareness(this.awareness, changed);
    // A change a connection made (every step of a drag) is not sent back to it: it knows, and it would only
    // decode and drop it. It hears a renewal of its own presence back (every 15 s), and a change of its own
    // when it has heard nothing for a while: the stock client closes a socket that heard nothing for 30 s,
    // and a client alone on a document hears nothing else. One busy dragging never renews (each change
    // resets its clock), so without the second rule it reconnected every 30 s, and each reconnect sends
    // the whole delete set both ways (hundreds of kB on a big space, a long task in the page).
    const now = Date.now();
    for (const peer of this.peers) {
      const ownChange = peer === origin && changedBy === origin;
      if (!ownChange || now - peer.lastSentAt >= ECHO_WHEN_QUIET_MS) peer.send(message);
    }
    // A relayed id whose state was removed is forgotten with its clock (memory stays bounded; a later
    // relay may add it again). A state that timed out (its client went quiet for 30 s) frees its id
    // either way: the connection it belonged to may be dead without having been detected yet.
    for (const id of removed) {
      const relayed = this.awarenessRelayers.has(id);
      if (relayed) this.forgetRelayed(id);
      if (origin === 'timeout' && this.awarenessOwners.has(id)) this.awarenessOwners.delete(id);
      if (relayed || origin === 'timeout') this.awareness.meta.delete(id);
    }
  };
}
