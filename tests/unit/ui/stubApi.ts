// A stand-in for the server's JSON API in component tests: answers `fetch` by "METHOD /path".
import { vi } from 'vitest';

export type Reply = { status: number; body?: unknown };

export interface ApiCall {
  route: string;
  body: unknown;
}

/** What every instance in these tests answers unless a test says otherwise: it has accounts already. */
const DEFAULT_ROUTES: Record<string, Reply> = {
  'GET /api/instance': { status: 200, body: { hasAccounts: true } },
};

/** Replaces global `fetch`; returns the list of calls the app made, in order. Unknown routes answer 404. */
export function stubApi(given: Record<string, Reply>): ApiCall[] {
  const routes = { ...DEFAULT_ROUTES, ...given };
  const calls: ApiCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const route = `${init?.method ?? 'GET'} ${input}`;
      calls.push({ route, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      const reply = routes[route] ?? { status: 404, body: { error: { code: 'not_found', message: route } } };
      return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
        status: reply.status,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}

export const apiError = (status: number, code: string, message: string): Reply => ({
  status,
  body: { error: { code, message } },
});
