/**
 * End-to-end cold open over the socket: a client connects to our server (running in its own process)
 * while the document is not loaded, and the clock stops when the server's sync step 2 has arrived. A big
 * document comes first as slices (sync update messages) and the step 2 last, so the step 2 still marks
 * the whole document having arrived; the first slice's arrival is recorded too. Includes the upgrade, the
 * session and membership checks, the load, slicing, and sending the whole document.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { emptyStep1, emptyStep2, readMessage } from '../fanout/protocol.ts';
import { startChild } from '../lib/child.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** One cold open: times from opening the socket, in ms. */
export interface FirstSync {
  /** Until the first slice arrived, or the step 2 when the server sent no slices. */
  firstSliceMs: number;
  /** Until the step 2 arrived: the whole document is there. */
  step2Ms: number;
  /** Slice messages before the step 2. */
  slices: number;
  /** Bytes of the slices and the step 2 together. */
  bytes: number;
}

/**
 * Opens `docName` `runs` times on a server over `dataDir`; the server unloads a document 50 ms after
 * its last client leaves, and each run waits for that, so every open is a cold one.
 */
export async function measureFirstSync(dataDir: string, docName: string, cookie: string, runs: number) {
  const child = await startChild<{ url: string }>(path.join(here, '..', 'lib', 'serverChild.ts'), [
    dataDir,
    '50',
  ]);
  const times: FirstSync[] = [];
  try {
    const url = `${child.info.url.replace(/^http/, 'ws')}/sync/${docName}`;
    for (let i = 0; i < runs; i++) {
      times.push(await openOnce(url, cookie));
      // Past the unload delay plus the final compaction of a 4 MB document.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    }
  } finally {
    await child.stop();
  }
  return times;
}

function openOnce(url: string, cookie: string, timeoutMs = 30_000): Promise<FirstSync> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstSliceMs: number | null = null;
    let slices = 0;
    let bytes = 0;
    let result: FirstSync | null = null;
    const ws = new WebSocket(url, {
      headers: { cookie },
      perMessageDeflate: false,
      maxPayload: 256 * 1024 * 1024,
    });
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error('first sync timed out'));
    }, timeoutMs);
    ws.on('open', () => ws.send(emptyStep1()));
    ws.on('message', (data: Buffer) => {
      const message = readMessage(data);
      if (message.kind === 'step1') ws.send(emptyStep2());
      if (message.kind === 'update') {
        firstSliceMs ??= performance.now() - started;
        slices += 1;
        bytes += data.byteLength;
      }
      if (message.kind !== 'step2') return;
      const step2Ms = performance.now() - started;
      result = { firstSliceMs: firstSliceMs ?? step2Ms, step2Ms, slices, bytes: bytes + data.byteLength };
      clearTimeout(timer);
      ws.close();
    });
    ws.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    ws.on('close', (code) => {
      clearTimeout(timer);
      if (result === null) reject(new Error(`closed with ${code} before the first sync`));
      else resolve(result);
    });
  });
}
