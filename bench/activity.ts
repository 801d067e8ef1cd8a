/**
 * The activity stream: time of the first page (50 events) of a lead's "what happened in my spaces" over
 * 1,000,000 projected events, and of the filtered and deeper pages. Target: first page ≤ 50 ms server time.
 * The rows go straight into the activity table through storage (the projection's own insert), spread over
 * 200 spaces in 50 workspaces; the lead reads 10 of the workspaces (40 spaces, a fifth of the events). Times
 * cover what `GET /api/activity` does with the database: the readable workspaces, then the page query.
 *
 * Run alone: `npx tsx bench/activity.ts [--quick] [--runs 15]`. Prints figures; asserts nothing.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/analytics/index.ts';
import { isJoined } from '../server/access.ts';
import { openSqliteStorage } from '../server/storage/sqlite.ts';
import type { ActivityQuery, NewActivity, Storage } from '../server/storage/types.ts';
import { tempDataDir } from '../tests/fixtures/server.ts';
import { describeMachine } from './lib/machine.ts';
import { isMain } from './lib/main.ts';
import { formatMs, median } from './lib/stats.ts';
import { renderTable } from './lib/table.ts';

const WORKSPACES = 50;
const SPACES_PER_WORKSPACE = 4;
const PEOPLE = 100;
const TYPES = ['moved', 'moved', 'moved', 'dated', 'labelled', 'assigned', 'titled', 'commented', 'created'];

export interface ActivityBenchOptions {
  quick?: boolean;
  runs?: number;
}

/** Registers the people, workspaces and spaces, and makes `lead` a member of the first ten workspaces. */
async function seedDirectory(storage: Storage): Promise<void> {
  for (let p = 0; p < PEOPLE; p++) {
    await storage.createUser({
      id: `person${p}`,
      email: `person${p}@bench.test`,
      name: `Person ${p}`,
      passwordHash: 'x',
      createdAt: 0,
    });
  }
  await storage.createUser({
    id: 'lead',
    email: 'lead@bench.test',
    name: 'Lead',
    passwordHash: 'x',
    createdAt: 0,
  });
  // A newcomer whose only workspace has a space with no events yet: their first page reads the whole table.
  await storage.createUser({
    id: 'newcomer',
    email: 'new@bench.test',
    name: 'New',
    passwordHash: 'x',
    createdAt: 0,
  });
  await storage.createWorkspace({
    id: 'wsNew',
    name: 'New',
    type: 'private',
    createdBy: 'newcomer',
    createdAt: 0,
  });
  await storage.createSpace({ id: 'spNew', workspaceId: 'wsNew', createdBy: 'newcomer', createdAt: 0 });
  for (let w = 0; w < WORKSPACES; w++) {
    await storage.createWorkspace({
      id: `ws${w}`,
      name: `W${w}`,
      type: 'private',
      createdBy: 'person0',
      createdAt: 0,
    });
    if (w < 10) await storage.setMembership({ workspaceId: `ws${w}`, userId: 'lead', role: 'member' });
    for (let s = 0; s < SPACES_PER_WORKSPACE; s++) {
      await storage.createSpace({
        id: `sp${w}_${s}`,
        workspaceId: `ws${w}`,
        createdBy: 'person0',
        createdAt: 0,
      });
    }
  }
}

/** `events` rows over a year, in time order, each in a random space by a random person. */
async function seedActivity(storage: Storage, events: number): Promise<void> {
  const random = seededRandom(7);
  const start = Date.UTC(2026, 0, 1);
  const step = (365 * 86_400_000) / events;
  const batch: NewActivity[] = [];
  for (let i = 0; i < events; i++) {
    const space = `sp${Math.floor(random() * WORKSPACES)}_${Math.floor(random() * SPACES_PER_WORKSPACE)}`;
    const person = `person${Math.floor(random() * PEOPLE)}`;
    const type = TYPES[Math.floor(random() * TYPES.length)]!;
    batch.push({
      spaceId: space,
      eventId: `1:${i}`,
      cardId: `card${Math.floor(random() * 5_000)}`,
      type,
      at: Math.floor(start + i * step),
      actor: person,
      actorSource: 'session',
      recordedBy: person,
      data: type === 'moved' ? { toStatusId: 'repair' } : { title: 'Dishwasher leak' },
    });
    if (batch.length === 10_000) await storage.insertActivity(batch.splice(0));
  }
  await storage.insertActivity(batch);
}

/** The database work of one `GET /api/activity` page: readable workspaces, then the page query. */
async function page(
  storage: Storage,
  query: Omit<ActivityQuery, 'workspaceIds'>,
  reader = 'lead',
): Promise<number> {
  const workspaces = (await storage.listVisibleWorkspaces(reader)).filter(isJoined);
  const rows = await storage.queryActivity({ ...query, workspaceIds: workspaces.map((w) => w.id) });
  return rows.length;
}

async function time(run: () => Promise<unknown>, runs: number): Promise<number> {
  await run(); // warm the statement cache and the file cache, as in a running server
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** Prints the median time of each page. */
export async function runActivityBench({ quick = false, runs = 15 }: ActivityBenchOptions = {}) {
  console.log(`\n## Activity stream${quick ? ' (quick)' : ''}\n${describeMachine()}\n`);
  const events = quick ? 100_000 : 1_000_000;
  const dir = tempDataDir();
  const storage = openSqliteStorage(dir);
  try {
    await seedDirectory(storage);
    const seeded = performance.now();
    await seedActivity(storage, events);
    const insertS = (performance.now() - seeded) / 1000;
    console.log(
      `${events} events in ${WORKSPACES * SPACES_PER_WORKSPACE} spaces; the lead reads 40 of them. ` +
        `Inserting took ${insertS.toFixed(1)} s (${Math.round(events / insertS)} rows/s).`,
    );
    const limit = 51; // the route asks one more than the page, to know whether a next page exists
    const middle = Math.floor(events / 2);
    const rows: Array<[string, Omit<ActivityQuery, 'workspaceIds'>, string, string?]> = [
      ['first page of "my spaces"', { limit }, '≤ 50 ms'],
      ['a page deep in the stream (before = middle)', { limit, before: middle }, ''],
      ['first page, one person', { limit, actor: 'person3' }, ''],
      ['first page, comments only', { limit, type: 'commented' }, ''],
      ['first page, relevant (no note or title edits)', { limit, excludeTypes: ['noted', 'titled'] }, ''],
      ['first page, one space', { limit, spaceId: 'sp2_1' }, ''],
      ['first page, one card', { limit, cardId: 'card42' }, ''],
      [
        'first page, one month (from/to)',
        { limit, from: Date.UTC(2026, 2, 1), to: Date.UTC(2026, 3, 1) },
        '',
      ],
      [
        'first page, person in a space the lead cannot read',
        { limit, actor: 'person3', spaceId: 'sp20_0' },
        '',
      ],
      ['first page of a reader whose spaces have no events', { limit }, '', 'newcomer'],
      ['live refresh: what arrived after the newest 100 (after)', { limit, after: events - 100 }, ''],
      ['live refresh after a long absence (after = middle)', { limit, after: middle }, ''],
    ];
    const table: string[][] = [[`page of 50 (median of ${runs})`, 'rows', 'time', 'target']];
    const results: Record<string, number> = {};
    for (const [label, query, target, reader] of rows) {
      const count = await page(storage, query, reader);
      const ms = await time(() => page(storage, query, reader), runs);
      results[label] = ms;
      table.push([label, String(count), formatMs(ms), target]);
    }
    console.log(`\n${renderTable(table)}\n`);
    return results;
  } finally {
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, runs: { type: 'string', default: '15' } },
  });
  await runActivityBench({ quick: values.quick, runs: Number(values.runs) });
}
