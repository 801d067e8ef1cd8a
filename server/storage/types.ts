/**
 * The storage contract of the server. Accounts, sessions, workspaces, memberships and spaces are relational
 * records; documents are an append-only log of Yjs updates plus one compacted snapshot per document.
 *
 * Every method returns a promise so that a networked database (PostgreSQL) can implement the same
 * interface. The SQLite adapter does its work synchronously before returning an already settled promise,
 * which is what lets the sync layer append an update before any other connection can see it.
 */

import type { SpaceCardSummary } from '../../src/domain/read/cardSummary.ts';

export type InstanceRole = 'owner' | 'user';
export type WorkspaceType = 'private' | 'public' | 'org_wide';
export type MemberRole = 'owner' | 'member' | 'visitor';

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  instanceRole: InstanceRole;
  createdAt: number;
}

/** A user together with the stored password hash, only for login. */
export interface UserWithSecret extends UserRecord {
  passwordHash: string;
}

export interface WorkspaceRecord {
  id: string;
  name: string;
  type: WorkspaceType;
  createdBy: string;
  createdAt: number;
  /** Epoch ms when an owner archived it; null or absent while it is in use. */
  archivedAt?: number | null;
}

export interface MembershipRecord {
  workspaceId: string;
  userId: string;
  role: MemberRole;
}

export interface SpaceRecord {
  id: string;
  workspaceId: string;
  createdBy: string;
  createdAt: number;
}

/** What is stored for one document: the latest snapshot (if any) and every update appended after it. */
export interface StoredDoc {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Sequence number of each entry of `updates`, in the same order. */
  seqs: number[];
  /** Sequence number of the newest row included (snapshot or update); 0 when nothing is stored. */
  lastSeq: number;
}

/** Whether an activity row's actor is the authenticated writer or the event's own `by`. */
export type ActorSource = 'session' | 'recorded';

/** One card history event as the activity projection stores it. */
export interface NewActivity {
  spaceId: string;
  /** The event's id: the Yjs item id `<client>:<clock>` of its tuple, unique within its space. */
  eventId: string;
  cardId: string;
  type: string;
  /** When the event happened, epoch ms (the event's `at`). */
  at: number;
  /** The user who wrote the event: see `actorSource`. */
  actor: string;
  actorSource: ActorSource;
  /** The `by` written in the event by the client. */
  recordedBy: string;
  /** The event's type-specific fields (everything but id, card, type, at and by). */
  data: Record<string, unknown>;
  /**
   * The names its sentence needs as they were when it was recorded (`projections/activityNames.ts`);
   * absent on rows stored before names were kept.
   */
  names?: Record<string, unknown>;
}

/** A stored activity row; `seq` grows with every insert, so newer rows always have higher ones. */
export interface ActivityRecord extends NewActivity {
  seq: number;
  /** The actor's display name, or null for a user no longer known. */
  actorName: string | null;
}

/** Where a card stood by its stored activity: null where no row says. */
export interface ActivityCardState {
  status: string | null;
  title: string | null;
}

/** A card's new summary for the projection; null when the card no longer exists. */
export interface CardSummaryChange {
  cardId: string;
  summary: SpaceCardSummary | null;
}

/** A title search: words (folded, `foldForSearch`) a title must all hold, in the spaces of some workspaces. */
export interface CardSearch {
  workspaceIds: readonly string[];
  words: readonly string[];
  /** A space left out (the one the searcher has open, whose cards it finds itself). */
  excludeSpaceId?: string;
}

/** A card as a title search finds it. */
export interface CardTitle {
  spaceId: string;
  cardId: string;
  title: string;
  /** Its column's name. */
  statusName: string;
  /** Whether that column is a completed or cancelled one: the work is over. */
  finished: boolean;
}

/** Why a card concerns a user, by the card's own data. */
export interface CardConcern {
  spaceId: string;
  cardId: string;
  reason: 'responsible' | 'coworker' | 'mentioned';
}

/** A page of activity, newest first. Every filter is optional except the readable workspaces. */
export interface ActivityQuery {
  /** Only events of spaces in these workspaces (the ones the reader may see). */
  workspaceIds: readonly string[];
  /** Only rows with `seq` below this (the cursor of the previous page). */
  before?: number;
  /** Only rows with `seq` above this (the newest the reader has: what arrived since). */
  after?: number;
  spaceId?: string;
  cardId?: string;
  actor?: string;
  type?: string;
  /** Leave out events of these types (a detail level). */
  excludeTypes?: readonly string[];
  /** Only events with `at` ≥ `from` (epoch ms). */
  from?: number;
  /** Only events with `at` < `to` (epoch ms). */
  to?: number;
  limit: number;
}

/** One notification to store: the activity event `eventId` of `spaceId`, for `userId`. */
export interface NewNotification {
  userId: string;
  spaceId: string;
  eventId: string;
  cardId: string;
  type: string;
  reason: 'follow' | 'mention';
  /** Who made the change and when (epoch ms): a newer change of the same kind replaces an unread one. */
  actor: string;
  at: number;
  /** Which part of the card the change is to (a date's `start`/`due`, a custom field's id); none: ''. */
  part?: string;
}

/** A stored notification with the activity row that gives its sentence. */
/**
 * A user's unread notifications: how many, and the `seq` of the newest (null with none). The newest
 * changes when a notification replaces an unread one of its kind, which leaves the count as it was.
 */
export interface UnreadNotifications {
  unread: number;
  latest: number | null;
}

export interface NotificationRecord {
  /** Grows with every insert: the page cursor and the id used to mark it read. */
  seq: number;
  reason: 'follow' | 'mention';
  /** Epoch ms when the user marked it read; null while unread. */
  readAt: number | null;
  activity: ActivityRecord;
}

/** A page of a user's notifications, newest first, from the spaces of `workspaceIds` only. */
export interface NotificationQuery {
  userId: string;
  workspaceIds: readonly string[];
  before?: number;
  level: 'everything' | 'relevant' | 'comments';
  limit: number;
}

/** Thrown when a unique constraint (such as a duplicate e-mail address) rejects a write. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

export interface NewUser {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  createdAt: number;
}

export interface Storage {
  /**
   * Creates a user. The first user of an instance becomes its owner, decided inside the same transaction
   * so two concurrent first sign-ups cannot both become owner. Throws `ConflictError` on a duplicate email.
   */
  createUser(user: NewUser): Promise<UserRecord>;
  findUserByEmail(email: string): Promise<UserWithSecret | null>;
  findUserById(id: string): Promise<UserRecord | null>;
  /** Whether any account exists: an instance without one is set up by its first sign-up. */
  hasUsers(): Promise<boolean>;

  /** Stores a session by the SHA-256 hash of its token; `expiresAt` in epoch ms. */
  createSession(tokenHash: string, userId: string, expiresAt: number): Promise<void>;
  /** The user of an unexpired session, or null. */
  findSessionUser(tokenHash: string, now: number): Promise<UserRecord | null>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Removes sessions that expired before `now` (epoch ms); returns how many. */
  deleteExpiredSessions(now: number): Promise<number>;

  /** Creates a workspace and makes its creator an owner member, in one transaction. */
  createWorkspace(workspace: WorkspaceRecord): Promise<void>;
  findWorkspace(id: string): Promise<WorkspaceRecord | null>;
  /** Renames, archives (`archivedAt` epoch ms) or restores (`archivedAt: null`) a workspace. */
  updateWorkspace(id: string, changes: { name?: string; archivedAt?: number | null }): Promise<void>;
  /** Every workspace the user may see: private ones they belong to, and all public and org-wide ones. */
  listVisibleWorkspaces(userId: string): Promise<Array<WorkspaceRecord & { memberRole: MemberRole | null }>>;
  findMembership(workspaceId: string, userId: string): Promise<MemberRole | null>;
  /** Adds a member or changes the role of an existing one. */
  setMembership(membership: MembershipRecord): Promise<void>;
  /** Adds a membership only if the user has none in that workspace; false when one existed (unchanged). */
  addMembershipIfAbsent(membership: MembershipRecord): Promise<boolean>;
  /** Returns false when the user was not a member. */
  deleteMembership(workspaceId: string, userId: string): Promise<boolean>;
  countOwners(workspaceId: string): Promise<number>;
  /**
   * The users of a workspace with their roles, by name: the explicit memberships, and with `everyone`
   * (an org-wide workspace) every other user of the instance as a member too.
   */
  listMembers(workspaceId: string, everyone: boolean): Promise<Array<UserRecord & { role: MemberRole }>>;

  createSpace(space: SpaceRecord): Promise<void>;
  /** Removes a space's registration (undoing a creation that could not be completed). */
  deleteSpace(id: string): Promise<void>;
  /** Deletes a document's stored log rows and snapshot (undoing a creation that could not be completed). */
  deleteDoc(docName: string): Promise<void>;
  findSpace(id: string): Promise<SpaceRecord | null>;
  /** The ids of every space registered in these workspaces. */
  spaceIdsOf(workspaceIds: readonly string[]): Promise<string[]>;

  /**
   * Appends one Yjs update to a document's log; resolves to its sequence number. The update must be durable
   * (committed) before the promise resolves: the sync layer broadcasts an update, and answers sync step 1
   * with the document's state, only after this resolves, so a client never sees an update the store could
   * still lose. An adapter must not resolve early (e.g. on queueing a write).
   */
  appendUpdate(docName: string, update: Uint8Array): Promise<number>;
  loadDoc(docName: string): Promise<StoredDoc>;
  /** Number of log rows stored after the document's snapshot. */
  countUpdates(docName: string): Promise<number>;
  /**
   * Replaces the document's snapshot with `snapshot` and deletes exactly the log rows `folded` (the rows
   * whose content the snapshot contains; `upToSeq` is the newest of them) — in one transaction. Every other
   * row is kept, including rows after `upToSeq`. Nothing changes if the stored snapshot is newer.
   */
  compact(docName: string, snapshot: Uint8Array, upToSeq: number, folded: readonly number[]): Promise<void>;

  /** Adds activity rows in one transaction; rows already stored (same space and event id) are skipped. */
  insertActivity(rows: readonly NewActivity[]): Promise<number>;
  /** Number of activity rows of a space. */
  countActivity(spaceId: string): Promise<number>;
  /** Up to `limit` activity rows matching `query`, highest `seq` first. */
  queryActivity(query: ActivityQuery): Promise<ActivityRecord[]>;
  /**
   * A card's status and title after its newest stored created/moved/titled rows, for naming what its next
   * move or rename replaced; null when the table holds no such row for the card.
   */
  activityCardState(spaceId: string, cardId: string): Promise<ActivityCardState | null>;

  /** Replaces the stored summaries of a space's changed cards (null: the card is gone) and whom they concern. */
  storeCardSummaries(spaceId: string, changes: readonly CardSummaryChange[]): Promise<void>;
  /** Every stored summary of a space as JSON text, by card id. */
  spaceCardSummaries(spaceId: string): Promise<Map<string, string>>;
  /** The stored summaries of these cards (missing ones are left out). */
  cardSummaries(keys: ReadonlyArray<{ spaceId: string; cardId: string }>): Promise<SpaceCardSummary[]>;
  /**
   * The unarchived cards of the spaces of `workspaceIds` whose title holds every one of `words`
   * (lower-case), from the stored summaries, unordered; an adapter may read a bounded number of candidates.
   */
  searchCards(search: CardSearch): Promise<CardTitle[]>;
  /** Every card that concerns `userId` as responsible, co-worker or mentioned, one row per reason. */
  cardsConcerning(userId: string): Promise<CardConcern[]>;
  /** Notes that every card of the space has been compared with what is stored. */
  markSummarised(spaceId: string): Promise<void>;
  /** Those of `spaceIds` never summarised (their cards may lack stored summaries). */
  unsummarisedSpaces(spaceIds: readonly string[]): Promise<string[]>;
  /** Records a user's explicit choice to follow (true) or unfollow (false) a card, replacing an earlier one. */
  setFollow(choice: { userId: string; spaceId: string; cardId: string; following: boolean }): Promise<void>;
  /** The explicit choices on these cards of a space, by card id, then user id. */
  followChoices(spaceId: string, cardIds: readonly string[]): Promise<Map<string, Map<string, boolean>>>;
  /** Adds notifications in one transaction; one already stored (same user, space and event) is skipped. */
  insertNotifications(rows: readonly NewNotification[]): Promise<number>;
  /** Up to `limit` of a user's notifications, highest `seq` first. */
  queryNotifications(query: NotificationQuery): Promise<NotificationRecord[]>;
  /** How many of a user's notifications in the spaces of `workspaceIds` are unread, and the newest's seq. */
  unreadNotifications(userId: string, workspaceIds: readonly string[]): Promise<UnreadNotifications>;
  /** Marks the user's notifications `seqs` read (all of them when `seqs` is 'all'); returns how many changed. */
  markNotificationsRead(userId: string, seqs: readonly number[] | 'all', at: number): Promise<number>;

  close(): Promise<void>;
}
