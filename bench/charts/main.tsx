/**
 * A page with the Flow view's real cycle-time components and nothing else, so a browser can time them on
 * any number of points without a server or a seeded space. `window.chartBench` is what the benchmark
 * (`bench/scatter.ts`) and the browser test of the table (`tests/e2e/cycleTable.test.ts`) call.
 */
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { percentiles as percentilesOf, seededRandom, FLOW_PERCENTILES } from '../../src/analytics/index.ts';
import { CycleTimeScatter } from '../../src/ui/views/flow/CycleTimeScatter.tsx';
import { CycleTimeTables } from '../../src/ui/views/flow/CycleTimeTables.tsx';
import type { CycleTimePoint } from '../../src/ui/views/flow/cycleTimes.ts';
import '../../src/ui/styles.css';
import type { ChartBench, ScatterTiming } from './api.ts';

const DAY_MS = 86_400_000;
const YEAR_START = Date.UTC(2026, 0, 1);

/** `count` completed cards over a year, oldest first, cycle times skewed as real ones are (mostly short). */
function makePoints(count: number): CycleTimePoint[] {
  const random = seededRandom(count);
  const points: CycleTimePoint[] = [];
  for (let i = 0; i < count; i++) {
    points.push({
      cardId: `card${i}`,
      title: `Claim ${i + 1}`,
      completed: YEAR_START + Math.floor((i / count) * 365 * DAY_MS + random() * 3_600_000),
      days: -Math.log(1 - random()) * 6,
    });
  }
  return points;
}

function percentileLines(points: readonly CycleTimePoint[]) {
  const table = percentilesOf(points.map((point) => point.days));
  return FLOW_PERCENTILES.map((p) => ({ p, days: table[p] }));
}

/** Resolves once the frame after the current one has been produced: what was drawn is on screen. */
function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const root = createRoot(document.getElementById('root')!);

async function clear(): Promise<void> {
  flushSync(() => root.render(null));
  await painted();
}

/** Pixels of the scatter's canvas in the dots' colour (#3b5bdb), to show the dots were drawn. */
function dotPixels(): number {
  const canvas = document.querySelector('canvas');
  const context = canvas?.getContext('2d');
  if (!canvas || !context) return 0;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] === 0x3b && data[i + 1] === 0x5b && data[i + 2] === 0xdb) n++;
  }
  return n;
}

const bench: ChartBench = {
  async drawScatter(count) {
    await clear();
    const points = makePoints(count);
    const lines = percentileLines(points);
    const started = performance.now();
    flushSync(() =>
      root.render(
        <CycleTimeScatter points={points} percentiles={lines} onOpenCard={() => undefined} timeZone="UTC" />,
      ),
    );
    // The chart is built in an effect (run by flushSync) and draws in a microtask (uPlot batches its
    // drawing): once a microtask queued now has run, the script's part is done.
    const built = document.querySelector('canvas') !== null;
    await Promise.resolve();
    const drawnMs = performance.now() - started;
    if (!built) throw new Error('the chart was not built when React returned');
    await painted();
    const timing: ScatterTiming = { drawnMs, paintedMs: performance.now() - started, dotPixels: dotPixels() };
    return timing;
  },
  async showTables(count) {
    await clear();
    const points = makePoints(count);
    const started = performance.now();
    flushSync(() =>
      root.render(
        <CycleTimeTables
          spaceId="bench"
          points={points}
          percentiles={percentileLines(points)}
          timeZone="UTC"
        />,
      ),
    );
    await painted();
    return performance.now() - started;
  },
};

declare global {
  interface Window {
    chartBench: ChartBench;
  }
}
window.chartBench = bench;
