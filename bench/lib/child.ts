/**
 * Runs a bench server in its own Node process, so the server's event loop is measured apart from the
 * clients that load it. The child reports readiness with one IPC message and stops on SIGTERM.
 */
import { fork, type ChildProcess } from 'node:child_process';

export interface RunningChild<T> {
  /** What the child sent when it was ready (its port, document names, …). */
  info: T;
  /** Sends SIGTERM and waits for exit; SIGKILL after `timeoutMs` (default 5,000). */
  stop(timeoutMs?: number): Promise<void>;
  /** CPU time the child has used so far (µs, user + system), asked over IPC. */
  cpuMicros(): Promise<number>;
}

const CPU_REQUEST = 'bench:cpu';

/**
 * Forks `modulePath` (a .ts file, run through tsx) and waits up to `timeoutMs` (default 120,000) for its
 * first IPC message, which becomes {@link RunningChild.info}.
 */
export function startChild<T>(
  modulePath: string,
  args: string[] = [],
  timeoutMs = 120_000,
): Promise<RunningChild<T>> {
  const child = fork(modulePath, args, {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${modulePath} was not ready within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('message', (info) => {
      clearTimeout(timer);
      resolve({ info: info as T, stop: (ms) => stopChild(child, ms), cpuMicros: () => askCpu(child) });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${modulePath} exited before it was ready (code ${code}, signal ${signal})`));
    });
  });
}

function askCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the child did not report its CPU time')), 5_000);
    child.once('message', (reply) => {
      clearTimeout(timer);
      resolve(Number((reply as { cpuMicros?: number }).cpuMicros));
    });
    child.send(CPU_REQUEST);
  });
}

function stopChild(child: ChildProcess, timeoutMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * In a child: sends the ready message, answers CPU-time requests, and exits cleanly on SIGTERM after
 * running `shutdown`.
 */
export function reportReady(info: unknown, shutdown: () => Promise<void> | void): void {
  process.on('message', (message) => {
    if (message !== CPU_REQUEST) return;
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMicros: user + system });
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void Promise.resolve(shutdown())
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  // A bench that dies (or is killed by a timeout) must not leave its server running.
  process.once('disconnect', stop);
  process.send?.(info);
}
