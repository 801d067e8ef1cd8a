/** The client's sync layer: document pool, local copies, connection tracking and document→store bridges. */
export {
  createDocumentPool,
  syncUrl,
  SyncDeniedError,
  type ConnectionObservable,
  type DocumentHandle,
  type DocumentPool,
  type DocumentPoolOptions,
} from './documentPool.ts';
export {
  createOfflineStore,
  type LocalDocInfo,
  type LocalDocument,
  type OfflineStore,
} from './offlineStore.ts';
export {
  DEFAULT_OFFLINE_DB_NAME,
  type LocalSession,
  type LocalUser,
  type LocalWorkspace,
  type OfflineDbOptions,
} from './offlineDb.ts';
export { startLocalCompaction, type LocalCompaction } from './localCompaction.ts';
export { isRefusalCode } from './connectionTracker.ts';
export {
  openSpace,
  openWorkspace,
  openUser,
  openFeed,
  whenDocumentLoaded,
  type OpenDocument,
  type OpenSpace,
  type OpenSpaceOptions,
} from './openDocument.ts';
export {
  createBoardSnapshots,
  BOARD_SNAPSHOT_VERSION,
  SNAPSHOT_WRITE_MEASURE,
  type BoardSnapshots,
  type BoardSnapshotOptions,
} from './boardSnapshots.ts';
export { readSpaceState } from './bridge/spaceState.ts';
export { bridgeFeed, type FeedBridge } from './bridge/feedBridge.ts';
export { bridgeSpace, type SpaceBridge } from './bridge/spaceBridge.ts';
export { publishPending } from './bridge/docBridge.ts';
export { bridgeWorkspace, type WorkspaceBridge } from './bridge/workspaceBridge.ts';
export { bridgeUser, type UserBridge } from './bridge/userBridge.ts';
export { bindSpaceActions, SpaceLoadingError, type SpaceActions, type SpaceLoading } from './spaceActions.ts';
export { updateCardInSpace } from './cardInSpace.ts';
export { joinPresence, type Peer, type Presence, type PresenceState } from './presence.ts';
export { bindWorkspaceActions, type WorkspaceActions } from './workspaceActions.ts';
export { bindUserActions, type UserActions } from './userActions.ts';
export { createUserUndo, type UserUndo } from './userUndo.ts';
