/** What every API handler gets: the parsed request, the storage, the loaded documents and the sync endpoint. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { userFromRequest } from '../auth/sessions.ts';
import { HttpError } from '../http/json.ts';
import type { CardSummaryProjection } from '../projections/cardSummaries.ts';
import type { Storage, UserRecord } from '../storage/types.ts';
import type { DocRegistry } from '../sync/registry.ts';
import type { SyncServer } from '../sync/syncServer.ts';

export interface ApiContext {
  storage: Storage;
  registry: DocRegistry;
  sync: SyncServer;
  /** The card summaries, which searches read (a space never summarised is, first). */
  summaries: Pick<CardSummaryProjection, 'ensureSummarised'>;
  /** Add `Secure` to cookies (when served over HTTPS). */
  secureCookies: boolean;
  /** Server log, for failures the client is not told about. */
  log: (message: string, error?: unknown) => void;
}

export interface ApiRequest {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  ctx: ApiContext;
}

/** The signed-in user, or a 401 error. */
export async function requireUser({ req, ctx }: ApiRequest): Promise<UserRecord> {
  const user = await userFromRequest(ctx.storage, req);
  if (!user) throw new HttpError(401, 'unauthenticated', 'Sign in first.');
  return user;
}

/** The public view of a user. */
export const publicUser = (user: UserRecord) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  instanceRole: user.instanceRole,
});
