/**
 * Entry point: `tsx server/main.ts`. Prints `Afterboard listening on http://HOST:PORT` once ready (with
 * the real port when PORT=0); on SIGTERM or SIGINT it stops cleanly (compacts documents, closes the database).
 */
import { startServer } from './app.ts';
import { readConfig } from './config.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    console.error(`Afterboard: ${(error as Error).message}`);
    process.exit(2);
  }
  let server;
  try {
    server = await startServer(config);
  } catch (error) {
    // The message says it all ("data folder … is in use by process N; stop it first", a port in use).
    console.error(`Afterboard failed to start: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`Afterboard listening on ${server.url}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Afterboard stopping (${signal})`);
    // Connections that never finish closing must not keep the process from exiting.
    setTimeout(() => {
      console.error('Afterboard: stopping took longer than 10 s; exiting anyway');
      process.exit(1);
    }, 10_000).unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Afterboard: error while stopping', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('Afterboard failed to start:', error);
  process.exit(1);
});
