/**
 * Notifications: what the projection adds to the sync path of a busy space, and the server time of the
 * notification centre's reads.
 *
 * - Projection: a space of 5,000 cards and 20,000 comments (a quarter mention someone); one card is moved
 *   1,000 times, each move its own transaction, with the notification projection observing, as on the
 *   server. Reported: reading who is mentioned on which card (done once, just after load, outside any
 *   transaction), and the observer's synchronous time of the first move and the median of the rest.
 *   Storage writes happen after the observer.
 * - Reads: a reader with 100,000 notifications (a tenth unread) among 500,000 activity rows: the first
 *   page, a deep page and the unread count, each including the readable-workspaces lookup the route does.
 *
 * Run alone: `npx tsx bench/notifications.ts [--quick]`. Prints figures; asserts nothing.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { seededRandom } from '../src/analytics/index.ts';
import {
  addComment,
  createCard,
  initSpaceDoc,
  moveCard,
  orderedStatuses,
  spaceMaps,
} from '../src/domain/index.ts';
import { MentionIndex } from '../server/projections/mentionIndex.ts';
import { projectNotifications } from '../server/projections/notifications.ts';
import { openSqliteStorage } from '../server/storage/sqlite.ts';
import type { NewActivity, NewNotification, Storage } from '../server/storage/types.ts';
import type { SharedDoc } from '../server/sync/sharedDoc.ts';
import { tempDataDir } from '../tests/fixtures/server.ts';
import { describeMachine } from './lib/machine.ts';
import { isMain } from './lib/main.ts';
import { seedReaderWorkspaces } from './lib/readerWorkspaces.ts';
import { formatMs, median } from './lib/stats.ts';
import { renderTable } from './lib/table.ts';

const PEOPLE = 50;

/** A loaded space as the projection sees it: no connections, every write by one API actor. */
function sharedOf(doc: Y.Doc, spaceId: string): SharedDoc {
  return { name: `space/${spaceId}`, doc, peers: new Map(), apiActor: 'person1' } as unknown as SharedDoc;
}

/** Times the history observers' synchronous work of each of `moves` moves of one card. */
async function projectionCost(storage: Storage, cards: number, comments: number, moves: number) {
  const random = seededRandom(11);
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'sp0' }, { actor: 'person0' });
  const statuses = orderedStatuses(doc).map((status) => status.id);
  const ids: string[] = [];
  for (let c = 0; c < cards; c++) {
    ids.push(createCard(doc, { statusId: statuses[0]!, title: `Card ${c}` }, { actor: 'person0' }));
  }
  for (let c = 0; c < comments; c++) {
    const mentions = random() < 0.25 ? [`person${Math.floor(random() * PEOPLE)}`] : [];
    const cardId = ids[Math.floor(random() * ids.length)]!;
    addComment(doc, { cardId, text: 'Checked the seal.', mentions }, { actor: 'person0' });
  }
  const building = performance.now();
  new MentionIndex(doc).build();
  const build = performance.now() - building;
  // Observers run in the order they were registered: one before the projection's and one after it time
  // exactly its synchronous work in each transaction.
  const history = spaceMaps(doc).history;
  let started = 0;
  history.observe(() => (started = performance.now()));
  projectNotifications(sharedOf(doc, 'sp0'), storage, (message, error) => console.error(message, error));
  const samples: number[] = [];
  history.observe(() => samples.push(performance.now() - started));
  // The projection reads the mentions right after load, before the first event comes in.
  await new Promise((resolve) => setImmediate(resolve));
  const cardId = ids[0]!;
  for (let m = 0; m < moves; m++) {
    moveCard(doc, { cardId, toStatusId: statuses[(m + 1) % statuses.length]! }, { actor: 'person1' });
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  const first = samples[0]!;
  const steady = median(samples.slice(1));
  return { build, first, steady };
}

async function seedReads(storage: Storage, activity: number, mine: number): Promise<void> {
  await seedReaderWorkspaces(storage);
  const random = seededRandom(5);
  const every = Math.floor(activity / mine);
  let rows: NewActivity[] = [];
  let notes: NewNotification[] = [];
  for (let i = 0; i < activity; i++) {
    const spaceId = `sp${Math.floor(random() * 10)}_${Math.floor(random() * 4)}`;
    const eventId = `1:${i}`;
    rows.push({
      spaceId,
      eventId,
      cardId: `card${i % 5_000}`,
      type: 'moved',
      // An hour apart: no notification replaces another (see SUPERSEDE_MS), so every one is kept.
      at: i * 3_600_000,
      actor: 'person0',
      actorSource: 'session',
      recordedBy: 'person0',
      data: { toStatusId: 'repair' },
    });
    if (i % every === 0) {
      notes.push({
        userId: 'reader',
        spaceId,
        eventId,
        cardId: `card${i % 5_000}`,
        type: 'moved',
        reason: 'follow',
        actor: 'person0',
        at: i * 3_600_000,
      });
    }
    if (rows.length === 10_000) {
      await storage.insertActivity(rows);
      await storage.insertNotifications(notes);
      rows = [];
      notes = [];
    }
  }
  await storage.insertActivity(rows);
  await storage.insertNotifications(notes);
  // All but the newest tenth read.
  const readUpTo = Math.floor(mine * 0.9);
  await storage.markNotificationsRead(
    'reader',
    Array.from({ length: readUpTo }, (_, i) => i + 1),
    1,
  );
}

async function time(run: () => Promise<unknown>, runs: number): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

export async function runNotificationsBench({ quick = false }: { quick?: boolean } = {}) {
  console.log(`\n## Notifications${quick ? ' (quick)' : ''}\n${describeMachine()}\n`);
  const dir = tempDataDir();
  const storage = openSqliteStorage(dir);
  try {
    const cards = quick ? 500 : 5_000;
    const comments = quick ? 2_000 : 20_000;
    const cost = await projectionCost(storage, cards, comments, quick ? 100 : 1_000);
    console.log(
      renderTable([
        [`projection on the sync path (${cards} cards, ${comments} comments)`, 'time per transaction'],
        ['reading who is mentioned where, once after load (between sync messages)', formatMs(cost.build)],
        ['first event after load', formatMs(cost.first)],
        ['each later event (median)', formatMs(cost.steady)],
      ]),
    );
    const activity = quick ? 50_000 : 500_000;
    const mine = quick ? 10_000 : 100_000;
    await seedReads(storage, activity, mine);
    const workspaces = async () => (await storage.listVisibleWorkspaces('reader')).map((w) => w.id);
    const runs = 15;
    const reads: Array<[string, () => Promise<unknown>]> = [
      [
        'first page (31 rows)',
        async () =>
          storage.queryNotifications({
            userId: 'reader',
            workspaceIds: await workspaces(),
            level: 'everything',
            limit: 31,
          }),
      ],
      [
        'first page, comments only (none match)',
        async () =>
          storage.queryNotifications({
            userId: 'reader',
            workspaceIds: await workspaces(),
            level: 'comments',
            limit: 31,
          }),
      ],
      [
        'a deep page (before = the middle)',
        async () =>
          storage.queryNotifications({
            userId: 'reader',
            workspaceIds: await workspaces(),
            level: 'everything',
            before: Math.floor(mine / 2),
            limit: 31,
          }),
      ],
      ['unread count', async () => storage.unreadNotifications('reader', await workspaces())],
    ];
    const table = [[`${mine} notifications among ${activity} events (median of ${runs})`, 'time']];
    for (const [label, run] of reads) table.push([label, formatMs(await time(run, runs))]);
    console.log(`\n${renderTable(table)}\n`);
  } finally {
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  await runNotificationsBench({ quick: values.quick });
}
