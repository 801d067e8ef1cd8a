/**
 * `npm run bench` — runs every benchmark in turn and prints their figures. Benchmarks never assert: they
 * measure. Flags: `--quick` (small sizes, for a smoke run), `--only <name>` (one of `BENCHES` below), `--runs <n>`
 * (cold-load repetitions). Pass them after `--`: `npm run bench -- --quick`.
 */
import { parseArgs } from 'node:util';
import { runActivityBench } from './activity.ts';
import { runAnalyticsBench } from './analytics.ts';
import { runBoardBench } from './board.ts';
import { runCalendarBench } from './calendar.ts';
import { runCardSearchBench } from './cardSearch.ts';
import { runColdLoadBench } from './coldLoad.ts';
import { runDndFloorBench } from './dndFloor.ts';
import { runFanoutBench } from './fanout.ts';
import { runMySpaceBench } from './mySpace.ts';
import { runNotificationsBench } from './notifications.ts';
import { runScatterBench } from './scatter.ts';
import { runTimelineBench } from './timeline.ts';

const BENCHES = [
  'coldLoad',
  'fanout',
  'board',
  'dndFloor',
  'analytics',
  'scatter',
  'activity',
  'calendar',
  'notifications',
  'mySpace',
  'timeline',
  'cardSearch',
] as const;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    runs: { type: 'string', default: '7' },
  },
});
const only = values.only;
if (only !== undefined && !(BENCHES as readonly string[]).includes(only)) {
  console.error(`--only must be one of ${BENCHES.join(', ')}`);
  process.exit(2);
}

console.log('# Afterboard benchmarks');
const started = performance.now();
if (!only || only === 'coldLoad') {
  await runColdLoadBench({ quick: values.quick, runs: Number(values.runs) });
}
if (!only || only === 'fanout') await runFanoutBench({ quick: values.quick });
if (!only || only === 'board') await runBoardBench({ quick: values.quick });
if (!only || only === 'dndFloor') await runDndFloorBench({ quick: values.quick });
if (!only || only === 'analytics') runAnalyticsBench({ quick: values.quick });
if (!only || only === 'scatter') await runScatterBench({ quick: values.quick });
if (!only || only === 'activity') await runActivityBench({ quick: values.quick });
if (!only || only === 'calendar') runCalendarBench({ quick: values.quick });
if (!only || only === 'notifications') await runNotificationsBench({ quick: values.quick });
if (!only || only === 'mySpace') await runMySpaceBench({ quick: values.quick });
if (!only || only === 'timeline') await runTimelineBench({ quick: values.quick });
if (!only || only === 'cardSearch') await runCardSearchBench({ quick: values.quick });
console.log(`All benchmarks done in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
