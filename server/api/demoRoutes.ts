/**
 * The demo workspace offered on a fresh instance: the seed generator's "Aftersales Service", owned by the
 * caller. Only the instance owner may create it, and only once per instance: the demo team's accounts
 * mark that it was made (by this endpoint or by `npm run seed`). The teammates are real accounts, so
 * cards can name and assign them, but with a random password nobody knows: a demo never opens an account
 * with a published password on a real instance.
 */
import { randomBytes } from 'node:crypto';
import { HttpError, sendJson } from '../http/json.ts';
import { DEMO_TEAM } from '../seed/people.ts';
import { registryDocs } from '../seed/seedDocs.ts';
import { seedWorkspace } from '../seed/seedWorkspace.ts';
import type { Storage } from '../storage/types.ts';
import { requireUser, type ApiRequest } from './context.ts';

/** Instances (by storage) whose demo is being seeded right now: a second click must not seed twice. */
const seeding = new WeakSet<Storage>();

export async function createDemo(r: ApiRequest): Promise<void> {
  const user = await requireUser(r);
  const { storage, registry } = r.ctx;
  if (user.instanceRole !== 'owner') {
    throw new HttpError(403, 'forbidden', 'Only the owner of this Afterboard may create the demo workspace.');
  }
  if (seeding.has(storage)) {
    throw new HttpError(409, 'demo_in_progress', 'The demo workspace is being created already.');
  }
  if (await demoExists(storage)) {
    throw new HttpError(409, 'demo_exists', 'This Afterboard has its demo workspace already.');
  }
  seeding.add(storage);
  try {
    // The generator's default size (4 spaces, 600 cards, 90 days): about two seconds on two cores.
    const result = await seedWorkspace(storage, {
      email: user.email,
      // Only new accounts take it: the caller's own account exists and keeps its password.
      password: randomBytes(24).toString('base64url'),
      // A workspace of the caller's that happens to bear the demo's name does not stop the demo.
      force: true,
      docs: registryDocs(registry),
    });
    sendJson(r.res, 201, {
      id: result.workspaceId,
      name: result.workspaceName,
      type: 'private',
      role: 'owner',
      spaces: result.spaces.map((space) => ({ id: space.id, name: space.name })),
    });
  } finally {
    seeding.delete(storage);
  }
}

async function demoExists(storage: Storage): Promise<boolean> {
  for (const person of DEMO_TEAM) if (await storage.findUserByEmail(person.email)) return true;
  return false;
}
