import { useContext, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Comment } from '../../domain/index.ts';
import { selectCommentIds, useSpaceStore, type SpaceStore } from '../../state/index.ts';
import type { SpaceActions } from '../../sync/index.ts';
import { patchComment, postComment, removeComment } from '../api';
import { FormError } from '../common/FormError';
import { useKeptDraft } from '../common/keptDraft';
import { ArchivedContext, ReadOnlyContext } from '../common/readOnly';
import { findMentions, splitMentions } from './mentions';
import { useMentionSuggestions } from './useMentionSuggestions';
import type { RunWrite } from './panelTypes';
import { PeopleContext } from './people';

interface CommentSectionProps {
  cardId: string;
  store: SpaceStore;
  actions: SpaceActions;
  run: RunWrite;
  personName: (id: string) => string;
}

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Enter (or Ctrl/Cmd+Enter) sends; Shift+Enter is a new line, as in chat tools. */
function isSend(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing;
}

/** The card's comment thread, oldest first, and the field to add one. Authors edit and delete their own. */
export function CommentSection({ cardId, store, actions, run, personName }: CommentSectionProps) {
  const comments = useSpaceStore(
    store,
    useShallow((state) => selectCommentIds(cardId)(state).map((id) => state.comments[id]!)),
  );
  const people = useContext(PeopleContext);
  // Closing the card or reloading the page keeps what was written (a comment is sent only on purpose).
  // The writer's own: someone signing in next in this tab never finds it.
  const [draft, setDraft] = useKeptDraft(`comment:${actions.actorId}:${cardId}`);
  const headingId = useId();
  const newField = useRef<HTMLTextAreaElement>(null);
  // Readers (visitors) may comment but not write the document: their comments go through the server.
  const reader = useContext(ReadOnlyContext);
  // An archived space takes no comments, nor edits of old ones.
  const archived = useContext(ArchivedContext);
  const spaceId = useSpaceStore(store, (state) => state.meta.id);
  const [readerError, setReaderError] = useState<string | null>(null);
  /** A reader's write through the server: true once done, else the reason is shown under the thread. */
  const viaServer = (what: string, call: () => Promise<unknown>): Promise<boolean> =>
    call().then(
      () => {
        setReaderError(null);
        return true;
      },
      (error: unknown) => {
        setReaderError(`Could not ${what}: ${error instanceof Error ? error.message : 'unknown error'}`);
        return false;
      },
    );
  const writer: CommentWriter = reader
    ? {
        edit: (commentId, text, mentions) =>
          viaServer('edit the comment', () => patchComment(spaceId, cardId, commentId, { text, mentions })),
        remove: (commentId) =>
          viaServer('delete the comment', () => removeComment(spaceId, cardId, commentId)),
      }
    : {
        edit: (commentId, text, mentions) =>
          run('edit the comment', () => actions.editComment({ cardId, commentId, text, mentions })),
        remove: (commentId) => run('delete the comment', () => actions.deleteComment({ cardId, commentId })),
      };
  const suggestions = useMentionSuggestions(draft, setDraft, people, newField);
  // Who the comment will notify, said before it is sent: a name typed differently mentions nobody.
  const notified = findMentions(draft, people).map((id) => people[id] ?? id);
  const send = () => {
    const mentions = findMentions(draft, people);
    if (!reader) {
      if (run('add the comment', () => actions.addComment({ cardId, text: draft, mentions }))) setDraft('');
      return;
    }
    if (draft.trim() === '') return;
    const sent = draft;
    postComment(spaceId, cardId, { text: sent, mentions }).then(
      () => {
        setReaderError(null);
        setDraft((now) => (now === sent ? '' : now));
      },
      (error: unknown) =>
        setReaderError(
          `Could not add the comment: ${error instanceof Error ? error.message : 'unknown error'}`,
        ),
    );
  };
  return (
    <section className="card-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Comments</h3>
      {comments.length > 0 && (
        <ol className="comment-list" aria-label="Comments">
          {comments.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              own={!archived && comment.by === actions.actorId}
              author={personName(comment.by)}
              writer={writer}
              onDeleted={() => newField.current?.focus()}
            />
          ))}
        </ol>
      )}
      <FormError message={readerError} />
      {!archived && (
        <>
          <div className="mention-field">
            <textarea
              ref={newField}
              aria-label="New comment"
              aria-describedby={`${cardId}-comment-keys`}
              placeholder="Write a comment; @Name mentions someone"
              rows={2}
              maxLength={10_000}
              value={draft}
              {...suggestions.fieldProps}
              onChange={(event) => {
                setDraft(event.target.value);
                suggestions.track(event);
              }}
              onKeyDown={(event) => {
                if (suggestions.onKeyDown(event) || !isSend(event)) return;
                event.preventDefault();
                send();
              }}
            />
            {suggestions.list}
          </div>
          {notified.length > 0 && <p className="muted comment-notifies">Notifies {notified.join(', ')}</p>}
          <div className="comment-actions">
            <span className="muted comment-keys" id={`${cardId}-comment-keys`}>
              Enter sends, Shift+Enter starts a new line
            </span>
            <button type="button" onClick={send}>
              Comment
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/**
 * How one's own comments are edited and deleted: members write the document; readers (visitors) ask the
 * server, which writes it as them. Each tells whether the write was made: at once for a member (focus
 * moves in the same event), once the server answered for a reader.
 */
interface CommentWriter {
  edit(commentId: string, text: string, mentions: string[]): boolean | Promise<boolean>;
  remove(commentId: string): boolean | Promise<boolean>;
}

function whenDone(result: boolean | Promise<boolean>, then: () => void): void {
  if (result instanceof Promise) void result.then((done) => done && then());
  else if (result) then();
}

interface CommentItemProps {
  comment: Comment;
  own: boolean;
  author: string;
  writer: CommentWriter;
  /** Where the focus goes once the comment's Delete button is gone. */
  onDeleted: () => void;
}

function CommentItem({ comment, own, author, writer, onDeleted }: CommentItemProps) {
  const people = useContext(PeopleContext);
  const [editing, setEditing] = useState<string | null>(null);
  const commentId = comment.id;
  // Leaving the editor removes it; the Edit button that opened it takes the focus back.
  const wasEditing = useRef(false);
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (editing === null && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);
  const save = () => {
    if (editing === null) return;
    const mentions = findMentions(editing, people);
    const sent = editing;
    // Typing on while a reader's edit travels keeps what was typed since.
    whenDone(writer.edit(commentId, sent, mentions), () => setEditing((now) => (now === sent ? null : now)));
  };
  return (
    <li className="comment" aria-label={`Comment by ${author}`}>
      <div className="comment-head">
        <strong>{author}</strong>
        <time className="muted" dateTime={new Date(comment.at).toISOString()}>
          {WHEN.format(comment.at)}
        </time>
        {comment.editedAt !== null && !comment.deleted && <span className="muted">(edited)</span>}
      </div>
      {comment.deleted ? (
        <p className="comment-text muted">Comment deleted</p>
      ) : editing !== null ? (
        <>
          <textarea
            aria-label="Edit comment"
            rows={3}
            maxLength={10_000}
            value={editing}
            autoFocus
            onChange={(event) => setEditing(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                // Cancels the edit only; the panel would close on the same key.
                event.stopPropagation();
                setEditing(null);
              } else if (isSend(event)) {
                event.preventDefault();
                save();
              }
            }}
          />
          <div className="comment-actions">
            <button type="button" onClick={save}>
              Save
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <p className="comment-text">
          {splitMentions(comment.text, comment.mentions, people).map((part, i) =>
            part.userId === undefined ? (
              part.text
            ) : (
              <strong key={i} className="mention">
                {part.text}
              </strong>
            ),
          )}
        </p>
      )}
      {own && !comment.deleted && editing === null && (
        <div className="comment-actions">
          <button
            type="button"
            className="icon-button"
            ref={editButton}
            onClick={() => setEditing(comment.text)}
          >
            Edit
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => whenDone(writer.remove(commentId), onDeleted)}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
