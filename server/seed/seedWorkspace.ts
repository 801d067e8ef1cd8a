/**
 * Creates the demo workspace "Aftersales Service": the demo owner and team as accounts and members, one
 * space per aftersales template, each space's cards with 90 days of history, and each person's MySpace
 * with mirrors of their open cards — all written through the server's storage, so a server started on the
 * data folder serves it like any workspace made in the app.
 *
 * Order of writes mirrors the API: a document is stored before the database row that makes it reachable,
 * so a running client never finds a listed space whose document is missing.
 */
import * as Y from 'yjs';
import {
  NAME_MAX,
  addSpace,
  findTemplate,
  initSpaceDoc,
  initWorkspaceDoc,
  newId,
  readStatus,
  sortKeyed,
  spaceMaps,
} from '../../src/domain/index.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { MemberRole, Storage, UserRecord } from '../storage/types.ts';
import { DAY_MS } from './calendar.ts';
import { DEMO_TEAM, OWNER_NAME } from './people.ts';
import { planSpace, splitCards, type PlanStatus } from './plan.ts';
import { applyPlan } from './apply.ts';
import { createRandom } from './random.ts';
import { collectInterests, seedMySpace, type Interests } from './mySpace.ts';
import { storedDocs, type SeedDocs } from './seedDocs.ts';
import { historyActivity, storeActivity } from '../projections/activity.ts';
import { PAST_HISTORY } from '../projections/notifications.ts';

/** Space templates in the order a seeded workspace gets them. */
export const SEED_TEMPLATES = [
  'repairs-rma',
  'warranty-claims',
  'complaints',
  'maintenance-visits',
  'customer-feedback',
  'spare-parts',
] as const;

export const DEFAULT_WORKSPACE_NAME = 'Aftersales Service';
export const DEFAULT_OWNER_EMAIL = 'demo@afterboard.local';
export const DEFAULT_OWNER_PASSWORD = 'afterboard-demo';

export interface SeedOptions {
  workspaceName?: string;
  /** The demo owner account; created when missing, reused (password unchanged) when it exists. */
  email?: string;
  password?: string;
  /** Case cards over all spaces (information cards come on top). Default 600. */
  cards?: number;
  /** Number of spaces, 1–6, one per template of {@link SEED_TEMPLATES}. Default 4. */
  spaces?: number;
  /** Length of the seeded history, in days. Default 90. */
  days?: number;
  /** PRNG seed: the same seed gives the same titles, people and timings. Default 1. */
  seed?: number;
  /** End of the seeded history (epoch ms). Default: now. */
  now?: number;
  /** Seed even when the owner already has a workspace of this name (a second one is added beside it). */
  force?: boolean;
  /**
   * Create the demo team's accounts (default true). False seeds a workspace where the owner did all the
   * work, for a demo workspace inside a real instance: no accounts with a known password are created.
   */
  team?: boolean;
  /** Progress lines; silent by default. */
  log?: (line: string) => void;
  /** Where documents are written: by default straight into `storage` (no server may hold it). */
  docs?: SeedDocs;
}

export interface SeededSpace {
  id: string;
  name: string;
  template: string;
  cards: number;
  historyEvents: number;
  /** Encoded size of the space document, in bytes. */
  bytes: number;
}

export interface SeededUser {
  id: string;
  email: string;
  name: string;
  role: MemberRole;
  /** False when the account already existed and was reused. */
  created: boolean;
  /** Mirrors of their open cards added to their MySpace. */
  mirrors: number;
}

export interface SeedResult {
  workspaceId: string;
  workspaceName: string;
  users: SeededUser[];
  spaces: SeededSpace[];
  from: number;
  to: number;
}

/** The data folder already holds a workspace of that name for that owner; nothing was written. */
export class SeedConflictError extends Error {
  constructor(
    readonly workspaceName: string,
    readonly email: string,
  ) {
    super(`${email} already has a workspace named "${workspaceName}". Use --force to add another one.`);
    this.name = 'SeedConflictError';
  }
}

type ResolvedOptions = Required<Omit<SeedOptions, 'now' | 'log' | 'docs'>> &
  Pick<SeedOptions, 'now' | 'log' | 'docs'>;

/** Fills in the defaults and checks the ranges; throws `RangeError` naming the bad option. */
export function resolveSeedOptions(options: SeedOptions = {}): ResolvedOptions {
  const resolved: ResolvedOptions = {
    ...options,
    workspaceName: options.workspaceName ?? DEFAULT_WORKSPACE_NAME,
    email: (options.email ?? DEFAULT_OWNER_EMAIL).trim().toLowerCase(),
    password: options.password ?? DEFAULT_OWNER_PASSWORD,
    spaces: options.spaces ?? 4,
    cards: options.cards ?? 600,
    days: options.days ?? 90,
    seed: options.seed ?? 1,
    force: options.force ?? false,
    team: options.team ?? true,
  };
  checkRange('spaces', resolved.spaces, 1, SEED_TEMPLATES.length);
  checkRange('cards', resolved.cards, resolved.spaces, 100_000);
  checkRange('days', resolved.days, 1, 3650);
  checkRange('seed', resolved.seed, 0, 2 ** 32 - 1);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(resolved.email)) {
    throw new RangeError(`email must be an email address, got "${resolved.email}".`);
  }
  if (resolved.password.length < 8) throw new RangeError('password must have at least 8 characters.');
  if (resolved.workspaceName.trim().length === 0 || resolved.workspaceName.length > NAME_MAX) {
    throw new RangeError(`the workspace name must have 1 to ${NAME_MAX} characters.`);
  }
  return resolved;
}

/** Seeds the demo workspace into `storage`; see {@link SeedOptions} for the defaults. */
export async function seedWorkspace(storage: Storage, options: SeedOptions = {}): Promise<SeedResult> {
  const resolved = resolveSeedOptions(options);
  const { workspaceName, email, password, days, seed, force } = resolved;
  const { spaces: spaceCount, cards: totalCards } = resolved;
  const log = options.log ?? (() => undefined);
  const docs = options.docs ?? storedDocs(storage);

  const existingOwner = await storage.findUserByEmail(email);
  if (existingOwner && !force) {
    const workspaces = await storage.listVisibleWorkspaces(existingOwner.id);
    if (workspaces.some((w) => w.name === workspaceName && w.memberRole === 'owner')) {
      throw new SeedConflictError(workspaceName, email);
    }
  }

  const to = options.now ?? Date.now();
  const from = to - days * DAY_MS;
  const random = createRandom(seed);

  const owner = await ensureUser(storage, { email, name: OWNER_NAME, password, role: 'owner' }, from);
  const team: SeededUser[] = [];
  if (resolved.team) {
    for (const person of DEMO_TEAM) team.push(await ensureUser(storage, { ...person, password }, from));
  }
  log(`users: ${[owner, ...team].map((u) => `${u.email}${u.created ? '' : ' (existing)'}`).join(', ')}`);

  const workspaceId = newId(12);
  const ownerCtx = { actor: owner.id, now: () => from };
  const workspaceDoc = new Y.Doc();
  initWorkspaceDoc(workspaceDoc, { id: workspaceId, name: workspaceName, type: 'private' }, ownerCtx);

  const templates = SEED_TEMPLATES.slice(0, spaceCount);
  const counts = splitCards(totalCards, templates);
  const spaces: SeededSpace[] = [];
  const interests = new Map<string, Interests>();
  const built: { doc: Y.Doc; update: Uint8Array }[] = [];
  for (const [i, templateId] of templates.entries()) {
    const template = findTemplate(templateId);
    if (!template) throw new Error(`The domain has no "${templateId}" template.`);
    const id = newId(12);
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id, template: templateId }, ownerCtx);
    const workers = team.filter((u) => u.role !== 'visitor' && worksOn(u, templateId)).map((u) => u.id);
    const actions = planSpace(random, {
      templateId,
      statuses: statusesOf(doc),
      labelIds: labelIdsByName(doc),
      team: workers.length > 0 ? workers : team.filter((u) => u.role === 'member').map((u) => u.id),
      lead: owner.id,
      cards: counts[i]!,
      from,
      to,
    });
    const cardIds = applyPlan(doc, actions);
    collectInterests(doc, id, interests);
    const update = Y.encodeStateAsUpdate(doc);
    built.push({ doc, update });
    spaces.push({
      id,
      name: template.name,
      template: templateId,
      cards: cardIds.length,
      historyEvents: spaceMaps(doc).history.length,
      bytes: update.byteLength,
    });
    log(`space "${template.name}": ${cardIds.length} cards, ${spaceMaps(doc).history.length} history events`);
  }
  // The streams read newest first in the order events reached the server. Each space's year is written in
  // one piece, so its events are stored first, all spaces' in the order they happened: a stream across
  // spaces then reads as the team lived it, not one space's whole history after another's. The projection
  // of the writes below finds them stored and adds nothing.
  const history = spaces.flatMap((space, i) => historyActivity(space.id, built[i]!.doc));
  await storeActivity(
    storage,
    history.sort((a, b) => a.at - b.at),
  );
  for (const [i, space] of spaces.entries()) {
    const { doc, update } = built[i]!;
    // Made-up history of made-up colleagues: it fills the activity streams, not anyone's notifications.
    await docs.edit(`space/${space.id}`, (stored) => Y.applyUpdate(stored, update, PAST_HISTORY));
    addSpace(workspaceDoc, { spaceId: space.id, name: space.name }, ownerCtx);
    doc.destroy();
  }

  const workspaceUpdate = Y.encodeStateAsUpdate(workspaceDoc);
  await docs.edit(`workspace/${workspaceId}`, (stored) => Y.applyUpdate(stored, workspaceUpdate));
  await storage.createWorkspace({
    id: workspaceId,
    name: workspaceName,
    type: 'private',
    createdBy: owner.id,
    createdAt: from,
  });
  for (const user of team) await storage.setMembership({ workspaceId, userId: user.id, role: user.role });
  for (const space of spaces) {
    await storage.createSpace({ id: space.id, workspaceId, createdBy: owner.id, createdAt: from });
  }
  // Last, once the spaces are reachable: a mirror must never point at a space its user cannot open yet.
  const users = [owner, ...team];
  for (const user of users) {
    if (user.role === 'visitor') continue;
    user.mirrors = await seedMySpace(
      docs,
      user.id,
      interests.get(user.id) ?? { responsible: [], coworker: [] },
      to,
    );
  }
  return { workspaceId, workspaceName, users, spaces, from, to };
}

function checkRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${value}.`);
  }
}

/** Whether a seeded user is on the team of a template; matched by email, as ids differ per data folder. */
function worksOn(user: SeededUser, templateId: string): boolean {
  return DEMO_TEAM.some((person) => person.email === user.email && person.worksOn.includes(templateId));
}

/** Label ids ordered by label name: ids are random, names are not, so the same seed picks the same labels. */
export function labelIdsByName(doc: Y.Doc): string[] {
  return [...spaceMaps(doc).labels.entries()]
    .map(([id, record]) => ({ id, name: String(record.get('name')) }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((label) => label.id);
}

function statusesOf(doc: Y.Doc): PlanStatus[] {
  const list = [...spaceMaps(doc).statuses.entries()].map(([id, record]) => readStatus(record, id));
  return sortKeyed(list.filter((status) => !status.archived)).map(({ id, name, role }) => ({
    id,
    name,
    role,
  }));
}

async function ensureUser(
  storage: Storage,
  person: { email: string; name: string; password: string; role: MemberRole },
  createdAt: number,
): Promise<SeededUser> {
  const existing: UserRecord | null = await storage.findUserByEmail(person.email);
  if (existing) {
    return {
      id: existing.id,
      email: existing.email,
      name: existing.name,
      role: person.role,
      created: false,
      mirrors: 0,
    };
  }
  const passwordHash = await hashPassword(person.password);
  const user = await storage.createUser({
    id: newId(8),
    email: person.email,
    name: person.name,
    passwordHash,
    createdAt,
  });
  return { id: user.id, email: user.email, name: user.name, role: person.role, created: true, mirrors: 0 };
}
