/**
 * Update fan-out latency: how long a small update takes from one client's send to its receipt at every
 * other client of the document, on our server (session cookie, every update persisted) and on the stock
 * `@y/websocket-server` 0.1.1 (no auth, no persistence), in the same run and with the same clients.
 *
 * Run alone: `npx tsx bench/fanout.ts [--quick]`. Prints figures; asserts nothing.
 */
import { parseArgs } from 'node:util';
import { describeMachine } from './lib/machine.ts';
import { isMain } from './lib/main.ts';
import { formatMs } from './lib/stats.ts';
import { renderTable } from './lib/table.ts';
import { TARGETS, type FanoutTarget } from './fanout/target.ts';
import { runWorkload, type Workload, type WorkloadResult } from './fanout/workload.ts';

/**
 * The two workloads of the brief: one busy document (50 clients), and 1,000 clients spread over 20
 * documents. `quick` shrinks both for a smoke run while developing.
 */
export function fanoutWorkloads(quick: boolean): Workload[] {
  const durationMs = quick ? 3_000 : 15_000;
  const warmupMs = quick ? 500 : 2_000;
  const shapes = quick
    ? [
        { docs: 1, clientsPerDoc: 10, ratePerSecond: 20 },
        { docs: 4, clientsPerDoc: 25, ratePerSecond: 5 },
      ]
    : [
        { docs: 1, clientsPerDoc: 50, ratePerSecond: 20 },
        { docs: 20, clientsPerDoc: 50, ratePerSecond: 5 },
      ];
  return shapes.map((shape) => ({
    ...shape,
    name: `${(shape.docs * shape.clientsPerDoc).toLocaleString('en')} clients × ${plural(shape.docs, 'doc')}`,
    durationMs,
    warmupMs,
  }));
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

interface Row {
  workload: Workload;
  target: FanoutTarget;
  result: WorkloadResult | Error;
}

/** Runs every workload against every target, one server process at a time, and prints a comparison. */
export async function runFanoutBench({ quick = false } = {}): Promise<Row[]> {
  console.log(`\n## Update fan-out latency${quick ? ' (quick)' : ''}\n${describeMachine()}\n`);
  const rows: Row[] = [];
  for (const workload of fanoutWorkloads(quick)) {
    console.log(
      `${workload.name}: 1 writer + ${workload.clientsPerDoc - 1} readers per doc, ` +
        `${workload.ratePerSecond} updates/s, ${workload.durationMs / 1000} s measured`,
    );
    for (const target of TARGETS) {
      rows.push({ workload, target, result: await measure(target, workload) });
    }
  }
  console.log(`\n${renderTable([HEADER, ...rows.map(formatRow)])}\n`);
  return rows;
}

async function measure(target: FanoutTarget, workload: Workload): Promise<WorkloadResult | Error> {
  const server = await target.start(workload.docs, workload.docs * workload.clientsPerDoc);
  try {
    return await runWorkload(server, workload);
  } catch (error) {
    console.error(`  ${target.name}: ${(error as Error).message}`);
    return error as Error;
  } finally {
    await server.stop();
  }
}

const HEADER = [
  'workload',
  'server',
  'p50',
  'p95',
  'p99',
  'max',
  'delivered',
  'connect',
  'server CPU',
  'client CPU',
];

function formatRow({ workload, target, result }: Row): string[] {
  if (result instanceof Error) return [workload.name, target.name, 'failed', '', '', '', '', '', '', ''];
  const { latency } = result;
  return [
    workload.name,
    target.name,
    formatMs(latency.p50),
    formatMs(latency.p95),
    formatMs(latency.p99),
    formatMs(latency.max),
    `${result.received}/${result.expected}`,
    formatMs(result.connectMs),
    `${result.serverCpu.toFixed(0)} %`,
    `${result.clientCpu.toFixed(0)} %`,
  ];
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  await runFanoutBench({ quick: values.quick });
}
