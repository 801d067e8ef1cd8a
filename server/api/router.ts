/** The `/api` route table: method + path pattern → handler. Unknown routes answer a JSON 404. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, requireJsonType, sendError, sendJson } from '../http/json.ts';
import { DocRefusedError } from '../sync/registry.ts';
import { listActivity } from './activityRoutes.ts';
import { instance, login, logout, me, signup } from './authRoutes.ts';
import { addCardComment, deleteCardComment, editCardComment } from './commentRoutes.ts';
import type { ApiContext, ApiRequest } from './context.ts';
import { getBoard } from './boardRoutes.ts';
import { createDemo } from './demoRoutes.ts';
import { followCard, getFollow, unfollowCard } from './followRoutes.ts';
import { listMembers } from './memberRoutes.ts';
import { searchCards } from './searchRoutes.ts';
import { listNotifications, markNotificationsRead, unreadNotificationCount } from './notificationRoutes.ts';
import {
  createSpace,
  createWorkspace,
  joinWorkspace,
  listWorkspaces,
  removeMember,
  setMember,
  updateWorkspace,
} from './workspaceRoutes.ts';

type Handler = (r: ApiRequest) => Promise<void>;

const health: Handler = async ({ res }) => sendJson(res, 200, { ok: true });

/** `:name` matches one path segment. */
const ROUTES: Array<[method: string, pattern: string, handler: Handler]> = [
  ['GET', '/api/health', health],
  ['POST', '/api/auth/signup', signup],
  ['POST', '/api/auth/login', login],
  ['POST', '/api/auth/logout', logout],
  ['GET', '/api/me', me],
  ['GET', '/api/instance', instance],
  ['GET', '/api/workspaces', listWorkspaces],
  ['POST', '/api/workspaces', createWorkspace],
  ['PATCH', '/api/workspaces/:id', updateWorkspace],
  ['POST', '/api/workspaces/:id/join', joinWorkspace],
  ['GET', '/api/workspaces/:id/members', listMembers],
  ['POST', '/api/workspaces/:id/members', setMember],
  ['DELETE', '/api/workspaces/:id/members/:userId', removeMember],
  ['POST', '/api/workspaces/:id/spaces', createSpace],
  ['POST', '/api/demo', createDemo],
  ['POST', '/api/spaces/:spaceId/cards/:cardId/comments', addCardComment],
  ['PATCH', '/api/spaces/:spaceId/cards/:cardId/comments/:commentId', editCardComment],
  ['DELETE', '/api/spaces/:spaceId/cards/:cardId/comments/:commentId', deleteCardComment],
  ['GET', '/api/spaces/:spaceId/board', getBoard],
  ['GET', '/api/activity', listActivity],
  ['GET', '/api/cards/search', searchCards],
  ['GET', '/api/spaces/:spaceId/cards/:cardId/follow', getFollow],
  ['PUT', '/api/spaces/:spaceId/cards/:cardId/follow', followCard],
  ['DELETE', '/api/spaces/:spaceId/cards/:cardId/follow', unfollowCard],
  ['GET', '/api/notifications', listNotifications],
  ['GET', '/api/notifications/unread-count', unreadNotificationCount],
  ['POST', '/api/notifications/read', markNotificationsRead],
];

const COMPILED = ROUTES.map(([method, pattern, handler]) => {
  const names: string[] = [];
  const source = pattern.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method, regex: new RegExp(`^${source}$`), names, handler };
});

/** Builds the request handler for paths under `/api`. */
export function createApiHandler(ctx: ApiContext, log: (message: string, error?: unknown) => void) {
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    let pathMatched = false;
    try {
      for (const route of COMPILED) {
        const match = route.regex.exec(pathname);
        if (!match) continue;
        pathMatched = true;
        if (route.method !== req.method) continue;
        // Every state-changing route, even one without a body (logout, join, DELETE): CSRF protection.
        if (route.method !== 'GET') requireJsonType(req);
        const params: Record<string, string> = {};
        route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1]!)));
        await route.handler({ req, res, params, ctx });
        return;
      }
      if (pathMatched) throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed here.`);
      throw new HttpError(404, 'not_found', `There is no API route ${pathname}.`);
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) return sendError(res, error.status, error.code, error.message);
      if (error instanceof URIError) return sendError(res, 400, 'bad_path', 'The path is not valid.');
      if (error instanceof DocRefusedError) {
        return sendError(res, 409, 'document_refused', `The ${error.message}.`);
      }
      log(`${req.method} ${pathname} failed`, error);
      sendError(res, 500, 'internal_error', 'The server failed to handle this request.');
    }
  };
}
