/**
 * Server cold load: a space of 5,000 cards and 100,000 history events, built with the domain operations and
 * stored as the server stores it (snapshot + a tail of updates). Reports the encoded size and the time from
 * nothing loaded to the document ready to serve (storage read + decode + migrate), median of
 * several runs, and the end-to-end first sync of a client over the socket.
 * Targets: ≤ 200 ms and ≤ 5 MB.
 *
 * Run alone: `npx tsx bench/coldLoad.ts [--quick] [--runs 7]`. Prints figures; asserts nothing.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { buildBusySpace } from './coldLoad/busySpace.ts';
import { measureFirstSync } from './coldLoad/firstSync.ts';
import { measureFloor } from './coldLoad/floor.ts';
import { measureLoad, type LoadSteps } from './coldLoad/measure.ts';
import { storeWithTail } from './coldLoad/store.ts';
import { describeMachine } from './lib/machine.ts';
import { isMain } from './lib/main.ts';
import { formatMB, formatMs, median } from './lib/stats.ts';
import { renderTable } from './lib/table.ts';

/** Updates after the last compaction: half the server's default compaction threshold (500 rows). */
const TAIL_UPDATES = 250;

export interface ColdLoadOptions {
  quick?: boolean;
  runs?: number;
}

/** Builds the busy space, stores it, and prints its size and load times. */
export async function runColdLoadBench({ quick = false, runs = 7 }: ColdLoadOptions = {}) {
  console.log(`\n## Server cold load${quick ? ' (quick)' : ''}\n${describeMachine()}\n`);
  const cards = quick ? 500 : 5_000;
  const historyEvents = quick ? 10_000 : 100_000;
  const tail = quick ? 50 : TAIL_UPDATES;
  const buildStarted = performance.now();
  const space = buildBusySpace({ cards, historyEvents: historyEvents - tail, seed: 1, days: 365 });
  console.log(`built the space with the domain operations in ${formatMs(performance.now() - buildStarted)}`);
  const stored = await storeWithTail(space.doc, space.spaceId, tail);
  try {
    console.log(
      `space/${space.spaceId}: ${stored.cards} cards, ${stored.historyEvents} history events; ` +
        `snapshot ${formatMB(stored.snapshotBytes)} + ${stored.tailUpdates} updates ` +
        `(${(stored.tailBytes / 1024).toFixed(1)} KiB); database file ${formatMB(stored.dbBytes)}`,
    );

    // One unmeasured load warms the JIT and the OS file cache, as on a server that has been running.
    await measureLoad(stored.dataDir, stored.docName);
    const samples: LoadSteps[] = [];
    for (let i = 0; i < runs; i++) samples.push(await measureLoad(stored.dataDir, stored.docName));
    const firstSync = await measureFirstSync(
      stored.dataDir,
      stored.docName,
      stored.cookie,
      Math.min(runs, 5),
    );

    const floor = measureFloor(cards, historyEvents, runs);
    const pick = (key: keyof LoadSteps) => median(samples.map((s) => s[key]));
    const total = pick('registryMs');
    console.log(
      `\n${renderTable([
        ['step (median of ' + runs + ')', 'time'],
        ['storage read (SQLite)', formatMs(pick('readMs'))],
        ['decode snapshot + log into a Y.Doc', formatMs(pick('decodeMs'))],
        ['migrate', formatMs(pick('migrateMs'))],
        ['cold load via DocRegistry', formatMs(total)],
        [
          `first slice over socket (median of ${firstSync.length})`,
          formatMs(median(firstSync.map((s) => s.firstSliceMs))),
        ],
        [
          `whole document over socket: ${firstSync[0]?.slices ?? 0} slices + step 2, ${formatMB(firstSync[0]?.bytes ?? 0)}`,
          formatMs(median(firstSync.map((s) => s.step2Ms))),
        ],
        [`floor: same operations, minimal payloads (${formatMB(floor.bytes)})`, formatMs(floor.decodeMs)],
      ])}\n`,
    );
    console.log(
      `size ${formatMB(stored.snapshotBytes + stored.tailBytes)} (target ≤ 5 MB), ` +
        `cold load ${formatMs(total)} (target ≤ 200 ms)\n`,
    );
    return { stored, samples, firstSync, floor };
  } finally {
    fs.rmSync(stored.dataDir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string', default: '7' },
    },
  });
  await runColdLoadBench({ quick: values.quick, runs: Number(values.runs) });
}
