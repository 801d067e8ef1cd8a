/**
 * One websocket connected to one document. It speaks the y-websocket protocol and enforces, per message:
 * binary frames only, the size limit, well-formed content, and read-only access for visitors. A bad
 * message closes this connection only; it is checked in full before anything touches the document.
 */
import type { WebSocket, RawData } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { unionStateVector } from './coldSlices.ts';
import { MAX_AWARENESS_STATE, type AwarenessEntry, type SharedDoc, type Peer } from './sharedDoc.ts';
import {
  CLOSE,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
} from './messages.ts';

export interface ConnectionOptions {
  maxMessageBytes: number;
  /** Interval of keepalive pings, in ms; a connection that misses one pong is dropped. */
  pingIntervalMs: number;
  /** Called once when the connection has closed and left the document. */
  onClosed: () => void;
}

class MalformedMessage extends Error {}
class TooManyQueries extends Error {}

/** Bytes queued for one client above which it is dropped as too slow: 64 MiB. */
const SEND_BUFFER_LIMIT = 64 * 1024 * 1024;

/** Joins the binary chunks `ws` may deliver into one view without copying the common single-buffer case. */
export function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Queries that make the server encode a reply from the whole document or presence (sync step 1, query
 * awareness): a client sends one or two per connection, so a burst of 20 refilling at 2 per second never
 * limits it, while a loop asking thousands of times a second is closed.
 */
const QUERY_BURST = 20;
const QUERY_REFILL_PER_MS = 2 / 1000;

/**
 * Reads an awareness update, validating every entry (ids, clocks, JSON states). Sizes are judged by the
 * document, which knows whose state each entry is; a malformed state of acceptable size closes the
 * connection whoever it belongs to.
 */
function awarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const id = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    // An oversized state is refused whatever it holds (closing or ignored), so it is not parsed.
    const removal = json.length <= MAX_AWARENESS_STATE && JSON.parse(json) === null;
    entries.push({ id, clock, json, removal });
  }
  return entries;
}

function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { id, clock, json } of entries) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}

export class Connection implements Peer {
  ownAwarenessId: number | null | undefined = undefined;
  readonly relayedAwarenessIds = new Set<number>();
  lastSentAt = Date.now();
  private alive = true;
  private closed = false;
  private queryTokens = QUERY_BURST;
  private queryRefilledAt = Date.now();
  private readonly pinger: NodeJS.Timeout;

  constructor(
    private readonly ws: WebSocket,
    private readonly shared: SharedDoc,
    readonly userId: string,
    public readOnly: boolean,
    private readonly options: ConnectionOptions,
  ) {
    shared.peers.add(this);
    ws.on('pong', () => {
      this.alive = true;
    });
    ws.on('close', () => this.leave());
    ws.on('error', () => this.leave());
    this.pinger = setInterval(() => {
      if (!this.alive) {
        ws.terminate();
        this.leave();
        return;
      }
      this.alive = false;
      ws.ping();
    }, options.pingIntervalMs);
    this.pinger.unref();

    this.send(encodeSyncStep1(shared.doc));
    const others = [...shared.awareness.getStates().keys()];
    if (others.length > 0) this.send(encodeAwareness(shared.awareness, others));
  }

  /** Handles one incoming websocket message. */
  receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) return this.close(CLOSE.badRequest, 'text frames are not part of the protocol');
    const bytes = toBytes(data);
    if (bytes.byteLength > this.options.maxMessageBytes) {
      return this.close(CLOSE.tooLarge, `message larger than ${this.options.maxMessageBytes} bytes`);
    }
    try {
      this.handle(bytes);
    } catch (error) {
      if (error instanceof MalformedMessage) return this.close(CLOSE.badRequest, error.message);
      if (error instanceof TooManyQueries) return this.close(CLOSE.tooMany, 'too many queries');
      // Decoding errors from lib0/Yjs land here: the message, not the server, is at fault.
      this.close(CLOSE.badRequest, 'malformed message');
    }
  }

  send(message: Uint8Array): void {
    this.sendAll([message]);
  }

  /**
   * Sends `messages` one after another, judging the client's reading once, before the first: the slices
   * of one cold sync are queued together, and a document bigger than the buffer limit must still arrive.
   */
  private sendAll(messages: readonly Uint8Array[]): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    // A client that stops reading would make the server buffer every update for it. Dropping it is safe:
    // on reconnect, sync step 2 sends it everything it missed.
    if (this.ws.bufferedAmount > Math.max(SEND_BUFFER_LIMIT, 4 * this.options.maxMessageBytes)) {
      return this.close(CLOSE.tryAgainLater, 'client is not reading');
    }
    this.lastSentAt = Date.now();
    for (const message of messages) {
      this.ws.send(message, { binary: true }, (error) => {
        if (error) this.leave();
      });
    }
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.ws.close(code, reason);
    this.leave();
  }

  private handle(bytes: Uint8Array): void {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) return this.handleSync(decoder);
    if (type === MESSAGE_AWARENESS) return this.handleAwareness(decoding.readVarUint8Array(decoder));
    if (type === MESSAGE_QUERY_AWARENESS) {
      this.takeQueryToken();
      this.send(encodeAwareness(this.shared.awareness, [...this.shared.awareness.getStates().keys()]));
      return;
    }
    throw new MalformedMessage(`unknown message type ${type}`);
  }

  private handleSync(decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      this.takeQueryToken();
      // Decoded now so a malformed vector closes with 4400 even when the reply waits.
      this.replyStep2(Y.decodeStateVector(payload));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new MalformedMessage(`unknown sync message type ${syncType}`);
    }
    // Visitors read only: their edits are dropped, and the connection stays open for reading.
    if (this.readOnly) return;
    // Decoding first rejects a malformed update before any part of it is integrated.
    Y.decodeUpdate(payload);
    Y.applyUpdate(this.shared.doc, payload, this);
  }

  /**
   * Answers sync step 1 with what the client lacks. The doc may hold updates whose write has not completed
   * (only with an asynchronous store); the reply waits for them, so a client never receives content that
   * could still be lost. A client that lacks most of a big document first gets it as slices (update
   * messages it applies one per task); the step 2 then carries only what they do not. Everything is sent in
   * this one call, so no broadcast falls between the slices and the step 2.
   */
  private replyStep2(stateVector: Map<number, number>): void {
    if (this.shared.allStored()) {
      const slices = this.shared.slices.forClient(stateVector);
      const covered = slices ? unionStateVector(slices.stateVector, stateVector) : stateVector;
      const step2 = encodeSyncStep2(this.shared.doc, Y.encodeStateVector(covered));
      return this.sendAll([...(slices?.messages ?? []), step2]);
    }
    void this.shared.flushed().then(() => {
      if (this.closed || this.shared.failed) return;
      this.replyStep2(stateVector);
    });
  }

  /** One token per expensive query; an empty bucket closes the connection (4429). */
  private takeQueryToken(): void {
    const now = Date.now();
    const refill = (now - this.queryRefilledAt) * QUERY_REFILL_PER_MS;
    this.queryTokens = Math.min(QUERY_BURST, this.queryTokens + refill);
    this.queryRefilledAt = now;
    if (this.queryTokens < 1) throw new TooManyQueries();
    this.queryTokens -= 1;
  }

  private handleAwareness(update: Uint8Array): void {
    const entries = awarenessEntries(update);
    // Echoes and relays of other clients' presence are normal (see `SharedDoc.admitAwareness`): they are
    // filtered, never a reason to close; only this client's own oversized state is.
    const admitted = this.shared.admitAwareness(this, entries);
    if (admitted === 'oversized')
      throw new MalformedMessage(`awareness state larger than ${MAX_AWARENESS_STATE} characters`);
    if (admitted.length === 0) return;
    const accepted = admitted.length === entries.length ? update : encodeAwarenessEntries(admitted);
    this.shared.applyAwareness(this, accepted);
  }

  private leave(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.pinger);
    this.shared.peers.delete(this);
    this.shared.releaseAwareness(this);
    this.options.onClosed();
  }
}
