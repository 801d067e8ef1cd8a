/**
 * The few y-websocket messages a benchmark client needs, encoded and decoded by hand so that a thousand
 * clients cost little: a receiving client never holds a `Y.Doc`, it only reads the message type and the
 * send time embedded in each update.
 *
 * Wire format (y-protocols): `varUint messageType` (0 = sync, 1 = awareness), then for sync
 * `varUint step` (0 = step 1 with a state vector, 1 = step 2 with an update, 2 = update) and a
 * `varUint8Array` payload.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

export const MESSAGE_SYNC = 0;
export const STEP1 = 0;
export const STEP2 = 1;
export const UPDATE = 2;

/** The state vector and the update of an empty document, which is all a receiving client ever has. */
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Sync step 1 from a client that holds nothing: asks the server for the whole document. */
export const emptyStep1 = (): Uint8Array => syncMessage(STEP1, EMPTY_STATE_VECTOR);

/** Sync step 2 from a client that holds nothing: the answer to the server's step 1. */
export const emptyStep2 = (): Uint8Array => syncMessage(STEP2, EMPTY_UPDATE);

/** Wraps a Yjs update as a sync `update` message. */
export const updateMessage = (update: Uint8Array): Uint8Array => syncMessage(UPDATE, update);

export type Incoming =
  { kind: 'step1' } | { kind: 'step2' } | { kind: 'update'; update: Uint8Array } | { kind: 'other' };

/** Reads the type of one server message; only an update's payload is extracted. */
export function readMessage(data: Uint8Array): Incoming {
  const decoder = decoding.createDecoder(data);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return { kind: 'other' };
  const step = decoding.readVarUint(decoder);
  if (step === STEP1) return { kind: 'step1' };
  if (step === STEP2) return { kind: 'step2' };
  if (step === UPDATE) return { kind: 'update', update: decoding.readVarUint8Array(decoder) };
  return { kind: 'other' };
}

/** Name of the top-level map the writers stamp; one key, overwritten, so the document stays small. */
export const STAMP_MAP = 'bench';
export const STAMP_KEY = 'stamp';

/** The value a writer stores: an object whose one field names it, so no other edit is mistaken for it. */
export interface Stamp {
  sentAt: number;
}

/**
 * The send times (ms on the writer's `performance.now()` clock) carried by an update. A writer's update
 * holds one; any other update holds none. (An overwrite of a map key is encoded relative to the previous
 * value, without the key name, so the value itself has to say what it is.)
 */
export function readStamps(update: Uint8Array): number[] {
  const stamps: number[] = [];
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentAny)) continue;
    for (const value of struct.content.arr) {
      const sentAt = (value as Partial<Stamp> | null)?.sentAt;
      if (typeof sentAt === 'number') stamps.push(sentAt);
    }
  }
  return stamps;
}
