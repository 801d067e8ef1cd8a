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
}

/**
 * Forks `modulePath` (a .ts file, run through tsx) and waits up to `timeoutMs` (default 120,000) for its
 * first IPC message, which becomes {@link RunningChild.info}.
 */
export function startChild<T>(modulePath: string, args: string[] = [], timeoutMs = 120_000): Promise<RunningChild<T>> {
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
      resolve({ info: info as T, stop: (ms) => stopChild(child, ms) });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${modulePath} exited before it was ready (code ${code}, signal ${signal})`));
    });
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

/** In a child: sends the ready message and exits cleanly on SIGTERM after running `shutdown`. */
export function reportReady(info: unknown, shutdown: () => Promise<void> | void): void {
  process.once('SIGTERM', () => {
    void Promise.resolve(shutdown())
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(0));
  });
  process.send?.(info);
}
