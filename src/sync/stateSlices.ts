/**
 * A document's whole state as a series of small updates, for loading a big document without one long
 * task. Applying a busy space (≈250,000 Yjs structs) is a single ~1 s task in a browser; applied as slices
 * of a few thousand structs, one per task, the page keeps answering input while it loads.
 *
 * Each slice holds, per client, one contiguous run of that client's structs, and the slices are ordered so
 * that everything a struct refers to (the item to its left and right when it was inserted, its parent type's
 * item) is in an earlier slice or in its own: applied in order, no slice leaves Yjs waiting for missing
 * structs (which would re-decode the pending rest after every later slice). The delete set goes last.
 *
 * Works on the document's integrated structs (Yjs's exported `Item`/`GC` and update encoders), writing each
 * struct exactly as `Y.encodeStateAsUpdate` does.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

export interface SliceOptions {
  /** Most structs per slice (a slice never splits a struct). Default 4000: ~5 ms to apply, warmed up. */
  maxStructs?: number;
  /**
   * Most structs in the first slice; each next slice may hold twice as many, up to `maxStructs`. Default
   * a sixteenth of `maxStructs`. A page's first slices run Yjs's decoder before the JIT has compiled it:
   * a full first slice took ~50 ms (a long task) where the tenth took 5 ms.
   */
  firstStructs?: number;
  /** Update encoding: 'v1' for the sync protocol (default), 'v2' for y-dexie's rows. */
  format?: 'v1' | 'v2';
}

type Struct = Y.Item | Y.GC;
type Encoder = Y.UpdateEncoderV1 | Y.UpdateEncoderV2;

/** A run of one client's structs inside a slice: indexes `from` (inclusive) to `to` (exclusive). */
interface Run {
  client: number;
  from: number;
  to: number;
}

/** Clock of the struct-store's next unknown struct per client, while the slices are being ordered. */
type Emitted = Map<number, number>;

const isReady = (id: Y.ID | null, emitted: Emitted): boolean =>
  id === null || (emitted.get(id.client) ?? 0) > id.clock;

/** Whether everything `struct` refers to is already emitted (a struct of its own client before it is). */
function dependenciesMet(struct: Struct, emitted: Emitted): boolean {
  if (!(struct instanceof Y.Item)) return true;
  if (!isReady(struct.origin, emitted) || !isReady(struct.rightOrigin, emitted)) return false;
  if (struct.origin !== null || struct.rightOrigin !== null) return true;
  // Without neighbours the update names the parent: a nested type's item must already be there.
  const parent = struct.parent as Y.AbstractType<unknown> | null;
  return isReady(parent?._item?.id ?? null, emitted);
}

/**
 * The whole state of `doc` as updates that, applied one after another to an empty document (each in its
 * own transaction), never leave pending structs and together equal `Y.encodeStateAsUpdate(doc)`. Each holds
 * at most `maxStructs` structs (a slice never splits one), the first ones fewer (`firstStructs`); the delete
 * set travels in the last. An empty
 * document gives one empty update.
 */
export function encodeStateSlices(doc: Y.Doc, options: SliceOptions = {}): Uint8Array[] {
  const maxStructs = Math.max(1, options.maxStructs ?? 4000);
  const firstStructs = Math.max(1, Math.min(maxStructs, options.firstStructs ?? Math.ceil(maxStructs / 16)));
  const limit = () => Math.min(maxStructs, firstStructs * 2 ** slices.length);
  const createEncoder =
    options.format === 'v2' ? () => new Y.UpdateEncoderV2() : () => new Y.UpdateEncoderV1();
  const clients = [...(doc.store.clients as Map<number, Struct[]>)].sort((a, b) => b[0] - a[0]);
  const next = new Map<number, number>(clients.map(([client]) => [client, 0]));
  const emitted: Emitted = new Map();
  const slices: Uint8Array[] = [];
  let runs = new Map<number, Run>();
  let size = 0;

  const close = () => {
    if (size === 0) return;
    const encoder = createEncoder();
    writeRuns(encoder, [...runs.values()], doc.store.clients as Map<number, Struct[]>);
    encoding.writeVarUint(encoder.restEncoder, 0); // no deletions: the delete set comes last
    slices.push(encoder.toUint8Array());
    runs = new Map();
    size = 0;
  };

  let remaining = clients.reduce((sum, [, structs]) => sum + structs.length, 0);
  while (remaining > 0) {
    let progressed = false;
    for (const [client, structs] of clients) {
      let index = next.get(client)!;
      while (index < structs.length && dependenciesMet(structs[index]!, emitted)) {
        if (size >= limit()) close();
        const struct = structs[index]!;
        const run = runs.get(client);
        if (run) run.to = index + 1;
        else runs.set(client, { client, from: index, to: index + 1 });
        size += 1;
        emitted.set(client, struct.id.clock + struct.length);
        index += 1;
        remaining -= 1;
        progressed = true;
      }
      next.set(client, index);
    }
    // An integrated document's references always point at structs it holds; this would be a Yjs bug.
    if (!progressed) throw new Error('the document refers to structs it does not hold');
  }
  close();

  const last = createEncoder();
  encoding.writeVarUint(last.restEncoder, 0); // no structs
  writeDeleteSet(last, Y.createDeleteSetFromStructStore(doc.store));
  slices.push(last.toUint8Array());
  return slices;
}

function writeRuns(encoder: Encoder, runs: Run[], store: Map<number, Struct[]>): void {
  encoding.writeVarUint(encoder.restEncoder, runs.length);
  for (const { client, from, to } of runs.sort((a, b) => b.client - a.client)) {
    const structs = store.get(client)!;
    encoding.writeVarUint(encoder.restEncoder, to - from);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, structs[from]!.id.clock);
    for (let i = from; i < to; i++) structs[i]!.write(encoder, 0);
  }
}

/** The update format's delete set, as Yjs writes it (clients in descending order). */
function writeDeleteSet(
  encoder: Encoder,
  deleteSet: ReturnType<typeof Y.createDeleteSetFromStructStore>,
): void {
  const clients = [...deleteSet.clients].sort((a, b) => b[0] - a[0]);
  encoding.writeVarUint(encoder.restEncoder, clients.length);
  for (const [client, ranges] of clients) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const range of ranges) {
      encoder.writeDsClock(range.clock);
      encoder.writeDsLen(range.len);
    }
  }
}
