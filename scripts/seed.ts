/**
 * `npm run seed` — fills a data folder with the demo workspace "Aftersales Service": a team of demo users,
 * one space per aftersales template and hundreds of cards with 90 days of history.
 *
 *   npm run seed -- [--data <dir>] [--cards 600] [--spaces 4] [--days 90] [--seed 1]
 *                   [--email demo@afterboard.local] [--password afterboard-demo] [--force] [--solo]
 *
 * Stop the server first or seed a folder it does not serve: the storage takes a single-writer lock, so a
 * folder a running server holds is refused rather than written behind the server's back.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openSqliteStorage } from '../server/storage/sqlite.ts';
import {
  DEFAULT_OWNER_EMAIL,
  DEFAULT_OWNER_PASSWORD,
  DEFAULT_WORKSPACE_NAME,
  resolveSeedOptions,
  SeedConflictError,
  seedWorkspace,
  type SeedResult,
} from '../server/seed/index.ts';

const USAGE = `Usage: npm run seed -- [options]

  --data <dir>        data folder (default: $AFTERBOARD_DATA or ./data)
  --cards <n>         case cards over all spaces (default 600)
  --spaces <n>        spaces, 1–6, one per aftersales template (default 4)
  --days <n>          days of history (default 90)
  --seed <n>          random seed; the same seed gives the same content (default 1)
  --email <address>   demo owner account (default ${DEFAULT_OWNER_EMAIL})
  --password <text>   password of every new demo account (default ${DEFAULT_OWNER_PASSWORD})
  --name <text>       workspace name (default "${DEFAULT_WORKSPACE_NAME}")
  --force             seed even if the owner already has a workspace of that name
  --solo              no demo team: only the owner account, who did all the work
  --help              show this help`;

function integer(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new RangeError(`--${name} must be an integer, got "${raw}".`);
  return value;
}

function report(result: SeedResult, dataDir: string, password: string): string {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const lines = [
    `Seeded workspace "${result.workspaceName}" (${result.workspaceId}) in ${dataDir}`,
    `History from ${day(result.from)} to ${day(result.to)}.`,
    '',
    'Spaces:',
    ...result.spaces.map(
      (s) =>
        `  ${s.name.padEnd(22)} ${String(s.cards).padStart(5)} cards ${String(s.historyEvents).padStart(7)} events ` +
        `${(s.bytes / 1024).toFixed(0).padStart(6)} KiB  space/${s.id}`,
    ),
    '',
    'Accounts:',
    ...result.users.map(
      (u) =>
        `  ${u.email.padEnd(32)} ${u.role.padEnd(8)} ${u.name.padEnd(14)} ${String(u.mirrors).padStart(2)} in MySpace` +
        (u.created ? '' : '  (existing account kept)'),
    ),
    '',
    `New accounts use the password "${password}". Start the server with AFTERBOARD_DATA=${dataDir} and sign in.`,
  ];
  return lines.join('\n');
}

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        data: { type: 'string' },
        cards: { type: 'string' },
        spaces: { type: 'string' },
        days: { type: 'string' },
        seed: { type: 'string' },
        email: { type: 'string' },
        password: { type: 'string' },
        name: { type: 'string' },
        force: { type: 'boolean', default: false },
        solo: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    // parseArgs explains unknown or incomplete options; the usage says what is accepted.
    throw new UsageError((error as Error).message);
  }
}

class UsageError extends Error {}

/** A refusal the user can act on: printed as one line, without a stack trace. */
class SeedRefused extends Error {}

async function main(): Promise<number> {
  const values = parseCommandLine();
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const dataDir = path.resolve(values.data ?? (process.env.AFTERBOARD_DATA?.trim() || './data'));
  const password = values.password ?? DEFAULT_OWNER_PASSWORD;
  // Checked before the data folder is opened, so a typo never creates an empty database.
  const options = resolveSeedOptions({
    cards: integer('cards', values.cards, 600),
    spaces: integer('spaces', values.spaces, 4),
    days: integer('days', values.days, 90),
    seed: integer('seed', values.seed, 1),
    email: values.email ?? DEFAULT_OWNER_EMAIL,
    password,
    workspaceName: values.name ?? DEFAULT_WORKSPACE_NAME,
    force: values.force,
    team: !values.solo,
  });
  let storage;
  try {
    storage = openSqliteStorage(dataDir);
  } catch (error) {
    // Most often the folder is in use by a running server (the storage takes a single-writer lock).
    throw new SeedRefused(`cannot open ${dataDir}: ${(error as Error).message}`);
  }
  try {
    const started = performance.now();
    const result = await seedWorkspace(storage, { ...options, log: (line) => console.log(`  ${line}`) });
    console.log(`\n${report(result, dataDir, password)}`);
    console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } finally {
    await storage.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof SeedConflictError || error instanceof RangeError || error instanceof SeedRefused) {
      console.error(`Seed refused: ${error.message}`);
      process.exit(1);
    }
    console.error('Seed failed:', error);
    process.exit(1);
  },
);
