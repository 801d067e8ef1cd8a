/**
 * One fan-out workload against one running server: per document one writer and N−1 receivers; each writer
 * sends stamped updates at a steady rate, and every receiver records the time from send to receipt.
 * Everything is bounded: connection, warm-up, measurement and drain each have a fixed time limit.
 */
import { connectReceiver, connectWriter, type BenchClient, type WriterClient } from './client.ts';
import type { RunningTarget } from './target.ts';
import { summarizeLatencies, type LatencySummary } from '../lib/stats.ts';

export interface Workload {
  name: string;
  docs: number;
  /** Clients per document, the writer included. */
  clientsPerDoc: number;
  /** Updates per second per writer. */
  ratePerSecond: number;
  /** Length of the measured phase (ms); a warm-up of `warmupMs` precedes it. */
  durationMs: number;
  warmupMs: number;
}

export interface WorkloadResult {
  latency: LatencySummary;
  /** Updates sent during the measured phase. */
  writes: number;
  /** Deliveries expected (writes × receivers of that document) and actually received. */
  expected: number;
  received: number;
  /** Time to connect and sync every client (ms). */
  connectMs: number;
  /** CPU used during the measured phase, in % of one core: by the server process and by the clients. */
  serverCpu: number;
  clientCpu: number;
}

/** Clients opened at once: batches keep 1,000 handshakes from hitting the server in the same tick. */
const CONNECT_BATCH = 50;
const DRAIN_MS = 2_000;

/** Runs `workload` against a running server; resolves once every client is closed. */
export async function runWorkload(target: RunningTarget, workload: Workload): Promise<WorkloadResult> {
  const server = target.info;
  if (server.docNames.length < workload.docs) {
    throw new Error('the server offers fewer documents than needed');
  }
  let measureFrom = Number.POSITIVE_INFINITY;
  let measureTo = Number.POSITIVE_INFINITY;
  const latencies: number[] = [];
  let received = 0;
  const onStamp = (sentAt: number, receivedAt: number) => {
    if (sentAt < measureFrom || sentAt > measureTo) return;
    received++;
    latencies.push(receivedAt - sentAt);
  };

  const writers: WriterClient[] = [];
  const clients: BenchClient[] = [];
  const connectStart = performance.now();
  try {
    const pending: Array<() => BenchClient> = [];
    const headers = () => server.headers[pending.length % server.headers.length]!;
    for (const docName of server.docNames.slice(0, workload.docs)) {
      const url = `${server.baseUrl}/${docName}`;
      const writerHeaders = headers();
      pending.push(() => {
        const writer = connectWriter({ url, headers: writerHeaders });
        writers.push(writer);
        return writer;
      });
      for (let i = 1; i < workload.clientsPerDoc; i++) {
        const receiverHeaders = headers();
        pending.push(() => connectReceiver({ url, headers: receiverHeaders, onStamp }));
      }
    }
    for (let i = 0; i < pending.length; i += CONNECT_BATCH) {
      const batch = pending.slice(i, i + CONNECT_BATCH).map((open) => open());
      clients.push(...batch);
      await Promise.all(batch.map((client) => client.ready));
    }
    const connectMs = performance.now() - connectStart;

    const receiversPerDoc = workload.clientsPerDoc - 1;
    let writes = 0;
    await drive(writers, workload.ratePerSecond, workload.warmupMs, () => undefined);
    const serverCpuBefore = await target.cpuMicros();
    const clientCpuBefore = process.cpuUsage();
    measureFrom = performance.now();
    await drive(writers, workload.ratePerSecond, workload.durationMs, () => writes++);
    measureTo = performance.now();
    const clientCpuUsed = process.cpuUsage(clientCpuBefore);
    const serverCpuUsed = (await target.cpuMicros()) - serverCpuBefore;
    const percentOfCore = (micros: number) => (micros / 1000 / (measureTo - measureFrom)) * 100;
    await waitUntil(() => received >= writes * receiversPerDoc, DRAIN_MS);

    return {
      latency: summarizeLatencies(latencies),
      writes,
      expected: writes * receiversPerDoc,
      received,
      connectMs,
      serverCpu: percentOfCore(serverCpuUsed),
      clientCpu: percentOfCore(clientCpuUsed.user + clientCpuUsed.system),
    };
  } finally {
    await Promise.all(clients.map((client) => client.close()));
  }
}

/**
 * Makes every writer write `ratePerSecond` times a second for `durationMs`. Writers are phase-shifted
 * evenly across one period so the server sees a steady stream rather than bursts of simultaneous writes.
 */
function drive(writers: WriterClient[], ratePerSecond: number, durationMs: number, onWrite: () => void) {
  const periodMs = 1000 / ratePerSecond;
  const timers: NodeJS.Timeout[] = [];
  return new Promise<void>((resolve) => {
    writers.forEach((writer, i) => {
      const offset = (periodMs * i) / writers.length;
      timers.push(
        setTimeout(() => {
          timers.push(
            setInterval(() => {
              writer.write();
              onWrite();
            }, periodMs),
          );
        }, offset),
      );
    });
    setTimeout(() => {
      timers.forEach((timer) => clearTimeout(timer));
      resolve();
    }, durationMs);
  });
}

function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  return new Promise((resolve) => {
    const check = () => {
      if (condition() || performance.now() >= deadline) resolve();
      else setTimeout(check, 20);
    };
    check();
  });
}
