/**
 * The one error type the domain layer throws. Operations throw it before writing anything, so a caught
 * `DomainError` always means the document is unchanged.
 */

/** Codes callers can branch on (the server maps them to HTTP 4xx, the UI to messages). */
export type DomainErrorCode =
  | 'invalid_input'
  | 'empty_title'
  | 'empty_text'
  | 'invalid_dates'
  | 'unknown_template'
  | 'unknown_card'
  | 'unknown_status'
  | 'unknown_label'
  | 'unknown_folder'
  | 'unknown_space'
  | 'unknown_section'
  | 'unknown_mirror'
  | 'unknown_neighbour'
  | 'unknown_todo'
  | 'unknown_comment'
  | 'unknown_field'
  | 'not_author'
  | 'comment_deleted'
  | 'folder_archived'
  | 'card_archived'
  | 'status_archived'
  | 'label_archived'
  | 'field_archived'
  | 'invalid_value'
  | 'not_a_date_field'
  | 'status_not_empty'
  | 'last_status'
  | 'last_section'
  | 'duplicate_mirror'
  | 'duplicate_space'
  | 'duplicate_label'
  | 'duplicate_field'
  | 'duplicate_view'
  | 'duplicate_folder'
  | 'duplicate_status'
  | 'card_not_upgraded'
  | 'unknown_view'
  | 'unknown_reminder'
  | 'unknown_relation'
  | 'self_relation'
  | 'duplicate_relation'
  | 'relation_cycle'
  | 'two_parents'
  | 'not_initialized'
  | 'schema_too_new'
  | 'schema_invalid'
  | 'changed_since';

/** A refused domain operation; `code` is stable, `message` is for people, `details` for debugging. */
export class DomainError extends Error {
  readonly code: string;
  readonly details?: unknown;

  constructor(code: DomainErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}
