import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import {
  api,
  connectDoc,
  signupNew,
  startTestServer,
  waitFor,
  type DocClient,
  type TestServer,
} from '../../fixtures/server.ts';

let server: TestServer;
const clients: DocClient[] = [];
let cookie: string;
let docName: string;

beforeAll(async () => {
  server = await startTestServer({ pingIntervalMs: 100 });
  ({ cookie } = await signupNew(server.url, 'agent'));
  const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
    cookie,
    body: { name: 'Service', type: 'private' },
  });
  docName = `workspace/${ws.body.id}`;
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

/** A y-websocket awareness message announcing `state` for `clientId` at `clock`. */
function awarenessMessage(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

function rawSocket(opts: { autoPong: boolean }): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.wsUrl}/sync/${docName}`, {
      headers: { cookie },
      autoPong: opts.autoPong,
    });
    ws.on('open', () => resolve(ws));
    ws.on('error', reject);
  });
}

describe('presence and keepalive', () => {
  it('drops a connection that stops answering pings and removes its presence', async () => {
    const observer = connectDoc(server.wsUrl, docName, cookie);
    clients.push(observer);
    await observer.synced;
    const silent = await rawSocket({ autoPong: false });
    const closed = new Promise<number>((resolve) => silent.on('close', (code) => resolve(code)));
    silent.send(awarenessMessage(777001, 1, { user: { name: 'Ghost' } }));
    await waitFor(() => observer.provider.awareness.getStates().has(777001), 'the ghost’s presence');

    expect(await closed).toBe(1006);
    await waitFor(() => !observer.provider.awareness.getStates().has(777001), 'the ghost’s presence to go');
  });

  it('ignores a connection that tries to overwrite or remove another client’s presence', async () => {
    const victim = connectDoc(server.wsUrl, docName, cookie);
    const observer = connectDoc(server.wsUrl, docName, cookie);
    clients.push(victim, observer);
    await Promise.all([victim.synced, observer.synced]);
    victim.provider.awareness.setLocalStateField('user', { name: 'Vera' });
    const id = victim.doc.clientID;
    await waitFor(() => observer.provider.awareness.getStates().get(id)?.user?.name === 'Vera', 'presence');

    const attacker = await rawSocket({ autoPong: true });
    attacker.send(awarenessMessage(id, 1000, { user: { name: 'Mallory' } }));
    attacker.send(awarenessMessage(id, 1001, null));
    // Its own presence, sent after the forged ones, proves the server handled them.
    attacker.send(awarenessMessage(424242, 1, { user: { name: 'Mallory' } }));
    await waitFor(() => observer.provider.awareness.getStates().has(424242), 'the attacker’s own presence');
    expect(observer.provider.awareness.getStates().get(id)?.user?.name).toBe('Vera');
    attacker.close();
  });
});
