import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, spawnServer, startTestServer, tempDataDir, type TestServer } from '../../fixtures/server.ts';

let built: TestServer;
let unbuilt: TestServer;

beforeAll(async () => {
  const dist = tempDataDir();
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Afterboard</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'index-3f9a2c.js'), 'console.log("app")');
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  built = await startTestServer({ serveStatic: dist });
  unbuilt = await startTestServer({ serveStatic: path.join(dist, 'missing') });
});
afterAll(async () => {
  await built.close();
  await unbuilt.close();
});

/** Sends a raw request line, so paths reach the server exactly as written (fetch would normalise them). */
function rawGet(url: string, target: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString()));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

describe('static web app', () => {
  it('serves index.html at / and for client-side routes, not cached', async () => {
    for (const route of ['/', '/workspaces/abc/spaces/def']) {
      const res = await fetch(built.url + route);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<title>Afterboard</title>');
    }
  });

  it('serves hashed assets as immutable with their content type, and 404s missing ones', async () => {
    const res = await fetch(`${built.url}/assets/index-3f9a2c.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('console.log("app")');
    const icon = await fetch(`${built.url}/favicon.svg`);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect((await fetch(`${built.url}/assets/gone-123.js`)).status).toBe(404);
  });

  it('never serves files outside the build folder', async () => {
    for (const target of [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2f..%2fetc%2fpasswd',
    ]) {
      const response = await rawGet(built.url, target);
      expect(response).not.toContain('root:');
    }
  });

  it('keeps /api and /sync out of the app fallback', async () => {
    expect((await api(built.url, '/api/unknown')).status).toBe(404);
    const sync = await fetch(`${built.url}/sync/space/abc`);
    expect(sync.status).toBe(426);
  });

  it('answers 503 with instructions when the app is not built', async () => {
    const res = await fetch(`${unbuilt.url}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
    expect((await api(unbuilt.url, '/api/health')).body).toEqual({ ok: true });
  });
});

describe('server entry', () => {
  it('refuses an invalid environment with a message naming the variable', async () => {
    const started = spawnServer({ dataDir: tempDataDir(), env: { AFTERBOARD_MAX_MESSAGE_BYTES: 'lots' } });
    await expect(started).rejects.toThrow(/AFTERBOARD_MAX_MESSAGE_BYTES must be an integer/);
  });
});
