import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/domain/index.ts';
import { api, connectDoc, signupNew, startTestServer, type TestServer } from '../../fixtures/server.ts';

let server: TestServer;
let cookie: string;
beforeAll(async () => {
  server = await startTestServer({ unloadDelayMs: 30 });
  ({ cookie } = await signupNew(server.url, 'agent'));
});
afterAll(() => server.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function newSpace(): Promise<string> {
  const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
    cookie,
    body: { name: 'Returns', type: 'private' },
  });
  const space = await api<{ id: string }>(server.url, `/api/workspaces/${ws.body.id}/spaces`, {
    cookie,
    body: { name: 'Inbox' },
  });
  return `space/${space.body.id}`;
}

/** Writes `meta.schemaVersion = value` as a client, then lets the server unload the document. */
async function writeVersion(docName: string, value: unknown): Promise<void> {
  const writer = connectDoc(server.wsUrl, docName, cookie);
  await writer.synced;
  writer.doc.getMap('meta').set('schemaVersion', value);
  await sleep(150);
  writer.destroy();
  await sleep(300);
}

describe('documents the server cannot open', () => {
  it.each([
    ['a newer schema', SCHEMA_VERSION.space + 1, 'document needs a newer Afterboard'],
    ['a malformed version', 'v1', 'document has a malformed schema version'],
    ['a negative version', -1, 'document has a malformed schema version'],
  ])('closes once with the final 4426 for %s, without a reconnect loop', async (_, value, reason) => {
    const docName = await newSpace();
    await writeVersion(docName, value);

    const reader = connectDoc(server.wsUrl, docName, cookie);
    let closes = 0;
    reader.provider.on('connection-close', (event) => {
      if (event) closes++;
    });
    expect(await reader.closed).toEqual({ code: 4426, reason });
    await sleep(1000);
    expect(closes).toBe(1);
    expect(reader.provider.wsconnected).toBe(false);
    reader.destroy();
  });
});
