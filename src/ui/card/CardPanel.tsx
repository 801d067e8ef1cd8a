import { useContext, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { NOTES_MAX } from '../../domain/index.ts';
import { selectCard, useSpaceStore, type SpaceStore } from '../../state/index.ts';
import type { SpaceActions } from '../../sync/index.ts';
import { announce } from '../common/announce';
import { FormError } from '../common/FormError';
import { useRefusedField } from '../common/useRefusedField';
import { keptText } from '../common/keptDraft';
import type { Command } from '../commands/command';
import { useCommands } from '../commands/registry';
import { BlockerField } from './BlockerField';
import { DraftText } from './DraftText';
import { FieldInputs } from './FieldInputs';
import { FollowButton } from './FollowButton';
import { CardHistory } from './CardHistory';
import { CommentSection } from './CommentSection';
import { CoworkerPicker } from './CoworkerPicker';
import { RelationSection } from './RelationSection';
import { ReminderField } from './ReminderField';
import { TodoSection } from './TodoSection';
import './cardItems.css';
import { DateDraft } from './DateDraft';
import { ManageLabelsContext } from '../common/manageLabels';
import { ArchivedContext, ReadOnlyContext } from '../common/readOnly';
import { PeopleContext, useNameOf } from './people';
import { MySpaceToggle } from '../myspace/MySpaceToggle';
import { StatusSelect } from './StatusSelect';
import { reportNotSaved } from '../shell/RefusedWrites';

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

interface CardPanelProps {
  cardId: string;
  store: SpaceStore;
  actions: SpaceActions;
  /**
   * Closes the panel; given a card id, that card takes the focus rather than the one shown (archiving a
   * card closes the panel, and the card is no longer there to go back to).
   */
  onClose: (focusCardId?: string) => void;
}

/**
 * The card's panel beside the board (its own URL): every field saves as soon as it is left or changed,
 * through one domain operation each, and the card's history is listed below.
 */
export function CardPanel({ cardId, store, actions, onClose }: CardPanelProps) {
  const card = useSpaceStore(store, selectCard(cardId));
  const labels = useSpaceStore(
    store,
    useShallow((state) =>
      Object.values(state.labels)
        .filter((label) => !label.archived)
        .sort((a, b) => a.name.localeCompare(b.name)),
    ),
  );
  const statuses = useSpaceStore(store, (state) => state.statuses);
  const allLabels = useSpaceStore(store, (state) => state.labels);
  const fields = useSpaceStore(store, (state) => state.fields);
  const todos = useSpaceStore(store, (state) => state.todos);
  const historyLength = useSpaceStore(store, (state) => state.historyLength);
  const spaceId = useSpaceStore(store, (state) => state.meta.id);
  const people = useContext(PeopleContext);
  const personName = useNameOf();
  const readOnly = useContext(ReadOnlyContext);
  const archived = useContext(ArchivedContext);
  const manageLabels = useContext(ManageLabelsContext);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const errorId = `${headingId}-error`;
  const refusedField = useRefusedField(errorId);
  const refuse = (message: string) => {
    setError(message);
    refusedField.mark();
  };
  const putAwayError = () => {
    setError(null);
    refusedField.unmark();
  };

  // Moving focus into the panel says where the user is; closing it returns focus to the card (SpacePage).
  // The panel's heading is drawn anew when what it shows changes (a card opened from a link before its
  // space has loaded shows "Loading the card…" first), and the focus moves to the new one.
  // That second move takes the focus only from nowhere or from inside the panel, never from where the
  // user went meanwhile (a colleague archiving the card while the user types on the board).
  // A card not in the store while the space loads may yet come: a board snapshot holds no archived card.
  const loading = historyLength < 0;
  const shows = card === undefined ? (loading ? 'loading' : 'missing') : card.archived ? 'archived' : 'card';
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    const opened = focusedFor.current !== cardId;
    focusedFor.current = cardId;
    const active = document.activeElement;
    const panel = heading.current?.closest('[role="dialog"]');
    if (opened || active === null || active === document.body || panel?.contains(active)) {
      heading.current?.focus();
    }
  }, [cardId, shows]);

  // History is read from the document only when it grew (historyLength), not on every render.
  const exists = card !== undefined;
  const events = useMemo(
    () => (exists && historyLength >= 0 ? actions.cardHistory(cardId) : []),
    [actions, cardId, historyLength, exists],
  );

  /** Runs one write; on refusal shows why and returns false (the document is unchanged). */
  // A date the card refused as the panel closed: the panel's own message would go with it.
  const lostDate = (which: 'start' | 'due', typed: string) =>
    reportNotSaved(
      `The ${which} date ${new Date(`${typed}T00:00`).toLocaleDateString(undefined, DAY)} typed for ` +
        `“${card?.title ?? 'a card'}” was not saved: the card refused it.`,
    );
  const run = (what: string, write: () => void): boolean => {
    try {
      write();
      putAwayError();
      return true;
    } catch (caught) {
      refuse(`Could not ${what}: ${caught instanceof Error ? caught.message : 'unknown error'}`);
      return false;
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  const archive = () =>
    run('archive the card', () => {
      if (!card) return;
      // The focus goes on to the card below it (or above, at the bottom of its column).
      const column = store.getState().columns[card.pos.statusId] ?? [];
      const at = column.indexOf(cardId);
      const neighbour = column[at + 1] ?? column[at - 1];
      actions.archiveCard({ cardId, archived: true });
      onClose(neighbour);
      // The card leaves the board with the panel: said, with the way back.
      announce(`Archived “${card.title}”. Ctrl+Z brings it back; the space's Archived list keeps it.`);
    });
  // The palette offers archiving the open card too; it reads the panel's latest state when chosen.
  const latestArchive = useRef(archive);
  latestArchive.current = archive;
  const editable = shows === 'card' && !readOnly;
  useCommands(
    useMemo<Command[]>(
      () =>
        editable
          ? [{ id: 'card-archive', label: 'Archive this card', perform: () => latestArchive.current() }]
          : [],
      [editable],
    ),
  );

  // The user's own notes not saved when the card was archived under them (`DraftText`'s `keptAs`).
  const notesKey = `notes:${actions.actorId}:${cardId}`;
  if (!card || card.archived) {
    return (
      <aside
        className="card-panel"
        role="dialog"
        aria-labelledby={headingId}
        aria-busy={shows === 'loading'}
        onKeyDown={onKeyDown}
      >
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {card ? 'This card is archived' : loading ? 'Loading the card…' : 'Card not found'}
        </h2>
        {card && <p className="card-panel-archived-title">“{card.title}”</p>}
        <FormError message={error} />
        {card && keptText(notesKey) !== '' && (
          <p className="muted">
            Your unsaved changes to the notes are kept: they come back when the card is restored.
          </p>
        )}
        <div className="row">
          {card && !readOnly && (
            <button
              type="button"
              onClick={() => run('restore the card', () => actions.archiveCard({ cardId, archived: false }))}
            >
              Restore card
            </button>
          )}
          <button type="button" onClick={() => onClose()}>
            Close
          </button>
        </div>
      </aside>
    );
  }

  // A refusal is about a value the field has already given back: typing anything next clears it.
  const onInput = () => {
    if (error !== null) putAwayError();
  };
  return (
    <aside
      className="card-panel"
      role="dialog"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      onInput={onInput}
      {...refusedField.handlers}
    >
      <div className="card-panel-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {card.title}
        </h2>
        {/* Beside the title, as a dialog's close is: never a line of its own when the buttons wrap. */}
        <button type="button" onClick={() => onClose()} aria-label="Close card">
          Close
        </button>
        <div className="card-panel-actions">
          {spaceId !== '' && <MySpaceToggle spaceId={spaceId} cardId={cardId} />}
          {/* Following and reminders are the reader's own, so visitors have them too. */}
          <FollowButton spaceId={spaceId} card={card} store={store} />
        </div>
      </div>
      <FormError id={errorId} message={error} />
      {readOnly && !archived && (
        <p className="card-panel-reader muted">
          You are a visitor here: you can read this card and comment on it; members edit it.
        </p>
      )}
      {/* A visitor reads the card; the server would drop their edits, so none are offered. */}
      <fieldset className="card-panel-fields" disabled={readOnly}>
        <div className="field">
          <label htmlFor={`${headingId}-title`}>Title</label>
          <DraftText
            id={`${headingId}-title`}
            value={card.title}
            what="the title"
            maxLength={500}
            normalize={(text) => text.trim()}
            onSave={(title) => run('rename the card', () => actions.updateCard({ cardId, title }))}
          />
        </div>
        <StatusSelect
          id={`${headingId}-status`}
          card={card}
          statuses={statuses}
          onChange={(toStatusId) =>
            // No neighbours: the card goes to the bottom of the chosen column, one move in its history.
            run('change the status', () => actions.moveCard({ cardId, toStatusId }))
          }
        />
        <BlockerField card={card} actions={actions} run={run} personName={personName} />
        <div className="row card-dates">
          <div className="field">
            <label htmlFor={`${headingId}-start`}>Start date</label>
            <DateDraft
              id={`${headingId}-start`}
              value={card.start}
              edge="start"
              onSave={(start) => run('set the start date', () => actions.updateCard({ cardId, start }))}
              onRefuse={(message) => refuse(`Could not set the start date: ${message}`)}
              onLost={(typed) => lostDate('start', typed)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${headingId}-due`}>Due date</label>
            <DateDraft
              id={`${headingId}-due`}
              value={card.due}
              edge="end"
              onSave={(due) => run('set the due date', () => actions.updateCard({ cardId, due }))}
              onRefuse={(message) => refuse(`Could not set the due date: ${message}`)}
              onLost={(typed) => lostDate('due', typed)}
            />
          </div>
        </div>
        <FieldInputs card={card} store={store} actions={actions} run={run} idPrefix={headingId} />
        <div className="field">
          <label htmlFor={`${headingId}-responsible`}>Responsible</label>
          <select
            id={`${headingId}-responsible`}
            value={card.responsible ?? ''}
            onChange={(event) =>
              run('change the responsible person', () =>
                actions.updateCard({ cardId, responsible: event.target.value || null }),
              )
            }
          >
            <option value="">Nobody</option>
            {Object.entries(people).map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
            {card.responsible !== null && !Object.hasOwn(people, card.responsible) && (
              <option value={card.responsible}>{personName(card.responsible)}</option>
            )}
          </select>
        </div>
        <CoworkerPicker card={card} actions={actions} run={run} personName={personName} />
        <fieldset className="card-panel-labels">
          <legend>Labels</legend>
          {labels.length === 0 && <p className="muted">This space has no labels.</p>}
          {labels.map((label) => (
            <label key={label.id} style={{ '--label': label.color } as object}>
              <input
                type="checkbox"
                checked={card.labels.includes(label.id)}
                onChange={(event) =>
                  run('change the labels', () =>
                    actions.setCardLabel({ cardId, labelId: label.id, on: event.target.checked }),
                  )
                }
              />
              <span className="card-label">{label.name}</span>
            </label>
          ))}
          {manageLabels && !readOnly && (
            <button type="button" className="link" onClick={(event) => manageLabels(event.currentTarget)}>
              Manage labels
            </button>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor={`${headingId}-notes`}>Notes</label>
          <DraftText
            id={`${headingId}-notes`}
            value={card.notes}
            what="the notes"
            maxLength={NOTES_MAX}
            multiline
            merges
            keepsRefused
            keptAs={notesKey}
            rows={5}
            onSave={(notes) => run('save the notes', () => actions.updateCard({ cardId, notes }))}
          />
        </div>
        <TodoSection cardId={cardId} store={store} actions={actions} run={run} />
        <RelationSection cardId={cardId} store={store} actions={actions} run={run} />
        <div className="row">
          <button type="button" onClick={archive}>
            Archive card
          </button>
        </div>
      </fieldset>
      {/* The reader's own reminder, so visitors have it too; after the card's fields, not above its title. */}
      <ReminderField spaceId={spaceId} cardId={cardId} title={card.title} />
      {/* Readers comment too (DESIGN §1: visitors read and comment); the section sends theirs via the server. */}
      <CommentSection cardId={cardId} store={store} actions={actions} run={run} personName={personName} />
      <h3>History</h3>
      <CardHistory
        events={events}
        statusName={(id) => statuses[id]?.name ?? 'a removed status'}
        labelName={(id) => allLabels[id]?.name ?? 'a removed label'}
        personName={personName}
        fieldOf={(id) => (Object.hasOwn(fields, id) ? fields[id] : undefined)}
        cardTitle={(id) => store.getState().cards[id]?.title ?? 'a card'}
        todoText={(id) => {
          const todo = Object.hasOwn(todos, id) ? todos[id] : undefined;
          return todo && !todo.removed ? todo.text : null;
        }}
      />
    </aside>
  );
}
