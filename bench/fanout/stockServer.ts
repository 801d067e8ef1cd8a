/**
 * The reference server for the fan-out bench, run as a child process: the stock y-websocket server logic
 * (`@y/websocket-server` 0.1.1) on a plain `http` + `ws` server, with no authentication and no persistence.
 * Any path names a document, so the bench uses the same `/sync/<docName>` URLs as for our server.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';
import { reportReady } from '../lib/child.ts';

const server = http.createServer((_req, res) => {
  res.writeHead(404).end();
});
const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
server.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  reportReady({ url: `http://127.0.0.1:${port}` }, () => {
    for (const ws of wss.clients) ws.terminate();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
