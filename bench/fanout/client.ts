/**
 * A lightweight sync client for the fan-out bench: one `ws` socket that completes the y-websocket handshake
 * as an empty replica and then only reads the send time out of each update it receives. One of them per
 * document also writes: it holds a tiny `Y.Doc` and stamps one map key with the current time.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  emptyStep1,
  emptyStep2,
  readMessage,
  readStamps,
  STAMP_KEY,
  STAMP_MAP,
  updateMessage,
} from './protocol.ts';

export interface BenchClient {
  /** Resolves once the server has answered our sync step 1, i.e. the client is a synced replica. */
  ready: Promise<void>;
  /** Closes the socket; resolves when it is closed (or after `timeoutMs`, 2,000 by default). */
  close(timeoutMs?: number): Promise<void>;
}

export interface ConnectOptions {
  url: string;
  /** Extra upgrade headers, such as the session cookie. */
  headers?: Record<string, string>;
  /** Called for each stamp received, with its send and receive times (ms, this process's clock). */
  onStamp?: (sentAt: number, receivedAt: number) => void;
  /** Give up on the handshake after this many ms (default 15,000). */
  timeoutMs?: number;
}

/** Opens a receiving client. */
export function connectReceiver(options: ConnectOptions): BenchClient {
  return openClient(options, null);
}

export interface WriterClient extends BenchClient {
  /** Sends one update whose payload is the current time; returns the send time in ms. */
  write(): number;
}

/** Opens a client that also writes stamped updates; the echoes of its own updates are not counted. */
export function connectWriter(options: Omit<ConnectOptions, 'onStamp'>): WriterClient {
  const doc = new Y.Doc();
  const stamps = doc.getMap(STAMP_MAP);
  let socket: WebSocket | null = null;
  doc.on('update', (update: Uint8Array) => socket?.send(updateMessage(update)));
  const client = openClient(options, (ws) => (socket = ws));
  return {
    ...client,
    write() {
      const sentAt = performance.now();
      stamps.set(STAMP_KEY, { sentAt });
      return sentAt;
    },
  };
}

function openClient(options: ConnectOptions, onOpen: ((ws: WebSocket) => void) | null): BenchClient {
  const ws = new WebSocket(options.url, { headers: options.headers, perMessageDeflate: false });
  ws.binaryType = 'nodebuffer';
  const isWriter = onOpen !== null;
  let settle: { resolve: () => void; reject: (error: Error) => void } | null = null;
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  const fail = (reason: string) => {
    settle?.reject(new Error(`${options.url}: ${reason}`));
    settle = null;
  };
  const timer = setTimeout(() => fail('handshake timed out'), options.timeoutMs ?? 15_000);
  ready.finally(() => clearTimeout(timer)).catch(() => undefined);

  ws.on('open', () => {
    onOpen?.(ws);
    ws.send(emptyStep1());
  });
  ws.on('message', (data: Buffer) => {
    // Read the clock first: everything after this line is the client's cost, not the server's.
    const receivedAt = performance.now();
    const message = readMessage(data);
    if (message.kind === 'step1') ws.send(emptyStep2());
    else if (message.kind === 'step2') {
      settle?.resolve();
      settle = null;
    } else if (message.kind === 'update' && !isWriter) {
      for (const sentAt of readStamps(message.update)) {
        options.onStamp?.(sentAt, receivedAt);
      }
    }
  });
  ws.on('error', (error) => fail(error.message));
  ws.on('close', (code) => fail(`closed with code ${code}`));

  return {
    ready,
    close(timeoutMs = 2_000) {
      if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const giveUp = setTimeout(() => {
          ws.terminate();
          resolve();
        }, timeoutMs);
        ws.once('close', () => {
          clearTimeout(giveUp);
          resolve();
        });
        ws.close();
      });
    },
  };
}
