import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import { memo, useCallback, useContext, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Label, Status } from '../../../domain/index.ts';
import { selectColumn, useSpaceStore } from '../../../state/index.ts';
import { ReadOnlyContext } from '../../common/readOnly';
import { columnInstructionsId, useBoardStore, useCardDrag } from './boardContext';
import { applyPreview, columnDropId, statusDragId, type DragPreview } from './preview';
import { AT_REST, useDrawnHandle, type DragLook } from './dragHandles';
import { QuickAdd } from './QuickAdd';
import { isDoneRole, ROLE_LABELS } from './roles';
import { CardList } from './CardList';
import { useColumnCollapsed } from './collapsedColumns';
import { CardCount } from '../../common/CardCount';

const NO_CARDS: readonly string[] = [];

interface ColumnProps {
  status: Status;
  labels: Record<string, Label>;
  /** The drag in progress, if it shows a card entering or leaving some column. */
  preview: DragPreview | null;
  /** The card being dragged, given only to the column it left and the one showing it (long columns keep it drawn). */
  activeId: string | null;
  /** Whether this column's cards hold dnd-kit's hooks now (see `CardBindings`). */
  cardsBound: boolean;
  /** Whether this column's cards are drop targets now (see `KanbanBoard`). */
  cardsDroppable: boolean;
  now: number;
  onAdd: (statusId: string, title: string, position: 'top' | 'bottom') => void;
}

/**
 * One status as a column: its cards in board order (the store's, plus the card a drag is bringing in), a
 * header with the count and the status role, and quick-add. The list (a collapsed column's whole strip)
 * is a drop target while a card is dragged (`ColumnDrops`), so an empty or collapsed column accepts cards;
 * the column is moved by its grip (`ColumnBindings`). Neither hook is here: the column re-renders only
 * when what it shows changes.
 */
export const Column = memo(function Column({
  status,
  labels,
  preview,
  activeId,
  cardsBound,
  cardsDroppable,
  now,
  onAdd,
}: ColumnProps) {
  const store = useBoardStore();
  const stored = useSpaceStore(store, selectColumn(status.id));
  const spaceId = useSpaceStore(store, (state) => state.meta.id);
  const [collapsed, setCollapsed] = useColumnCollapsed(spaceId, status.id);
  // What the column holds as a drag shows it: the count says so too, while the card is carried across.
  const shownIds = useMemo(() => applyPreview(stored, status.id, preview), [stored, status.id, preview]);
  // A collapsed column still takes drops (the card goes to its bottom) but shows no cards.
  const ids = collapsed ? NO_CARDS : shownIds;
  const headingId = useId();
  const readOnly = useContext(ReadOnlyContext);
  const { instructionsId, handles, reached } = useCardDrag();
  const dragId = statusDragId(status.id);
  const [look, setLook] = useState<DragLook>(AT_REST);
  const section = useRef<HTMLElement | null>(null);
  const list = useRef<HTMLElement | null>(null);
  const grip = useRef<HTMLButtonElement | null>(null);
  const handle = useDrawnHandle(handles, dragId, section, setLook, grip);
  const sectionRef = useCallback(
    (element: HTMLElement | null) => {
      section.current = element;
      handle.current?.setNode(element);
    },
    [handle],
  );
  // A collapsed column takes a card anywhere on its strip, its name included: its list is only the empty
  // part below the name.
  const dropNode = collapsed ? section : list;
  const gripRef = useCallback(
    (element: HTMLButtonElement | null) => {
      grip.current = element;
      handle.current?.setActivator(element);
    },
    [handle],
  );
  // The grip binds every column at the press, touch or key that may start moving one (see `SortableCard`).
  const reach = useCallback((): DraggableSyntheticListeners => {
    if (!handle.current?.listeners()) flushSync(() => reached.setState({ cardId: dragId }));
    return handle.current?.listeners();
  }, [handle, reached, dragId]);
  const dropId = columnDropId(status.id);
  const [isOver, setOver] = useState(false);
  const showOver = useCallback((next: DragLook) => setOver(next.over), []);
  const dropHandle = useDrawnHandle(handles, dropId, dropNode, showOver);
  const dropRef = useCallback(
    (element: HTMLElement | null) => {
      list.current = element;
      if (!collapsed) dropHandle.current?.setNode(element);
    },
    [dropHandle, collapsed],
  );
  const done = isDoneRole(status.role);
  const add = useCallback(
    (title: string, position: 'top' | 'bottom') => onAdd(status.id, title, position),
    [onAdd, status.id],
  );

  return (
    <section
      ref={sectionRef}
      className={`column role-${status.role}${collapsed ? ' column-collapsed' : ''}${
        collapsed && isOver ? ' drop-here' : ''
      }${look.placeholder ? ' column-placeholder' : ''}`}
      style={{ transform: look.transform, transition: look.transition }}
      aria-labelledby={headingId}
    >
      <header className="column-head">
        {readOnly ? (
          // Readers move no columns: no handle that does nothing, only its place, so headers line up.
          <span className="column-grip-place" aria-hidden="true" />
        ) : (
          <button
            type="button"
            ref={gripRef}
            className="column-grip"
            data-column-grip={status.id}
            title="Drag to move the column"
            aria-roledescription="column"
            aria-pressed={look.placeholder || undefined}
            onMouseDown={(event) => reach()?.onMouseDown?.(event)}
            onTouchStart={(event) => reach()?.onTouchStart?.(event)}
            onKeyDown={(event) => (event.key === 'Tab' ? undefined : reach()?.onKeyDown?.(event))}
            aria-label={`Move column ${status.name}`}
            aria-describedby={columnInstructionsId(instructionsId)}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <button
          type="button"
          className="column-toggle"
          data-column-toggle={status.id}
          aria-expanded={!collapsed}
          aria-label={`${collapsed ? 'Expand' : 'Collapse'} ${status.name}`}
          title={collapsed ? 'Expand' : 'Collapse'}
          onClick={() => setCollapsed(!collapsed)}
        >
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
        </button>
        <h2 id={headingId} className="column-name" title={status.name}>
          {status.name}
        </h2>
        <CardCount count={shownIds.length} />
        <span className="column-role">{ROLE_LABELS[status.role]}</span>
      </header>
      <CardList
        statusId={status.id}
        ids={ids}
        bound={cardsBound}
        droppable={cardsDroppable}
        labels={labels}
        done={done}
        now={now}
        activeId={activeId}
        dropRef={dropRef}
        className={isOver && ids.length === 0 && !collapsed ? 'column-cards drop-here' : 'column-cards'}
        labelledBy={headingId}
        empty={ids.length === 0 && !collapsed}
      />
      {!collapsed && !readOnly && <QuickAdd statusId={status.id} statusName={status.name} onAdd={add} />}
    </section>
  );
});
