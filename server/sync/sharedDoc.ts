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
import { encodeAwareness, encodeUpdate } from './messages.ts';

/** What a document needs from a connection. */
export interface Peer {
  readonly userId: string;
  readOnly: boolean;
  /**
   * Awareness client ids this connection owns (see `SharedDoc.claimAwareness`); their states and clocks are
   * removed when it closes.
   */
  readonly awarenessIds: Set<number>;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

/**
 * How long a freed awareness id stays reserved for the user who owned it: long enough for its client to
 * reconnect (y-websocket retries within 2.5 s), so nobody who saw the id in presence can grab it meanwhile.
 */
const AWARENESS_RESERVE_MS = 30_000;
/** Reservations kept before expired ones are swept. */
const AWARENESS_RESERVE_SWEEP = 1024;

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
  /** Holders: open connections and API calls in progress. The doc may unload when this drops to 0. */
  holds = 0;
  /** Sequence number of the newest stored row whose content is in `doc`. */
  lastSeq: number;
  /** Sequence numbers of the stored log rows in `doc` not yet in a snapshot: what a compaction folds in. */
  readonly unfolded: number[];
  compacting = false;
  failed = false;
  /** Which connection owns each awareness client id, so nobody else may speak for it. */
  private readonly awarenessOwners = new Map<number, Peer>();
  /** Recently freed awareness ids and the user each stays reserved for, until when (epoch ms). */
  private readonly awarenessReserved = new Map<number, { userId: string; until: number }>();
  /** Updates applied to `doc` whose write has not completed yet. */
  private pendingWrites = 0;
  private tail: Promise<void> = Promise.resolve();

  constructor(
    readonly name: string,
    private readonly storage: Storage,
    private readonly compactThreshold: number,
    private readonly hooks: SharedDocHooks,
    stored: { parts: readonly Uint8Array[]; lastSeq: number; seqs: number[] },
  ) {
    this.doc = new Y.Doc({ gc: true });
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
   * Whether `peer` may speak for awareness client `id`. A free id becomes the peer's while it has fewer
   * than `limit`; an id another connection owns stays theirs (first come, until it closes or times out),
   * then reserved for that user for a while; the server's own id is nobody's.
   */
  claimAwareness(peer: Peer, id: number, limit: number): 'own' | 'taken' | 'limit' {
    const owner = this.awarenessOwners.get(id);
    if (owner === peer) return 'own';
    if (owner || id === this.awareness.clientID) return 'taken';
    const reserved = this.awarenessReserved.get(id);
    if (reserved && reserved.until > Date.now() && reserved.userId !== peer.userId) return 'taken';
    if (peer.awarenessIds.size >= limit) return 'limit';
    this.awarenessReserved.delete(id);
    this.awarenessOwners.set(id, peer);
    peer.awarenessIds.add(id);
    return 'own';
  }

  /** Removes a leaving connection's presence (telling the others) and forgets its ids entirely. */
  releaseAwareness(peer: Peer): void {
    const ids = [...peer.awarenessIds];
    if (ids.length === 0) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
    // After the removal was broadcast (encoding it reads the clocks): Awareness never deletes `meta` itself.
    for (const id of ids) this.forgetAwareness(id);
  }

  /** Stops timers and listeners; the registry calls it when the document unloads. */
  destroy(): void {
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
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

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    const message = encodeAwareness(this.awareness, changed);
    for (const peer of this.peers) peer.send(message);
    // A state that timed out (its client went quiet for 30 s) frees its id, so the client can reclaim it
    // from a new connection while the old one has not been detected as dead yet.
    if (origin === 'timeout') for (const id of removed) this.forgetAwareness(id);
  };

  private forgetAwareness(id: number): void {
    const owner = this.awarenessOwners.get(id);
    if (owner) {
      owner.awarenessIds.delete(id);
      this.awarenessOwners.delete(id);
      const now = Date.now();
      if (this.awarenessReserved.size >= AWARENESS_RESERVE_SWEEP) {
        for (const [key, { until }] of this.awarenessReserved) {
          if (until <= now) this.awarenessReserved.delete(key);
        }
      }
      this.awarenessReserved.set(id, { userId: owner.userId, until: now + AWARENESS_RESERVE_MS });
    }
    this.awareness.meta.delete(id);
  }
}
