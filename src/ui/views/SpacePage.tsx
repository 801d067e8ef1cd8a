import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useConnection, useSpaceStore, type DocConnectionState, type SpaceStore } from '../../state/index.ts';
import type { SpaceActions } from '../../sync/index.ts';
import type { User } from '../api';
import { CardPanel } from '../card/CardPanel';
import { SpaceActivityPanel } from '../activity/SpaceActivityPanel';
import { FormError } from '../common/FormError';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { usePool } from '../shell/pool';
import { cardPath, navigate, viewPath, type SpaceView } from '../shell/route';
import { ReadOnlyContext } from '../common/readOnly';
import { ArchivedCardsDialog } from './archive/ArchivedCardsDialog';
import { SpaceCalendar } from './calendar/SpaceCalendar';
import { FlowView } from './flow/FlowView';
import { OpenCardContext } from './kanban/boardContext';
import { KanbanBoard } from './kanban/KanbanBoard';
import { OpenCardMark } from './OpenCardMark';
import { LabelsDialog } from './labels/LabelsDialog';
import { FieldsDialog } from './fields/FieldsDialog';
import { ColumnsTool } from './columns/ColumnsTool';
import { useCommands } from '../commands/registry';
import type { Command } from '../commands/command';
import { SpaceCardScope } from './SpaceCardScope';
import { SpaceSettings } from './SpaceSettings';
import { SpaceViewSwitch } from './SpaceViewSwitch';
import { TimelineView } from './timeline/TimelineView';
import { useCardSearch } from './useCardSearch';
import { useOpenSpace } from './useOpenSpace';
import { useSpaceActions } from './useSpaceActions';
import { SpaceLoadNote } from './SpaceLoadNote';
import { byData, focusSoon } from '../common/byData';
import { currentViewButton } from '../common/currentViewButton';
import { revealCard } from './kanban/columnReveal';

interface SpacePageProps {
  spaceId: string;
  /** The card whose panel is open (from the URL), or null. */
  cardId: string | null;
  /** The Kanban board (default), the flow charts or the timeline. */
  view?: SpaceView;
  /** '' until a workspace document listing the space has loaded (on a first visit, a moment after). */
  spaceName: string;
  /** The workspace listing the space, once its document is open (for renaming and archiving). */
  workspaceId: string | null;
  /** A visitor's view: reading only. */
  readOnly: boolean;
  /** The space is archived: everyone reads it as it was left, and an owner may restore it. */
  archived?: boolean;
  /** An owner's view: the space may be archived from here too. */
  canManage?: boolean;
  user: User;
}

/**
 * One space, opened from the pool for as long as it is on screen: its Kanban board and the panel of the
 * card the URL names. Who else is on it is the shell's (the header shows them; the board marks drags).
 */
export function SpacePage({
  spaceId,
  cardId,
  view = 'board',
  spaceName,
  workspaceId,
  readOnly: visitor,
  archived = false,
  canManage = false,
  user,
}: SpacePageProps) {
  const readOnly = visitor || archived;
  const pool = usePool();
  // A space arrived at with the focus on nothing (from the command palette, whose command's element went
  // with the page it was on, or by its address) puts it on its name, where reading and Tab go on from; one
  // reached from the sidebar leaves it in the sidebar, and an open card's panel keeps it.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const focused = document.activeElement;
    if (focused === null || focused === document.body) title.current?.focus({ preventScroll: true });
  }, [spaceId]);
  const opened = useOpenSpace(pool, spaceId);
  // The control that opened the labels dialog (null: closed), where focus returns when it closes.
  const [labelsOpener, setLabelsOpener] = useState<HTMLElement | null>(null);
  // The same for the custom fields dialog; `true` when it was opened with nothing focused.
  const [fieldsOpener, setFieldsOpener] = useState<HTMLElement | true | null>(null);
  // The same for the space's activity panel.
  const [activityOpener, setActivityOpener] = useState<HTMLElement | null>(null);
  useDocumentTitle(spaceName);
  // What the dialogs call the space while its name is still on its way.
  const named = spaceName || 'this space';
  useCardSearch(spaceId, opened?.store ?? null);

  const actions = useSpaceActions(opened, user.id);

  const connection = useConnection(
    pool.connection,
    (state) => state.docs[`space/${spaceId}`]?.state ?? 'connecting',
  );
  // Refused by the server (no such space, or no longer a member): no view or tool leads anywhere.
  const denied = connection === 'denied';
  // The panel opens over the view it was opened from and closes back to it, with the view's settings (the
  // Flow charts keep theirs in the query).
  const openCard = useCallback(
    (id: string) => navigate(cardPath(spaceId, id, view) + window.location.search),
    [spaceId, view],
  );
  // The card the focus goes back to when the panel closes: the one it names on closing, else its own.
  const focusAfterClose = useRef<string | undefined>(undefined);
  const closeCard = useCallback(
    (focusCardId?: string) => {
      focusAfterClose.current = focusCardId;
      navigate(viewPath(spaceId, view) + window.location.search);
    },
    [spaceId, view],
  );
  // However the panel closed (its Close button, Escape, an archive, the browser's Back), the focus went
  // down with it: back to the card the panel was opened from (or the one it names), once the view shows
  // it again. A board card or timeline bar carries the card's id; a calendar entry its own, which is the
  // card's. A neighbour on the board is the next card there; in other views it may be anywhere, so only
  // the board takes it. A long column has drawn only the cards in its view: one a link opened further
  // down is scrolled to first. A card no longer shown (archived, opened from the archive) leaves the focus
  // at the top of the space, on its current view's button. Focus the user put somewhere meanwhile stays.
  const shownCard = useRef(cardId);
  useEffect(() => {
    const closed = shownCard.current;
    shownCard.current = cardId;
    const named = focusAfterClose.current;
    focusAfterClose.current = undefined;
    if (closed === null || cardId !== null) return;
    const target = (view === 'board' ? named : undefined) ?? closed;
    const lost = () => document.activeElement === null || document.activeElement === document.body;
    let revealed = view !== 'board';
    focusSoon(
      () => {
        if (!lost()) return null;
        const found = byData(document, 'cardId', target) ?? byData(document, 'entryId', target);
        if (found === null && !revealed) revealed = revealCard(target);
        return found;
      },
      10,
      () => (lost() ? currentViewButton() : null),
    );
  }, [cardId, view]);
  // Escape closes the panel from inside it (its own handler) and also when nothing has the focus (a click on
  // the board's background leaves it on the page's body) or only the space's name has it (a click on it).
  // Anywhere else, Escape belongs to what has the focus (a drag being cancelled, a field, another dialog).
  useEffect(() => {
    if (cardId === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const idle = event.target === document.body || event.target === title.current;
      if (event.key === 'Escape' && !event.defaultPrevented && idle) closeCard();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [cardId, closeCard]);
  // Members and owners manage labels; a visitor's edits would be dropped by the server, so none is offered.
  const manageLabels = useMemo(
    () => (readOnly ? null : (opener: HTMLElement) => setLabelsOpener(opener)),
    [readOnly],
  );
  const fieldCommands = useMemo<Command[]>(
    () => [
      {
        id: 'manage-labels',
        label: 'Manage the labels of this space',
        enabled: () => !readOnly,
        perform: () =>
          setLabelsOpener(
            document.activeElement instanceof HTMLElement ? document.activeElement : document.body,
          ),
      },
      {
        id: 'manage-fields',
        label: 'Manage custom fields and the SLA',
        enabled: () => !readOnly,
        // The palette has given focus back to where it was: that is where closing the dialog returns it.
        perform: () =>
          setFieldsOpener(document.activeElement instanceof HTMLElement ? document.activeElement : true),
      },
    ],
    [readOnly],
  );
  useCommands(fieldCommands);
  const activityCommands = useMemo<Command[]>(
    () => [
      {
        id: 'space-activity',
        label: 'Show the activity of this space',
        // Closing the panel returns focus to where the palette left it.
        perform: () =>
          setActivityOpener(
            document.activeElement instanceof HTMLElement ? document.activeElement : document.body,
          ),
      },
    ],
    [],
  );
  useCommands(activityCommands);
  const [archiveOpener, setArchiveOpener] = useState<HTMLElement | true | null>(null);
  const archiveCommands = useMemo<Command[]>(
    () => [
      {
        id: 'archived-cards',
        label: 'Show the archived cards of this space',
        perform: () =>
          setArchiveOpener(document.activeElement instanceof HTMLElement ? document.activeElement : true),
      },
    ],
    [],
  );
  useCommands(archiveCommands);

  return (
    <ReadOnlyContext.Provider value={readOnly}>
      <div className="space-page">
        <div className="space-head">
          <h1 className="space-title" ref={title} tabIndex={-1}>
            {denied ? 'Space not available' : spaceName || 'Loading the space…'}
          </h1>
          {archived && (
            <p className="space-archived" role="status">
              This space is archived: it reads as it was left.
            </p>
          )}
          {!denied && <SpaceViewSwitch spaceId={spaceId} view={view} />}
          {opened && <SpaceLoadNote load={opened.load} />}
          {workspaceId !== null && !visitor && !denied && (
            <SpaceSettings
              workspaceId={workspaceId}
              spaceId={spaceId}
              spaceName={named}
              user={user}
              canArchive={canManage}
              archived={archived}
            />
          )}
          {!denied && (
            <div className="space-settings">
              <button type="button" onClick={(event) => setActivityOpener(event.currentTarget)}>
                Activity
              </button>
            </div>
          )}
          {opened && actions && manageLabels && !denied && (
            <div className="space-settings">
              <button type="button" onClick={(event) => manageLabels(event.currentTarget)}>
                Labels
              </button>
            </div>
          )}
          {opened && actions && !readOnly && !denied && (
            <div className="space-settings">
              <button type="button" onClick={(event) => setFieldsOpener(event.currentTarget)}>
                Fields
              </button>
            </div>
          )}
          {opened && actions && !readOnly && !denied && (
            <ColumnsTool spaceName={named} store={opened.store} actions={actions} />
          )}
          {opened && actions && !denied && (
            <div className="space-settings">
              <button type="button" onClick={(event) => setArchiveOpener(event.currentTarget)}>
                Archived
              </button>
            </div>
          )}
        </div>
        {activityOpener && (
          <SpaceActivityPanel
            spaceId={spaceId}
            spaceName={named}
            offline={connection === 'offline'}
            onClose={() => setActivityOpener(null)}
            returnFocus={activityOpener}
          />
        )}
        {opened && actions && labelsOpener && manageLabels && (
          <LabelsDialog
            spaceName={named}
            store={opened.store}
            actions={actions}
            onClose={() => setLabelsOpener(null)}
            returnFocus={labelsOpener}
          />
        )}
        {opened && actions && fieldsOpener && !readOnly && (
          <FieldsDialog
            spaceName={named}
            store={opened.store}
            actions={actions}
            onClose={() => setFieldsOpener(null)}
            returnFocus={fieldsOpener === true ? null : fieldsOpener}
          />
        )}
        {opened && actions && archiveOpener && (
          <ArchivedCardsDialog
            spaceName={named}
            store={opened.store}
            load={opened.load}
            actions={actions}
            openCard={openCard}
            onClose={() => setArchiveOpener(null)}
            returnFocus={archiveOpener === true ? null : archiveOpener}
          />
        )}
        {opened && actions ? (
          <SpaceCardScope
            store={opened.store}
            workspaceId={workspaceId}
            workspacePending={spaceName === ''}
            readOnly={visitor}
            archived={archived}
            manageLabels={manageLabels}
            user={user}
          >
            <OpenCardContext.Provider value={openCard}>
              <div className="space-body">
                <LoadedBoard
                  spaceId={spaceId}
                  view={view}
                  opened={opened.store}
                  actions={actions}
                  spaceName={named}
                  connection={connection}
                />
                {cardId !== null && <OpenCardMark cardId={cardId} />}
                {cardId !== null && (
                  <CardPanel
                    key={cardId}
                    cardId={cardId}
                    store={opened.store}
                    actions={actions}
                    onClose={closeCard}
                  />
                )}
              </div>
            </OpenCardContext.Provider>
          </SpaceCardScope>
        ) : (
          <p className="muted" aria-busy="true">
            Opening the board…
          </p>
        )}
      </div>
    </ReadOnlyContext.Provider>
  );
}

/**
 * Paints as soon as there are statuses (local copy or server). Until then it says why the board is not
 * there: still loading, refused by the server, or offline without a copy on this device.
 */
function LoadedBoard({
  spaceId,
  view,
  opened,
  actions,
  spaceName,
  connection,
}: {
  spaceId: string;
  view: SpaceView;
  opened: SpaceStore;
  actions: SpaceActions;
  spaceName: string;
  connection: DocConnectionState;
}) {
  const hasStatuses = useSpaceStore(opened, (state) =>
    Object.values(state.statuses).some((status) => !status.archived),
  );
  if (!hasStatuses && connection === 'denied') {
    return (
      <FormError message="This space does not exist or you are not a member of its workspace. Ask its owner to add you." />
    );
  }
  if (!hasStatuses && connection === 'offline') {
    return (
      <FormError message="You are offline and this space is not on this device yet. It opens once the connection is back." />
    );
  }
  if (!hasStatuses) {
    return (
      <p className="muted" aria-busy="true">
        Loading {spaceName}…
      </p>
    );
  }
  if (view === 'flow') return <FlowView spaceId={spaceId} store={opened} actions={actions} />;
  if (view === 'calendar') return <SpaceCalendar store={opened} actions={actions} />;
  if (view === 'timeline') return <TimelineView store={opened} actions={actions} />;
  return <KanbanBoard store={opened} actions={actions} />;
}
