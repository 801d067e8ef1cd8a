import { DndContext, DragOverlay, MeasuringStrategy, type DragStartEvent } from '@dnd-kit/core';
import { memo, useCallback, useContext, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { sortKeyed } from '../../../domain/index.ts';
import { selectBadges, selectCard, useSpaceStore, type SpaceStore } from '../../../state/index.ts';
import type { SpaceActions } from '../../../sync/index.ts';
import { CardView } from '../../card/CardView';
import { useDragSensors } from '../../common/dragSensors';
import { announce } from '../../common/announce';
import { byData, focusSoon } from '../../common/byData';
import { FormError } from '../../common/FormError';
import { useAutoScrollInside } from './autoScrollInside';
import { boardAnnouncements, COLUMN_INSTRUCTIONS, SCREEN_READER_INSTRUCTIONS } from './announcements';
import { ReadOnlyContext } from '../../common/readOnly';
import {
  CardDragContext,
  columnInstructionsId,
  createCardDragShared,
  SpaceStoreContext,
  useBoardStore,
} from './boardContext';
import { boardCollision } from './collision';
import { focusAfterPaint } from './focusAfterPaint';
import { moveCardFocus, rememberTabStop, type CardGrid } from '../../common/cardFocusKeys';
import { revealCard, revealInColumn } from './columnReveal';
import { LIST_STATUS_ATTRIBUTE } from './entryIndex';
import { boardKeyboardCoordinates } from './keyboardCoordinates';
import { Column } from './Column';
import { ColumnBindings, ColumnDrops } from './ColumnBindings';
import { PresenceContext } from './presenceContext';
import { statusDragId, statusOfDragId } from './preview';
import { isDoneRole, ROLE_LABELS } from './roles';
import { useBoardDrag } from './useBoardDrag';
import { useNow } from './useNow';
import { useAddCardCommands } from './useAddCardCommands';
import { useOthersMovesShown } from './useOthersMovesShown';
import { useUndoCommands } from '../useUndoCommands';
import { useSpaceStepWords } from '../undoWords';
import { useFocusKeeper } from '../../common/useFocusKeeper';

interface KanbanBoardProps {
  store: SpaceStore;
  actions: SpaceActions;
}

// Space lifts and drops; Enter is kept free for opening a card.
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space'] };
// The focus keys read the columns by status and the cards by id; a long column's virtualizer draws a card
// it has not drawn yet.
const CARD_GRID: CardGrid = { list: LIST_STATUS_ATTRIBUTE, card: 'data-card-id', reveal: revealInColumn };
// Measure droppables while dragging (a card entering a column changes the column's height), and only then:
// measuring every card whenever a virtualized list scrolls would cost idle time for nothing.
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };
// A dropped card flies from the pointer to its place. A keyboard drag already shows it there (the sensor
// moves it onto the place it would take), and the animation's measuring forces a layout in the drop.
const DROP_ANIMATION = { duration: 140 };
const NO_SENSORS: ReturnType<typeof useDragSensors> = [];

/**
 * The Kanban view of a space: one column per unarchived status, cards dragged within and between
 * columns, columns dragged to reorder the statuses — with the mouse or the keyboard.
 *
 * Memoized: its props are the space's store and actions, which last as long as the visit, so the space
 * page re-rendering (connection state, the workspace's names arriving) stops here. A render of the board
 * re-renders every drawn card, since dnd-kit's contexts change with each render of `DndContext`.
 */
export const KanbanBoard = memo(function KanbanBoard({ store, actions }: KanbanBoardProps) {
  const statuses = useSpaceStore(
    store,
    useShallow((state) => sortKeyed(Object.values(state.statuses).filter((status) => !status.archived))),
  );
  const labels = useSpaceStore(store, (state) => state.labels);
  const statusIds = useMemo(() => statuses.map((status) => status.id), [statuses]);
  const columnDragIds = useMemo(() => statusIds.map(statusDragId), [statusIds]);
  const now = useNow();
  const [error, setError] = useState<string | null>(null);
  const presence = useContext(PresenceContext);
  const area = useRef<HTMLDivElement | null>(null);
  useOthersMovesShown(area, store, actions);
  // After a keyboard drag, the focus goes back to what it moved, unless the user has put it elsewhere
  // meanwhile. A card dropped into a collapsed column is not drawn: its column's expand button takes the
  // focus. One archived meanwhile by a colleague is gone from the board: the first card of its column takes
  // it. In a long column the virtualizer brings the card into view first (scrolling only if it is out of
  // view), by where the card will be: the page's own scrolling would go by where the card is drawn
  // mid-animation, and a move cancelled far along the column had scrolled it away from the card.
  const refocus = useCallback(
    (dragId: string) => {
      const status = statusOfDragId(dragId);
      focusAfterPaint(() => {
        const board = area.current;
        if (board === null) return null;
        if (status !== null) return byData(board, 'columnGrip', status);
        const { cards, columns } = store.getState();
        const card = cards[dragId];
        if (card === undefined) return null;
        const column = card.pos.statusId;
        const target = card.archived ? columns[column]?.[0] : dragId;
        const toggle = () => byData(board, 'columnToggle', column);
        if (target === undefined) return toggle();
        const item = () => focusedCard(board, target) ?? byData(board, 'cardId', target);
        if (revealCard(target)) {
          const free = () => focusIsFree(board, dragId);
          focusSoon(
            () => (free() ? item() : null),
            10,
            () => (free() ? toggle() : null),
          );
          return null;
        }
        return item() ?? toggle();
      });
    },
    [store],
  );
  const drag = useBoardDrag(store, actions, setError, presence, columnDragIds, refocus);
  const autoScroll = useAutoScrollInside(area, drag.activeId !== null && !drag.byKeyboard);
  // A card a keyboard drag shows in another column is a new list item there: it takes the focus at once,
  // so the focus stays on what is being moved instead of falling to the page until the drop. Without
  // scrolling: dnd-kit would take a scroll of the board for a move of the card.
  const shownIn = drag.preview?.statusId;
  useLayoutEffect(() => {
    if (!drag.byKeyboard || shownIn === undefined || drag.activeId === null || area.current === null) return;
    const moved = byData(area.current, 'cardId', drag.activeId);
    if (moved !== null && document.activeElement !== moved) moved.focus({ preventScroll: true });
  }, [shownIn, drag.byKeyboard, drag.activeId]);

  const readOnly = useContext(ReadOnlyContext);
  const keyboard = useMemo(
    () => ({
      coordinateGetter: boardKeyboardCoordinates(drag.columnOf),
      keyboardCodes: KEYBOARD_CODES,
      // Scrolls at once: a long column's virtualizer corrects its scroll as it measures the cards coming
      // into view, which cut dnd-kit's smooth scroll short and left the card half a place on, or none.
      scrollBehavior: 'auto' as const,
    }),
    [drag.columnOf],
  );
  const editSensors = useDragSensors(keyboard);
  const sensors = readOnly ? NO_SENSORS : editSensors;
  const { columnIds, columnOf, justChangedColumn, columnBeforeDrop } = drag;
  const collision = useMemo(
    () => boardCollision({ columnIds, justChangedColumn }),
    [columnIds, justChangedColumn],
  );
  const accessibility = useMemo(
    () => ({
      announcements: boardAnnouncements(store.getState, columnIds, columnOf, columnBeforeDrop),
      screenReaderInstructions: SCREEN_READER_INSTRUCTIONS,
      // Focus goes back after the drop has been drawn (`refocus`), not before.
      restoreFocus: false,
    }),
    [store, columnIds, columnOf, columnBeforeDrop],
  );

  // Each column gets the preview only while the dragged card enters or leaves it, so a card crossing
  // into another column re-renders those two columns, not every card on the board.
  const { preview, activeId } = drag;
  // While a card is dragged, only the cards of the column it is shown in are drop targets: dnd-kit then
  // measures a few dozen rectangles when the card changes column instead of every card drawn, and the
  // column lists decide where it enters (see `entryIndex`).
  // The column the dragged card is stored in, followed so that a colleague moving the same card meanwhile
  // reaches the columns below.
  const activeCardColumn = useSpaceStore(store, (state) =>
    activeId === null || statusOfDragId(activeId) !== null
      ? null
      : (state.cards[activeId]?.pos.statusId ?? null),
  );
  const hotColumn =
    activeId === null || statusOfDragId(activeId) !== null ? null : (preview?.statusId ?? activeCardColumn);
  // Between drags the cards keep the state the last drag left (only the dropped-into column droppable):
  // switching every card back on at the drop, and off again at the next lift, was a dnd-kit dispatch per
  // card twice a drag. Nothing measures or tests drop targets while no drag is running.
  const lastHot = useRef<string | null>(null);
  if (hotColumn !== null) lastHot.current = hotColumn;
  const droppableColumn = hotColumn ?? lastHot.current;
  const instructionsId = useId();
  // A reader's cards move for no key: they are not described by how to move them.
  const cardDrag = useMemo(
    () => createCardDragShared(readOnly ? '' : instructionsId),
    [instructionsId, readOnly],
  );
  // The columns hold dnd-kit's sortable hooks only while one is moved, or a grip was the last thing reached
  // for; a card lifted is then the last, and the columns let go of them.
  const gripReached = useStore(
    cardDrag.reached,
    (state) => state.cardId !== null && statusOfDragId(state.cardId) !== null,
  );
  const columnsBound = gripReached || (activeId !== null && statusOfDragId(activeId) !== null);
  const cardDragged = activeId !== null && statusOfDragId(activeId) === null;
  const { onDragStart: startDrag } = drag;
  const onDragStart = useCallback(
    (event: DragStartEvent) => {
      const id = String(event.active.id);
      if (statusOfDragId(id) === null) cardDrag.reached.setState({ cardId: id });
      startDrag(event);
    },
    [cardDrag, startDrag],
  );
  const previewOf = useCallback(
    (statusId: string) =>
      preview !== null &&
      (preview.statusId === statusId || store.getState().cards[preview.cardId]?.pos.statusId === statusId)
        ? preview
        : null,
    [preview, store],
  );

  // A card added to a column its user scrolled (a long one, to its middle) is brought into view, and said:
  // the focus stays in the quick-add field for the next title, away from the card.
  const onAdd = useCallback(
    (statusId: string, title: string, position: 'top' | 'bottom') => {
      const cardId = actions.createCard({ statusId, title, position });
      const column = store.getState().statuses[statusId]?.name ?? 'the column';
      announce(`Added “${title}” to the ${position} of ${column}.`);
      requestAnimationFrame(() => {
        // The board may have gone meanwhile (another view): then nothing is scrolled.
        if (area.current === null) return;
        const added = byData(area.current, 'cardId', cardId);
        // jsdom, in component tests, has no scrollIntoView.
        if (added === null) revealCard(cardId);
        else added.scrollIntoView?.({ block: 'nearest' });
      });
    },
    [actions, store],
  );
  // Undo and redo are off while a drag is in progress.
  const dragging = useRef(false);
  dragging.current = drag.activeId !== null;
  const isDragging = useCallback(() => dragging.current, []);
  useUndoCommands(actions, setError, isDragging, useSpaceStepWords(store));
  const subscribe = useCallback((changed: () => void) => store.subscribe(changed), [store]);
  useFocusKeeper(area, { card: 'cardId', subscribe, handlesFocus: isDragging });
  useAddCardCommands(area, statuses, store, isDragging);

  return (
    <SpaceStoreContext.Provider value={store}>
      <CardDragContext.Provider value={cardDrag}>
        <div
          className="board-area"
          ref={area}
          // The arrows move the focus between cards, except while a card or column is lifted: then they
          // are dnd-kit's, which moves the lifted one.
          onKeyDown={(event) => {
            if (!dragging.current && area.current) moveCardFocus(event.nativeEvent, area.current, CARD_GRID);
          }}
          // A card focused in any way (Tab, the arrows, a click, a drop, a closed panel) becomes its
          // column's Tab stop, so Tab and Shift+Tab always leave the column from the card that has the focus.
          onFocus={(event) => rememberTabStop(cardDrag.tabStops, CARD_GRID, event.target)}
        >
          <FormError message={error} />
          <p id={instructionsId} hidden>
            {SCREEN_READER_INSTRUCTIONS.draggable}
          </p>
          <p id={columnInstructionsId(instructionsId)} hidden>
            {COLUMN_INSTRUCTIONS}
          </p>
          <DndContext
            // dnd-kit binds its sensors with hooks whose dependencies are the sensors themselves: a role
            // that changes while the board is open (read-only has none) starts it afresh.
            key={readOnly ? 'reading' : 'editing'}
            sensors={sensors}
            collisionDetection={collision}
            measuring={MEASURING}
            autoScroll={autoScroll}
            accessibility={accessibility}
            onDragStart={onDragStart}
            onDragOver={drag.onDragOver}
            onDragEnd={drag.onDragEnd}
            onDragCancel={drag.onDragCancel}
          >
            <div className="board">
              {statuses.map((status) => (
                <Column
                  key={status.id}
                  status={status}
                  labels={labels}
                  preview={previewOf(status.id)}
                  // The dragged card matters only to the column it left and the one showing it (a long
                  // column keeps it drawn): lifting and dropping re-render those two, not every column.
                  activeId={status.id === activeCardColumn || status.id === hotColumn ? activeId : null}
                  // Its cards hold dnd-kit's hooks only while a drag is in it (see `CardBindings`): kept after
                  // the drop, each re-ran its hooks twice in it, which cost more than letting them go.
                  cardsBound={status.id === hotColumn}
                  cardsDroppable={droppableColumn === null || status.id === droppableColumn}
                  now={now}
                  onAdd={onAdd}
                />
              ))}
            </div>
            {cardDragged && <ColumnDrops statusIds={statusIds} />}
            {columnsBound && <ColumnBindings dragIds={columnDragIds} />}
            <DragOverlay dropAnimation={drag.byKeyboard ? null : DROP_ANIMATION}>
              {drag.activeId !== null &&
                (statusOfDragId(drag.activeId) !== null ? (
                  <OverlayColumn statusId={statusOfDragId(drag.activeId)!} />
                ) : (
                  <OverlayCard cardId={drag.activeId} now={now} />
                ))}
            </DragOverlay>
          </DndContext>
        </div>
      </CardDragContext.Provider>
    </SpaceStoreContext.Provider>
  );
});

/**
 * Whether the focus may be given to what a keyboard drag moved: it is on nothing (the page), or still on
 * the moved card's item, and not on anything the user went to since.
 */
function focusIsFree(board: HTMLElement, cardId: string): boolean {
  const focused = document.activeElement;
  return focused === null || focused === document.body || focusedCard(board, cardId) !== null;
}

/**
 * The focused element if it is card `cardId`'s on `board`, else null: read off the focus itself, since a
 * search of the board for the card (thousands of elements) was a good part of a keyboard drop's script.
 */
function focusedCard(board: HTMLElement, cardId: string): HTMLElement | null {
  const focused = document.activeElement;
  return focused instanceof HTMLElement && focused.dataset.cardId === cardId && board.contains(focused)
    ? focused
    : null;
}

/** What follows the pointer: a plain card front, outside any list. */
function OverlayCard({ cardId, now }: { cardId: string; now: number }) {
  const store = useBoardStore();
  const card = useSpaceStore(store, selectCard(cardId));
  const badges = useSpaceStore(store, selectBadges(cardId));
  const labels = useSpaceStore(store, (state) => state.labels);
  const done = useSpaceStore(store, (state) => {
    const status = card ? state.statuses[card.pos.statusId] : undefined;
    return status ? isDoneRole(status.role) : false;
  });
  if (!card) return null;
  return (
    <div className="card card-overlay">
      <CardView card={card} labels={labels} done={done} now={now} badges={badges} />
    </div>
  );
}

/** What follows the pointer while a column is moved: its header. */
function OverlayColumn({ statusId }: { statusId: string }) {
  const store = useBoardStore();
  const status = useSpaceStore(store, (state) => state.statuses[statusId]);
  const count = useSpaceStore(store, (state) => state.columns[statusId]?.length ?? 0);
  if (!status) return null;
  return (
    <div className={`column column-overlay role-${status.role}`}>
      <div className="column-head">
        <span className="column-name">{status.name}</span>
        <span className="column-count">{count}</span>
        <span className="column-role">{ROLE_LABELS[status.role]}</span>
      </div>
    </div>
  );
}
