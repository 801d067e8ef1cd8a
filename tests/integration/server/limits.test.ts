import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { api, signupNew, startTestServer, type TestServer } from '../../fixtures/server.ts';

let server: TestServer;
let docName: string;
let cookie: string;
let otherCookie: string;
const sockets: WebSocket[] = [];
beforeAll(async () => {
  server = await startTestServer({ maxConnectionsPerUser: 2 });
  ({ cookie } = await signupNew(server.url, 'agent'));
  ({ cookie: otherCookie } = await signupNew(server.url, 'other'));
  const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
    cookie,
    body: { name: 'Service', type: 'org_wide' },
  });
  docName = `workspace/${ws.body.id}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.terminate();
  await server.close();
});

/** Opens a raw sync socket; resolves with the close code if the server closes it within `ms`, else null. */
function openSocket(withCookie: string, ms = 300): Promise<number | null> {
  const socket = new WebSocket(`${server.wsUrl}/sync/${docName}`, { headers: { cookie: withCookie } });
  sockets.push(socket);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    socket.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('per-user connection cap', () => {
  it('closes a user’s connection beyond the cap with the final 4429, other users unaffected', async () => {
    expect(await openSocket(cookie)).toBeNull();
    expect(await openSocket(cookie)).toBeNull();
    expect(await openSocket(cookie)).toBe(4429);
    expect(await openSocket(otherCookie)).toBeNull();

    // A closed connection frees its slot.
    sockets[0]!.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await openSocket(cookie)).toBeNull();
  });
});
