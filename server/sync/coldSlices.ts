/**
 * The state of a loaded document as slices, for clients that arrive with (nearly) nothing. One sync step 2
 * holding a busy space is one long task in the browser (~900 ms for 250,000 Yjs structs); sent as a series
 * of sync `update` messages of a few thousand structs each, the stock y-websocket client applies one per
 * message task and the page keeps answering input. The normal sync step 2 follows, carrying only what the
 * slices do not: edits made after they were computed, and the current delete set.
 *
 * The invariant this file keeps: a slice set covers exactly the state named by its state vector, and the
 * document only grows past it, so slices + the step 2 diff against (slices' vector ∪ client's vector) are
 * the client's whole missing state. Slicing a busy space costs the server hundreds of ms, so a set is
 * computed once per loaded document, on the first cold client, and reused until the edits since then
 * (the remainder every later client receives in one step 2) outgrow one slice; it lives in memory with
 * the loaded document and goes when the document unloads.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { encodeStateSlices } from '../../src/sync/stateSlices.ts';
import { encodeUpdate } from './messages.ts';

/** Structs per slice: ~15–25 ms for a browser to apply one (docs/architecture.md, Sync). */
export const DEFAULT_SLICE_STRUCTS = 4000;

/** A slice set ready to send. */
export interface ColdSlices {
  /** One sync `update` message per slice, in the order they must be applied. */
  readonly messages: readonly Uint8Array[];
  /** The state the slices hold: everything up to these clocks. */
  readonly stateVector: ReadonlyMap<number, number>;
  /** Total size of `messages`, in bytes. */
  readonly bytes: number;
}

/** The document's state vector (cheap: one entry per client). */
const stateVectorOf = (doc: Y.Doc): Map<number, number> => Y.decodeStateVector(Y.encodeStateVector(doc));

/** Whether a V1 update holds no structs (only a delete set): its first number counts struct groups. */
const holdsNoStructs = (update: Uint8Array): boolean =>
  decoding.readVarUint(decoding.createDecoder(update)) === 0;

/** Sum of the clocks of a state vector: the number of clock units (≥ structs) it covers. */
function clockSum(stateVector: ReadonlyMap<number, number>): number {
  let sum = 0;
  for (const clock of stateVector.values()) sum += clock;
  return sum;
}

/** Clock units `have` lacks of `full`. */
function missingClocks(full: ReadonlyMap<number, number>, have: ReadonlyMap<number, number>): number {
  let missing = 0;
  for (const [client, clock] of full) missing += Math.max(0, clock - (have.get(client) ?? 0));
  return missing;
}

/** The union of two state vectors: per client, the higher clock. */
export function unionStateVector(
  a: ReadonlyMap<number, number>,
  b: ReadonlyMap<number, number>,
): Map<number, number> {
  const union = new Map(a);
  for (const [client, clock] of b) union.set(client, Math.max(clock, union.get(client) ?? 0));
  return union;
}

export interface SliceCacheOptions {
  /** Most structs per slice (default 4000). */
  maxStructs?: number;
  /** Told when slicing failed; the clients get a plain step 2 instead. */
  log?: (message: string, error?: unknown) => void;
}

export class SliceCache {
  private cached: ColdSlices | null = null;
  /** How often a slice set was computed for this document (tests and diagnostics). */
  computed = 0;
  private readonly maxStructs: number;

  constructor(
    private readonly doc: Y.Doc,
    private readonly options: SliceCacheOptions = {},
  ) {
    this.maxStructs = options.maxStructs ?? DEFAULT_SLICE_STRUCTS;
  }

  /**
   * The slices to send before step 2 to a client whose state vector is `client`, or `null` when a plain
   * step 2 serves it better: the client already holds at least half of the document (a reconnect, a reload
   * with a local copy: its diff is small), or the whole document fits in one slice. The document must hold
   * only stored content when this is called (`SharedDoc.allStored`): slices are cached and sent to others.
   */
  forClient(client: ReadonlyMap<number, number>): ColdSlices | null {
    const current = stateVectorOf(this.doc);
    const total = clockSum(current);
    // A struct spans at least one clock unit, so a document of fewer units has fewer structs than a slice.
    if (total <= this.maxStructs) return null;
    if (missingClocks(current, client) * 2 < total) return null;
    // Edits since the slices were taken reach every cold client in its step 2, in one message; once they
    // could be a slice of their own, the set is taken again.
    if (this.cached === null || missingClocks(current, this.cached.stateVector) > this.maxStructs) {
      this.cached = this.compute();
    }
    return this.cached.messages.length > 1 ? this.cached : null;
  }

  /** Forgets the slice set (its memory is about the size of the document's snapshot). */
  clear(): void {
    this.cached = null;
  }

  private compute(): ColdSlices {
    const stateVector = stateVectorOf(this.doc);
    let slices: Uint8Array[];
    try {
      slices = encodeStateSlices(this.doc, { maxStructs: this.maxStructs });
    } catch (error) {
      // Not the client's fault, and the plain step 2 still serves it: an empty set stands in until the
      // document has grown by a slice, so a failing document is not sliced again on every connect.
      this.options.log?.('slicing a document for a cold client failed; sending it whole', error);
      return { messages: [], stateVector, bytes: 0 };
    }
    // The last slice is the delete set alone (285 KB for the bench's space). Step 2 always carries the
    // document's whole current delete set, so sending it twice would only cost the client another apply.
    if (slices.length > 1 && holdsNoStructs(slices[slices.length - 1]!)) slices.pop();
    const messages = slices.map(encodeUpdate);
    this.computed += 1;
    return { messages, stateVector, bytes: messages.reduce((sum, m) => sum + m.byteLength, 0) };
  }
}
