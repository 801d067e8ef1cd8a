// The server under test is the real entry point (`server/main.ts`) in a child process, exactly as
// `npm start` runs it, on a port the OS picks and a data folder of its own.
import { spawnServer } from '../../fixtures/server.ts';

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

export async function startAppServer(dataDir: string): Promise<AppServer> {
  const server = await spawnServer({ dataDir, port: 0 });
  return {
    url: server.url,
    async stop() {
      server.kill('SIGTERM');
      const { code, signal } = await server.exited;
      // A server that cannot stop cleanly may lose data on a real shutdown too.
      if (code !== 0) throw new Error(`server stopped with ${code ?? signal}:\n${server.output()}`);
    },
  };
}
