/**
 * Serves the built web app from `dist/`. Hashed files under `/assets/` never change, so they are cached
 * forever; every other path that is not a file gets `index.html` so client-side routes survive a reload.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** A regular file inside `root` for this URL path, or null (also for paths escaping `root`). */
function resolveFile(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.join(root, path.normalize(decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, cache: string): void {
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const size = fs.statSync(file).size;
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': size,
    'Cache-Control': cache,
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return void res.end();
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Builds the handler for every path outside `/api` and `/sync`, serving files from `distDir`. */
export function createStaticHandler(distDir: string) {
  const root = path.resolve(distDir);
  return (req: IncomingMessage, res: ServerResponse, pathname: string): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Method not allowed.');
    }
    const index = path.join(root, 'index.html');
    if (!fs.existsSync(index)) {
      return sendText(res, 503, 'The web app is not built. Run `npm run build`, then restart the server.');
    }
    const file = resolveFile(root, pathname);
    if (file) {
      const hashed = pathname.startsWith('/assets/');
      const cache = hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
      return sendFile(req, res, file, cache);
    }
    // A missing hashed asset is a real 404, not a page: returning HTML for a script breaks loudly.
    if (pathname.startsWith('/assets/')) return sendText(res, 404, 'Not found.');
    sendFile(req, res, index, 'no-cache');
  };
}
