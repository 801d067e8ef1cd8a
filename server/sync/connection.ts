/**
 * One websocket connected to one document. It speaks the y-websocket protocol and enforces, per message:
 * binary frames only, the size limit, well-formed content, and read-only access for visitors. A bad
 * message closes this connection only; it is checked in full before anything touches the document.
 */
import type { WebSocket, RawData } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { SharedDoc, Peer } from './sharedDoc.ts';
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

/** Bytes queued for one client above which it is dropped as too slow: 64 MiB. */
const SEND_BUFFER_LIMIT = 64 * 1024 * 1024;

/** Joins the binary chunks `ws` may deliver into one view without copying the common single-buffer case. */
export function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Reads the client ids of an awareness update, validating every entry (ids, clocks, JSON states). */
function awarenessClients(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder);
    JSON.parse(decoding.readVarString(decoder));
  }
  return ids;
}

export class Connection implements Peer {
  readonly awarenessIds = new Set<number>();
  private alive = true;
  private closed = false;
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
      // Decoding errors from lib0/Yjs land here: the message, not the server, is at fault.
      this.close(CLOSE.badRequest, 'malformed message');
    }
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    // A client that stops reading would make the server buffer every update for it. Dropping it is safe:
    // on reconnect, sync step 2 sends it everything it missed.
    if (this.ws.bufferedAmount > Math.max(SEND_BUFFER_LIMIT, 4 * this.options.maxMessageBytes)) {
      return this.close(CLOSE.tryAgainLater, 'client is not reading');
    }
    this.ws.send(message, { binary: true }, (error) => {
      if (error) this.leave();
    });
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
      this.send(encodeAwareness(this.shared.awareness, [...this.shared.awareness.getStates().keys()]));
      return;
    }
    throw new MalformedMessage(`unknown message type ${type}`);
  }

  private handleSync(decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      this.send(encodeSyncStep2(this.shared.doc, payload));
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

  private handleAwareness(update: Uint8Array): void {
    const clients = awarenessClients(update);
    // A connection may speak only for its own awareness clients, never remove or overwrite another's.
    for (const peer of this.shared.peers) {
      if (peer !== this && clients.some((id) => peer.awarenessIds.has(id))) return;
    }
    awarenessProtocol.applyAwarenessUpdate(this.shared.awareness, update, this);
  }

  private leave(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.pinger);
    this.shared.peers.delete(this);
    if (this.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.shared.awareness, [...this.awarenessIds], null);
    }
    this.options.onClosed();
  }
}
