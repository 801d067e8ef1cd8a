/**
 * The domain layer's public surface: document names, ids, records and their read helpers, operations,
 * migrations and undo. Everything that writes to a Yjs document goes through the operations exported here.
 */
export { LOCAL, SYSTEM } from './origin.ts';
export { DomainError, type DomainErrorCode } from './errors.ts';
export { newId, isId, ID_PATTERN } from './ids.ts';
export { parseDocName, docName, DOC_KINDS, type DocKind } from './docNames.ts';
export type { OpContext } from './context.ts';
export {
  SCHEMA_VERSION,
  spaceMaps,
  workspaceMaps,
  userMaps,
  feedMaps,
  isRecord,
  eachRecord,
  type YRecord,
} from './schema.ts';
export { compareKeyed, sortKeyed, type Keyed } from './ordering.ts';

export { NAME_MAX, nameSchema } from './records/common.ts';
export { STATUS_ROLES, statusSchema, readStatus, type Status, type StatusRole } from './records/status.ts';
export { labelSchema, readLabel, type Label } from './records/label.ts';
export {
  fieldSchema,
  readField,
  readFieldValues,
  fitsType,
  FIELD_TYPES,
  FIELD_TEXT_MAX,
  type Field,
  type FieldType,
  type FieldValue,
} from './records/field.ts';
export { spaceSettingsSchema, type SpaceSettings } from './records/settings.ts';
export {
  cardSchema,
  readCard,
  readPos,
  readBlocker,
  TITLE_MAX,
  NOTES_MAX,
  BLOCKER_REASON_MAX,
  type Blocker,
  type Card,
  type CardPos,
} from './records/card.ts';
export { todoSchema, readTodo, TODO_TEXT_MAX, type Todo } from './records/todo.ts';
export {
  RELATION_KINDS,
  RELATION_ROLES,
  relationSchema,
  relationIdSchema,
  relationId,
  readRelation,
  type Relation,
  type RelationKind,
  type RelationRole,
} from './records/relation.ts';
export {
  commentSchema,
  readComment,
  compareComments,
  COMMENT_TEXT_MAX,
  MENTIONS_MAX,
  type Comment,
} from './records/comment.ts';
export { folderSchema, readFolder, type Folder } from './records/folder.ts';
export {
  spaceEntrySchema,
  readSpaceEntry,
  SPACE_PRIVACIES,
  type SpaceEntry,
  type SpacePrivacy,
} from './records/spaceEntry.ts';
export { sectionSchema, readSection, type Section } from './records/section.ts';
export { savedViewSchema, readSavedView, type SavedView } from './records/savedView.ts';
export { mirrorSchema, readMirror, type Mirror } from './records/mirror.ts';
export {
  FEED_REASONS,
  cardSummarySchema,
  feedEntrySchema,
  feedKey,
  readFeedEntry,
  type CardSummary,
  type FeedEntry,
  type FeedReason,
} from './records/feedEntry.ts';
export {
  reminderSchema,
  readReminder,
  dueReminders,
  reminderOfCard,
  type Reminder,
} from './records/reminder.ts';
export {
  WORKSPACE_TYPES,
  spaceMetaSchema,
  workspaceMetaSchema,
  userMetaSchema,
  type WorkspaceType,
  type SpaceMeta,
  type WorkspaceMeta,
  type UserMeta,
} from './records/meta.ts';

export { TEMPLATES, DEFAULT_TEMPLATE_ID, findTemplate, type SpaceTemplate } from './templates/index.ts';
export { migrate, schemaVersionOf, MIGRATIONS, type Migration } from './migrations/index.ts';

export { initSpaceDoc, initWorkspaceDoc, initUserDoc, DEFAULT_SECTION_NAME } from './operations/init.ts';
export { addSpace, renameSpace, moveSpace, archiveSpace } from './operations/spaces.ts';
export { createFolder, renameFolder, moveFolder, archiveFolder } from './operations/folders.ts';
export { renameWorkspace } from './operations/workspaceName.ts';
export { describeIssue } from './operations/input.ts';
export {
  createStatus,
  renameStatus,
  setStatusRole,
  updateStatus,
  moveStatus,
  archiveStatus,
} from './operations/statuses.ts';
export { createLabel, updateLabel, archiveLabel } from './operations/labels.ts';
export { createField, renameField, archiveField, setSlaField } from './operations/fields.ts';
export { setFieldValue } from './operations/fieldValues.ts';
export { createCard, type CreateCardInput } from './operations/createCard.ts';
export { updateCard, archiveCard, type UpdateCardInput } from './operations/updateCard.ts';
export { moveCard, type MoveCardInput } from './operations/moveCard.ts';
export { addCardLabel, removeCardLabel, addCoworker, removeCoworker } from './operations/cardSets.ts';
export { addTodo, editTodo, checkTodo, removeTodo, moveTodo } from './operations/todos.ts';
export { addComment, editComment, deleteComment } from './operations/comments.ts';
export { setBlocker, clearBlocker } from './operations/blocker.ts';
export { addRelation, removeRelation } from './operations/relations.ts';
export { createSection, renameSection, moveSection, deleteSection } from './operations/sections.ts';
export { addMirror, moveMirror, removeMirror, setMirrorPriority, triageCard } from './operations/mirrors.ts';
export { saveView, deleteView } from './operations/savedViews.ts';
export { setReminder, clearReminder, markReminderFired } from './operations/reminders.ts';

export {
  readSpace,
  readSpaceMeta,
  readSpaceSettings,
  slaFieldOf,
  orderedStatuses,
  cardsInStatus,
  type SpaceSnapshot,
} from './read/space.ts';
export {
  isSpaceArchived,
  isSpaceArchivedIn,
  readWorkspace,
  spacesInFolder,
  type WorkspaceSnapshot,
} from './read/workspace.ts';
export { readUser, readTriaged, orderedSections, mirrorsInSection, type UserSnapshot } from './read/user.ts';
export { readHistory, cardHistory, historyLength, markHistoryEnd } from './history/log.ts';
export { TYPE_CODES, encodeEvent, decodeEvent } from './history/codec.ts';
export {
  historyEventSchema,
  type HistoryEvent,
  type HistoryEventType,
  type NewHistoryEvent,
} from './records/historyEvent.ts';
export { createUndo, type DomainUndo } from './undo.ts';
export {
  automaticFollowers,
  isFollowing,
  notificationRecipients,
  type NotificationReason,
} from './read/followers.ts';
export { columnKeys, prepareColumnIndex } from './read/columnIndex.ts';
export { foldForSearch, searchWords, titleRank, TITLE_ORDER } from './read/titleSearch.ts';
export { cardTodos, cardComments } from './read/cardItems.ts';
export { countTodos, cardProgress, type TodoCount } from './read/progress.ts';
export { dueTone, type DueTone } from './read/dueTone.ts';
export {
  cardDateWarnings,
  dateConflicts,
  liveRelationList,
  relationsOfCard,
  type CardDateWarning,
  type CardRelation,
  type DateConflict,
} from './read/relations.ts';
export {
  QUADRANTS,
  QUADRANT_NAMES,
  ROLE_NAMES,
  byQuadrant,
  byRole,
  bySection,
  bySpace,
  inboxSummaries,
  isFinished,
  isUrgent,
  liveSummary,
  mirrorItems,
  quadrantOf,
  unavailableReason,
  type ItemGroup,
  type MirrorItem,
  type Quadrant,
} from './read/mySpace.ts';
export {
  activityPredicate,
  activitySentence,
  foldNoteEdits,
  movedFrom,
  NOTE_EDITS_RUN_MS,
  type ActivityNames,
  type ActivitySubject,
  type HistoryEntry,
} from './read/activity.ts';
