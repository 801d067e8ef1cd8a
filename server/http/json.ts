/**
 * JSON request and response helpers of the API. Every error leaves as `{error: {code, message}}` with a
 * 4xx/5xx status, so the client has one shape to handle.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { describeIssue } from '../../src/domain/index.ts';

export { describeIssue };

/** Largest accepted API request body: 64 KiB. Nothing the API takes comes close. */
export const MAX_BODY_BYTES = 64 * 1024;

/** An error the API reports to the client as is. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Writes a JSON response; `headers` may add e.g. `Set-Cookie`. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | string[]> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { error: { code, message } });
}

/**
 * Refuses (415) a request that is not `Content-Type: application/json`. A cross-site HTML form cannot send
 * that type, and a cross-site script can only with a CORS preflight the server never grants; the router
 * applies it to every state-changing request, body or not, since a body-less POST is just as forgeable.
 */
export function requireJsonType(req: IncomingMessage): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, 'unsupported_media_type', 'Send the request as application/json.');
  }
}

/** Reads and parses a JSON body, then validates it with `schema` (after `requireJsonType`). */
export async function readJson<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  requireJsonType(req);
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, 'invalid_input', describeIssue(parsed.error.issues[0]));
  return parsed.data;
}

function tooLarge(): HttpError {
  return new HttpError(413, 'body_too_large', `The request body exceeds ${MAX_BODY_BYTES} bytes.`);
}

/** The query string as one value per name; a name given twice is refused rather than guessed at. */
export function readQuery(url: string | undefined): Record<string, string> {
  const params = new URL(url ?? '/', 'http://localhost').searchParams;
  const query: Record<string, string> = {};
  for (const [name, value] of params) {
    if (name in query) throw new HttpError(400, 'invalid_input', `Give the ${name} parameter once.`);
    query[name] = value;
  }
  return query;
}
