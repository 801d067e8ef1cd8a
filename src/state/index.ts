/** Snapshot stores React reads: one per open document, plus the pool's connection states. */
export {
  aggregateConnection,
  aggregateLocalCopy,
  createConnectionStore,
  type AggregateConnectionState,
  type ConnectionState,
  type ConnectionStore,
  type DocConnection,
  type DocConnectionState,
  type LocalCopyState,
} from './connectionStore.ts';
export {
  createSpaceStore,
  createSpaceLoadStore,
  isSpaceState,
  SPACE_RECORD_KEYS,
  selectCard,
  selectColumn,
  sameIds,
  EMPTY_COLUMN,
  type SpaceLoad,
  type SpaceLoadStore,
  type SpaceState,
  type SpaceStore,
} from './spaceStore.ts';
export { showMoveOnSnapshot, type SnapshotMove } from './snapshotMove.ts';
export { selectBadges, selectTodoIds, selectCommentIds, NO_BADGES, type CardBadges } from './cardItems.ts';
export { createWorkspaceStore, type WorkspaceState, type WorkspaceStore } from './workspaceStore.ts';
export { createUserStore, type UserState, type UserStore } from './userStore.ts';
export { createFeedStore, type FeedState, type FeedStore } from './feedStore.ts';
export {
  useAllCards,
  useSpaceStore,
  useWorkspaceStore,
  useUserStore,
  useFeedStore,
  useConnection,
} from './hooks.ts';
