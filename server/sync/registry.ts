/**
 * The loaded documents of the process. A document is loaded once however many callers ask for it at the
 * same time, stays while someone holds it, and unloads (after a final compaction) a few seconds after the
 * last holder lets go. Compaction folds the update log into one snapshot in the background.
 */
import * as Y from 'yjs';
import type { Storage } from '../storage/types.ts';
import { CLOSE } from './messages.ts';
import { SharedDoc } from './sharedDoc.ts';

/**
 * A document that exists but that this server must not open, such as one saved by a newer Afterboard. The
 * sync endpoint closes with a final code, since reconnecting cannot help.
 */
export class DocRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocRefusedError';
  }
}

export interface RegistryOptions {
  /** How long a document stays loaded after its last holder leaves, in ms. */
  unloadDelayMs: number;
  /** Compact when more than this many log rows follow the snapshot. */
  compactThreshold: number;
  /** Most Yjs structs per slice sent to a client that arrives with (nearly) nothing (default 4000). */
  sliceStructs?: number;
  /**
   * Runs once after a document is loaded, before anyone sees it (schema migrations, initialising an empty
   * document). What it writes is stored before the document is handed out. Throw `DocRefusedError` to
   * refuse the document.
   */
  onLoaded?: (shared: SharedDoc) => void;
  log?: (message: string, error?: unknown) => void;
}

export class DocRegistry {
  private readonly docs = new Map<string, SharedDoc>();
  private readonly loading = new Map<string, Promise<SharedDoc>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly storage: Storage,
    private readonly options: RegistryOptions,
  ) {}

  /** Every loaded document (for revalidating connections after a membership change). */
  loaded(): IterableIterator<SharedDoc> {
    return this.docs.values();
  }

  /** Loads `name` if needed and holds it; every `acquire` needs one `release`. */
  async acquire(name: string): Promise<SharedDoc> {
    const shared = await this.load(name);
    shared.holds += 1;
    const timer = this.timers.get(name);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(name);
    }
    return shared;
  }

  /** Lets go of a document; when nobody holds it, it unloads after `unloadDelayMs`. */
  release(shared: SharedDoc): void {
    shared.holds -= 1;
    if (shared.holds > 0 || this.docs.get(shared.name) !== shared) return;
    const timer = setTimeout(() => {
      this.timers.delete(shared.name);
      if (shared.holds === 0) void this.unload(shared);
    }, this.options.unloadDelayMs);
    timer.unref();
    this.timers.set(shared.name, timer);
  }

  /**
   * Runs `fn` on the loaded document and resolves once what it wrote is stored and broadcast. `actor` is the
   * signed-in user the call writes for (the activity projection records them as the author).
   */
  async withDoc<T>(name: string, fn: (doc: Y.Doc) => T, actor?: string): Promise<T> {
    const shared = await this.acquire(name);
    try {
      shared.apiActor = actor ?? null;
      let result: T;
      try {
        result = fn(shared.doc);
      } finally {
        shared.apiActor = null;
      }
      await shared.flushed();
      if (shared.failed) throw new Error(`Could not store an update of ${name}.`);
      return result;
    } finally {
      this.release(shared);
    }
  }

  /**
   * Unloads `name` at once, writing nothing more (no final compaction): its stored rows are being deleted.
   * Connections to it are closed as for an unknown document.
   */
  async discard(name: string): Promise<void> {
    await this.loading.get(name)?.catch(() => undefined);
    const shared = this.docs.get(name);
    if (!shared) return await this.unloading.get(name);
    this.docs.delete(name);
    const timer = this.timers.get(name);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(name);
    }
    for (const peer of [...shared.peers]) peer.close(CLOSE.forbidden, 'document removed');
    await shared.flushed();
    shared.destroy();
  }

  /**
   * Folds the update log into one snapshot. Only rows already written and contained in the in-memory doc
   * are covered; an update that arrives while this runs keeps its own row.
   */
  async compact(shared: SharedDoc): Promise<void> {
    if (shared.compacting || shared.failed) return;
    shared.compacting = true;
    let succeeded = false;
    try {
      await shared.flushed();
      if (shared.rowsSinceSnapshot === 0 || shared.failed) return;
      // Exactly the rows whose content is in the doc; a row written by anyone else is not among them.
      const folded = shared.unfolded.slice();
      // A loop, not Math.max(...folded): a log left by a crash can hold more rows than call arguments fit.
      const upToSeq = folded.reduce((max, seq) => (seq > max ? seq : max), 0);
      const snapshot = Y.encodeStateAsUpdate(shared.doc);
      await this.storage.compact(shared.name, snapshot, upToSeq, folded);
      shared.unfolded.splice(0, folded.length);
      succeeded = true;
    } catch (error) {
      this.options.log?.(`compaction of ${shared.name} failed`, error);
    } finally {
      shared.compacting = false;
    }
    // Writes that arrived during a slow compaction may already exceed the threshold again.
    const stillLong = shared.rowsSinceSnapshot > this.options.compactThreshold;
    if (succeeded && stillLong && this.docs.get(shared.name) === shared) {
      setImmediate(() => void this.compact(shared));
    }
  }

  /** Closes every connection (the clients reconnect), compacts and unloads everything. */
  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.loading.values()]);
    const all = [...this.docs.values()];
    for (const shared of all) {
      for (const peer of [...shared.peers]) peer.close(CLOSE.goingAway, 'server shutting down');
    }
    // After the peers: closing them schedules unload timers that must not outlive the storage.
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(all.map((shared) => this.unload(shared)));
    await Promise.all([...this.unloading.values()]);
  }

  private load(name: string): Promise<SharedDoc> {
    const ready = this.docs.get(name);
    if (ready) return Promise.resolve(ready);
    let pending = this.loading.get(name);
    if (!pending) {
      pending = this.loadFromStorage(name).finally(() => this.loading.delete(name));
      this.loading.set(name, pending);
    }
    return pending;
  }

  private async loadFromStorage(name: string): Promise<SharedDoc> {
    // A document being unloaded finishes its final writes before it is read again.
    await this.unloading.get(name);
    const stored = await this.storage.loadDoc(name);
    const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
    const shared = new SharedDoc(
      name,
      this.storage,
      this.options.compactThreshold,
      {
        onLogGrown: (doc) => setImmediate(() => void this.compact(doc)),
        onStorageFailure: (doc, error) => this.dropFailed(doc, error),
      },
      {
        parts,
        lastSeq: stored.lastSeq,
        seqs: stored.seqs,
      },
      { maxStructs: this.options.sliceStructs, log: this.options.log },
    );
    try {
      this.options.onLoaded?.(shared);
      // What onLoaded wrote is stored before anyone can see it; a failed write refuses the load.
      await shared.flushed();
      if (shared.failed) throw new Error(`Could not store the initial writes of ${name}.`);
    } catch (error) {
      // A failed write has already dropped (and destroyed) it.
      if (!shared.failed) shared.destroy();
      throw error;
    }
    this.docs.set(name, shared);
    // A long log left by a crash is folded in now rather than read again on every load.
    if (shared.rowsSinceSnapshot > this.options.compactThreshold)
      setImmediate(() => void this.compact(shared));
    return shared;
  }

  private unload(shared: SharedDoc): Promise<void> {
    if (this.docs.get(shared.name) !== shared) return this.unloading.get(shared.name) ?? Promise.resolve();
    this.docs.delete(shared.name);
    const done = (async () => {
      await this.compact(shared);
      shared.destroy();
    })().finally(() => this.unloading.delete(shared.name));
    this.unloading.set(shared.name, done);
    return done;
  }

  /** A write failed: the memory state holds an unstored update, so nobody may keep syncing against it. */
  private dropFailed(shared: SharedDoc, error: unknown): void {
    this.options.log?.(`storing an update of ${shared.name} failed; closing its connections`, error);
    if (this.docs.get(shared.name) === shared) this.docs.delete(shared.name);
    for (const peer of shared.peers) peer.close(CLOSE.internalError, 'storage failure');
    shared.destroy();
  }
}
