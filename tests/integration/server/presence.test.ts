import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import {
  api,
  connectDoc,
  cookieWebSocket,
  signupNew,
  startTestServer,
  waitFor,
  type DocClient,
  type TestServer,
} from '../../fixtures/server.ts';
import { awarenessEntriesOf } from '../../fixtures/awarenessMessages.ts';

let server: TestServer;
const clients: DocClient[] = [];
let cookie: string;
/** Another member of the workspace. */
let otherCookie: string;
let docName: string;

beforeAll(async () => {
  server = await startTestServer({ pingIntervalMs: 100 });
  ({ cookie } = await signupNew(server.url, 'agent'));
  const other = await signupNew(server.url, 'other');
  otherCookie = other.cookie;
  const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
    cookie,
    body: { name: 'Service', type: 'private' },
  });
  await api(server.url, `/api/workspaces/${ws.body.id}/members`, {
    cookie,
    body: { email: other.user.email, role: 'member' },
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

function rawSocket(opts: { autoPong: boolean; cookie?: string }): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.wsUrl}/sync/${docName}`, {
      headers: { cookie: opts.cookie ?? cookie },
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

  it('sends a presence change to the others but not back to its sender, which hears its renewals', async () => {
    const observer = connectDoc(server.wsUrl, docName, cookie);
    clients.push(observer);
    await observer.synced;
    const sender = await rawSocket({ autoPong: true });
    const heard: string[] = [];
    sender.on('message', (data: Buffer) => heard.push(...awarenessEntriesOf(new Uint8Array(data))));
    const id = 777100;
    sender.send(awarenessMessage(id, 1, { user: { name: 'Mover' } }));
    await waitFor(() => observer.provider.awareness.getStates().has(id), 'the mover’s presence');

    sender.send(awarenessMessage(id, 2, { user: { name: 'Mover' }, draggingCardId: 'c1' }));
    await waitFor(
      () => observer.provider.awareness.getStates().get(id)?.draggingCardId === 'c1',
      'the change to reach the others',
    );
    // A renewal (same state, newer clock) comes back. It is sent after the change, on the same socket, so
    // once it is back an echo of the change would have arrived before it.
    sender.send(awarenessMessage(id, 3, { user: { name: 'Mover' }, draggingCardId: 'c1' }));
    await waitFor(() => heard.includes(`${id}@3`), 'the renewal to come back');
    expect(heard).not.toContain(`${id}@2`);
    sender.close();
  });

  it('ignores another user’s connection that tries to overwrite or remove a client’s presence', async () => {
    const victim = connectDoc(server.wsUrl, docName, cookie);
    const observer = connectDoc(server.wsUrl, docName, cookie);
    clients.push(victim, observer);
    await Promise.all([victim.synced, observer.synced]);
    victim.provider.awareness.setLocalStateField('user', { name: 'Vera' });
    const id = victim.doc.clientID;
    await waitFor(() => observer.provider.awareness.getStates().get(id)?.user?.name === 'Vera', 'presence');

    const attacker = await rawSocket({ autoPong: true, cookie: otherCookie });
    const attackerClosed = new Promise<number>((resolve) => attacker.on('close', (code) => resolve(code)));
    attacker.send(awarenessMessage(id, 1000, { user: { name: 'Mallory' } }));
    attacker.send(awarenessMessage(id, 1001, null));
    // Its own presence, sent after the forged ones, proves the server handled them.
    attacker.send(awarenessMessage(424242, 1, { user: { name: 'Mallory' } }));
    await waitFor(() => observer.provider.awareness.getStates().has(424242), 'the attacker’s own presence');
    expect(observer.provider.awareness.getStates().get(id)?.user?.name).toBe('Vera');
    attacker.close();
    expect(await attackerClosed).toBe(1005);
    // The victim keeps speaking for its id.
    victim.provider.awareness.setLocalStateField('user', { name: 'Vera 2' });
    await waitFor(() => observer.provider.awareness.getStates().get(id)?.user?.name === 'Vera 2', 'renamed');
  });
});

/** A connected stock client of `docName` with a presence state set, its closes recorded. */
async function stockClient(name: string, who = cookie) {
  const client = connectDoc(server.wsUrl, docName, who);
  clients.push(client);
  const closes: number[] = [];
  client.provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
  });
  client.provider.awareness.setLocalStateField('user', { name });
  await client.synced;
  return { ...client, closes };
}

const sees = (viewer: { provider: WebsocketProvider }, target: { doc: Y.Doc }) =>
  viewer.provider.awareness.getStates().has(target.doc.clientID);

describe('presence with stock clients', () => {
  it('keeps every tab of a user open and visible while sibling tabs come and go', async () => {
    // Tabs as the app opens them: the stock client with its BroadcastChannel on, so each tab relays to
    // the server the presence of its siblings, some before their own socket is open.
    const tab = (name: string) => {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(`${server.wsUrl}/sync`, docName, doc, {
        WebSocketPolyfill: cookieWebSocket(cookie) as unknown as typeof globalThis.WebSocket,
        connect: false,
      });
      const closes: number[] = [];
      provider.on('connection-close', (event) => {
        if (event) closes.push(event.code);
      });
      provider.awareness.setLocalStateField('user', { name });
      provider.connect();
      const destroy = () => {
        provider.destroy();
        doc.destroy();
      };
      clients.push({ doc, provider, synced: Promise.resolve(), closed: new Promise(() => {}), destroy });
      return { doc, provider, closes, destroy };
    };
    const watcher = await stockClient('watcher', otherCookie);
    const tabs = [tab('A'), tab('B'), tab('C')];
    await waitFor(() => tabs.every((t) => t.provider.synced), 'the tabs to sync');
    for (let i = 0; i < 6; i++) {
      const extra = tab(`extra ${i}`);
      await waitFor(() => extra.provider.synced, 'the extra tab to sync');
      await waitFor(() => sees(watcher, extra), 'the extra tab in presence');
      await new Promise((resolve) => setTimeout(resolve, 50));
      extra.destroy();
      await waitFor(() => !sees(watcher, extra), 'the extra tab to leave presence');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(tabs.map((t) => t.closes)).toEqual([[], [], []]);
    expect(tabs.every((t) => t.provider.wsconnected)).toBe(true);
    for (const t of tabs) expect(sees(watcher, t)).toBe(true);
    for (const t of tabs) expect(t.provider.awareness.getStates().has(watcher.doc.clientID)).toBe(true);
    // Presence the server holds reaches a tab that opens now.
    const late = await stockClient('late', otherCookie);
    await waitFor(() => tabs.every((t) => sees(late, t)), 'a new client to see every tab');
  });

  it('shows a client again after its socket dropped and reconnected with the same client id', async () => {
    const watcher = await stockClient('watcher');
    for (let i = 0; i < 3; i++) {
      const device = await stockClient(`device ${i}`);
      await waitFor(() => sees(watcher, device), 'the device in presence');
      device.provider.ws!.close(); // a network drop: the client reconnects by itself
      await waitFor(() => !sees(watcher, device), 'the device to leave presence');
      await waitFor(() => device.provider.wsconnected, 'the device to reconnect');
      await waitFor(() => sees(watcher, device), 'the device back in presence');
      device.destroy();
    }
    expect(watcher.closes).toEqual([]);
  });

  it('keeps memory bounded under a flood of relayed ids and closes nobody', async () => {
    const watcher = await stockClient('watcher');
    const before = watcher.provider.awareness.getStates().size;
    const flooder = await rawSocket({ autoPong: true });
    const closed = new Promise<number>((resolve) => flooder.on('close', (code) => resolve(code)));
    for (let id = 5_000_000; id < 5_002_000; id++) flooder.send(awarenessMessage(id, 1, { n: id }));
    // A last state of its own id, after the flood, proves the server handled all of it.
    flooder.send(awarenessMessage(5_000_000, 2, { done: true }));
    await waitFor(
      () => watcher.provider.awareness.getStates().get(5_000_000)?.done === true,
      'the flood to be handled',
    );
    // Its own id and at most 8 relayed ones reached the others.
    expect(watcher.provider.awareness.getStates().size).toBeLessThanOrEqual(before + 1 + 8);
    expect(flooder.readyState).toBe(WebSocket.OPEN);
    expect(watcher.closes).toEqual([]);
    flooder.close();
    expect(await closed).toBe(1005);
    await waitFor(
      () => watcher.provider.awareness.getStates().size === before,
      'the flooder’s ids to leave presence',
    );
  });

  it('does not let a connection overwrite another live connection’s own id', async () => {
    const victim = await stockClient('Vera');
    const watcher = await stockClient('watcher', otherCookie);
    await waitFor(() => sees(watcher, victim), 'the victim in presence');
    // A stock client of another user whose doc has the victim's client id.
    const impostor = connectDoc(server.wsUrl, docName, otherCookie, {
      doc: new Y.Doc({ gc: true }),
    });
    clients.push(impostor);
    impostor.doc.clientID = victim.doc.clientID;
    impostor.provider.awareness.clientID = victim.doc.clientID;
    impostor.provider.awareness.setLocalStateField('user', { name: 'Mallory' });
    await impostor.synced;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(watcher.provider.awareness.getStates().get(victim.doc.clientID)?.user?.name).toBe('Vera');
    victim.provider.awareness.setLocalStateField('user', { name: 'Vera 2' });
    await waitFor(
      () => watcher.provider.awareness.getStates().get(victim.doc.clientID)?.user?.name === 'Vera 2',
      'the victim’s rename',
    );
  });
});
