/**
 * The y-websocket wire format: every binary message starts with a varuint message type. Sync messages carry
 * a y-protocols sync message (step 1 / step 2 / update); awareness messages carry an awareness update.
 */
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

/** Close codes of the sync endpoint (see docs/architecture.md); 4400–4499 make the client stop retrying. */
export const CLOSE = {
  badRequest: 4400,
  unauthenticated: 4401,
  forbidden: 4403,
  tooLarge: 4413,
  /** The document was saved by a newer Afterboard or has a corrupted schema version; retrying cannot help. */
  docRefused: 4426,
  /** Too many connections of one user, or too many sync-step-1 / awareness queries on one connection. */
  tooMany: 4429,
  /**
   * The user's access changed — their role in the document's workspace (read-only on or off), or, on their
   * own user document, any membership: the client reconnects, and asks the server again what it may do,
   * rather than keep offering edits the server now drops or miss a workspace it was just added to.
   */
  accessChanged: 4009,
  /** The server is shutting down; the client reconnects. */
  goingAway: 1001,
  /** The server could not persist an update; the client reconnects and resends what it has. */
  internalError: 1011,
  /** The client does not read fast enough; it reconnects and catches up with one sync step 2. */
  tryAgainLater: 1013,
} as const;

/** A sync step 1 message: the server's state vector, asking the client for what the server lacks. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** A sync step 2 message: what the client lacks given its state vector. Throws on a malformed vector. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/** A sync update message carrying one Yjs update. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness message with the states of `clients` (absent clients are sent as removed). */
export function encodeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

/**
 * An awareness message removing client `id` at `clock`. Sent to that client itself, it makes the stock
 * client raise its clock and announce its state again (it never lets a remote remove its own state).
 */
export function encodeAwarenessRemoval(id: number, clock: number): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, id);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, 'null');
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
  return encoding.toUint8Array(encoder);
}
