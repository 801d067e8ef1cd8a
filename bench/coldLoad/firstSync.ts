/**
 * End-to-end cold open over the socket: a client connects to our server (running in its own process)
 * while the document is not loaded, and the clock stops when the server's full sync step 2 has arrived.
 * Includes the upgrade, the session and membership checks, the load, and encoding and sending the whole
 * document.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { emptyStep1, emptyStep2, readMessage } from '../fanout/protocol.ts';
import { startChild } from '../lib/child.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Opens `docName` `runs` times on a server over `dataDir`; the server unloads a document 50 ms after
 * its last client leaves, and each run waits for that, so every open is a cold one. Returns times in ms.
 */
export async function measureFirstSync(dataDir: string, docName: string, cookie: string, runs: number) {
  const child = await startChild<{ url: string }>(path.join(here, '..', 'lib', 'serverChild.ts'), [
    dataDir,
    '50',
  ]);
  const times: number[] = [];
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

function openOnce(url: string, cookie: string, timeoutMs = 30_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let elapsed: number | null = null;
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
      if (message.kind !== 'step2') return;
      elapsed = performance.now() - started;
      clearTimeout(timer);
      ws.close();
    });
    ws.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    ws.on('close', (code) => {
      clearTimeout(timer);
      if (elapsed === null) reject(new Error(`closed with ${code} before the first sync`));
      else resolve(elapsed);
    });
  });
}
