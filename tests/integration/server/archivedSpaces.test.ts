import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  archiveFolder,
  archiveSpace,
  createCard,
  createFolder,
  moveSpace,
  orderedStatuses,
  spaceMaps,
  workspaceMaps,
} from '../../../src/domain/index.ts';
import {
  afterServerHandled,
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
let owner: { user: { id: string }; cookie: string };
let member: { user: { id: string; email: string }; cookie: string };
let workspaceId: string;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signupNew(server.url, 'owner');
  member = await signupNew(server.url, 'member');
  const ws = await api<{ id: string }>(server.url, '/api/workspaces', {
    cookie: owner.cookie,
    body: { name: 'Service', type: 'private' },
  });
  workspaceId = ws.body.id;
  await api(server.url, `/api/workspaces/${workspaceId}/members`, {
    cookie: owner.cookie,
    body: { email: member.user.email, role: 'member' },
  });
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

async function open(docName: string, cookie: string): Promise<DocClient> {
  const client = connectDoc(server.wsUrl, docName, cookie);
  clients.push(client);
  await client.synced;
  return client;
}

async function newSpace(name: string): Promise<string> {
  const space = await api<{ id: string }>(server.url, `/api/workspaces/${workspaceId}/spaces`, {
    cookie: owner.cookie,
    body: { name },
  });
  return space.body.id;
}

function addCard(client: DocClient, title: string): string {
  const statusId = orderedStatuses(client.doc)[0]!.id;
  return createCard(client.doc, { statusId, title }, { actor: member.user.id });
}

const hasCard = (client: DocClient, cardId: string) => spaceMaps(client.doc).cards.has(cardId);

describe('archived spaces on the server', () => {
  it('turns open connections read-only when a space is archived, and writable again when restored', async () => {
    const spaceId = await newSpace('Returns');
    const workspace = await open(`workspace/${workspaceId}`, owner.cookie);
    const writer = await open(`space/${spaceId}`, member.cookie);
    const watcher = await open(`space/${spaceId}`, owner.cookie);

    const before = addCard(writer, 'Before the archive');
    await waitFor(() => hasCard(watcher, before), 'the edit before the archive to arrive');

    archiveSpace(workspace.doc, { spaceId, archived: true }, { actor: owner.user.id });
    // The socket closes with "access changed"; the client reconnects, now read-only.
    expect((await writer.closed).code).toBe(4009);
    await waitFor(() => writer.provider.wsconnected, 'the writer to reconnect');
    const during = addCard(writer, 'While archived');
    await afterServerHandled(writer, watcher);
    expect(hasCard(watcher, during)).toBe(false);
    const fresh = await open(`space/${spaceId}`, owner.cookie);
    expect(hasCard(fresh, before)).toBe(true);
    expect(hasCard(fresh, during)).toBe(false);

    // Restored: the connection is writable again, and the edit the server dropped arrives after all.
    const closedAgain = new Promise<number>((resolve) =>
      writer.provider.once('connection-close', (event: CloseEvent | null) => resolve(event?.code ?? 0)),
    );
    archiveSpace(workspace.doc, { spaceId, archived: false }, { actor: owner.user.id });
    expect(await closedAgain).toBe(4009);
    await waitFor(() => hasCard(watcher, during), 'the edit made while archived to arrive once restored');
    const after = addCard(writer, 'After the restore');
    await waitFor(() => hasCard(watcher, after), 'the edit after the restore to arrive');
  });

  it('opens a space inside an archived folder read-only', async () => {
    const spaceId = await newSpace('Visits');
    const workspace = await open(`workspace/${workspaceId}`, owner.cookie);
    const ctx = { actor: owner.user.id };
    const folder = createFolder(workspace.doc, { name: 'Old contracts' }, ctx);
    moveSpace(workspace.doc, { spaceId, folderId: folder }, ctx);
    archiveFolder(workspace.doc, { folderId: folder, archived: true }, ctx);
    // The server relays a change only once it has applied it: another client seeing it means it is there.
    const other = await open(`workspace/${workspaceId}`, member.cookie);
    await waitFor(
      () => workspaceMaps(other.doc).folders.get(folder)?.get('archived') === true,
      'the archived folder to reach the server',
    );

    const watcher = await open(`space/${spaceId}`, owner.cookie);
    const writer = await open(`space/${spaceId}`, member.cookie);
    const cardId = addCard(writer, 'Yearly boiler check');
    await afterServerHandled(writer, watcher);
    expect(hasCard(watcher, cardId)).toBe(false);
    expect(writer.provider.wsconnected).toBe(true);
  });

  it('refuses comments through the API on an archived space, writing nothing', async () => {
    const spaceId = await newSpace('Complaints');
    const workspace = await open(`workspace/${workspaceId}`, owner.cookie);
    const client = await open(`space/${spaceId}`, member.cookie);
    const cardId = addCard(client, 'Scratched door');
    const path = `/api/spaces/${spaceId}/cards/${cardId}/comments`;
    const comment = () => api(server.url, path, { cookie: member.cookie, body: { text: 'Checked it.' } });
    let res = await comment();
    // The card may still be on its way to the server: ask until it is there.
    for (let i = 0; res.status === 400 && i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      res = await comment();
    }
    expect(res.status).toBe(201);
    const comments = () => spaceMaps(client.doc).comments.size;
    await waitFor(() => comments() === 1, 'the first comment to arrive');

    archiveSpace(workspace.doc, { spaceId, archived: true }, { actor: owner.user.id });
    // The member's connection closing says the server has the space archived.
    expect((await client.closed).code).toBe(4009);
    expect(await comment()).toMatchObject({ status: 409, body: { error: { code: 'space_archived' } } });
    const fresh = await open(`space/${spaceId}`, owner.cookie);
    expect(spaceMaps(fresh.doc).comments.size).toBe(1);
  });
});
