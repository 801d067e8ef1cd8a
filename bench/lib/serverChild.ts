/**
 * Our server as a bench child process: `startServer` on the data folder given as the first argument, on a
 * free loopback port, with persistence and authentication exactly as in production. Reports `{ url }`.
 */
import { startServer } from '../../server/app.ts';
import { reportReady } from './child.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: serverChild.ts <dataDir> [unloadDelayMs]');
const unloadDelayMs = process.argv[3] === undefined ? undefined : Number(process.argv[3]);

const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  maxMessageBytes: 64 * 1024 * 1024,
  unloadDelayMs,
  log: (message, error) => console.error(`[server] ${message}`, error ?? ''),
});
reportReady({ url: server.url }, () => server.close());
