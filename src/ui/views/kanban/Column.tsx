import { useDroppable, type DraggableAttributes, type DraggableSyntheticListeners } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, useContext, useId, useMemo } from 'react';
import type { Label, Status } from '../../../domain/index.ts';
import { selectColumn, useSpaceStore } from '../../../state/index.ts';
import { ReadOnlyContext } from '../../common/readOnly';
import { columnInstructionsId, useBoardStore, useCardDrag } from './boardContext';
import { applyPreview, columnDropId, statusDragId, statusOfDragId, type DragPreview } from './preview';
import { QuickAdd } from './QuickAdd';
import { isDoneRole, ROLE_LABELS } from './roles';
import { CardList } from './CardList';
import { useColumnCollapsed } from './collapsedColumns';
import { CardCount } from '../../common/CardCount';

interface ColumnProps {
  status: Status;
  labels: Record<string, Label>;
  /** The drag in progress, if it shows a card entering or leaving some column. */
  preview: DragPreview | null;
  /** The card being dragged, given only to the column it left and the one showing it (long columns keep it drawn). */
  activeId: string | null;
  /** Whether this column's cards hold dnd-kit's hooks now (see `SortableCard`). */
  cardsBound: boolean;
  /** Whether this column's cards are drop targets now (see `KanbanBoard`). */
  cardsDroppable: boolean;
  now: number;
  onAdd: (statusId: string, title: string, position: 'top' | 'bottom') => void;
}

/**
 * One status as a column, as dnd-kit sees it: a drop target for cards and a column moved by its grip. These
 * hooks re-run whenever dnd-kit's context changes (each lift, crossing and drop); they hand the column's
 * body plain values, so the body — header, card list, quick-add — re-renders only when those change.
 */
export const Column = memo(function Column(props: ColumnProps) {
  const { status } = props;
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(status.id) });
  // The column itself is sortable among the columns, moved by its grip only (cards own the rest).
  const sortable = useSortable({
    id: statusDragId(status.id),
    attributes: { roleDescription: 'column' },
  });
  // Columns slide aside only while a column is moved; a card drag leaves them (and their bodies) alone.
  const movingColumns = sortable.active !== null && statusOfDragId(String(sortable.active.id)) !== null;
  return (
    <ColumnBody
      {...props}
      dropRef={setNodeRef}
      isOver={isOver}
      sectionRef={sortable.setNodeRef}
      gripRef={sortable.setActivatorNodeRef}
      gripAttributes={sortable.attributes}
      gripListeners={sortable.listeners}
      transform={CSS.Translate.toString(sortable.transform) ?? undefined}
      transition={movingColumns ? sortable.transition : undefined}
      placeholder={sortable.isDragging}
    />
  );
});

interface ColumnBodyProps extends ColumnProps {
  dropRef: (element: HTMLElement | null) => void;
  /** A dragged card is over the list (shown on an empty column). */
  isOver: boolean;
  sectionRef: (element: HTMLElement | null) => void;
  gripRef: (element: HTMLElement | null) => void;
  gripAttributes: DraggableAttributes;
  gripListeners: DraggableSyntheticListeners;
  transform: string | undefined;
  transition: string | undefined;
  /** This column is the one being moved: its place is held by a placeholder. */
  placeholder: boolean;
}

/**
 * One status as a column: its cards in board order (the store's, plus the card a drag is bringing in), a
 * header with the count and the status role, and quick-add. The list itself is a drop target, so an empty
 * or collapsed column accepts cards.
 */
const ColumnBody = memo(function ColumnBody({
  status,
  labels,
  preview,
  activeId,
  cardsBound,
  cardsDroppable,
  now,
  onAdd,
  dropRef,
  isOver,
  sectionRef,
  gripRef,
  gripAttributes,
  gripListeners,
  transform,
  transition,
  placeholder,
}: ColumnBodyProps) {
  const store = useBoardStore();
  const stored = useSpaceStore(store, selectColumn(status.id));
  const spaceId = useSpaceStore(store, (state) => state.meta.id);
  const [collapsed, setCollapsed] = useColumnCollapsed(spaceId, status.id);
  // A collapsed column still takes drops (the card goes to its bottom) but shows no cards.
  const ids = useMemo(
    () => (collapsed ? [] : applyPreview(stored, status.id, preview)),
    [collapsed, stored, status.id, preview],
  );
  const headingId = useId();
  const readOnly = useContext(ReadOnlyContext);
  const { instructionsId } = useCardDrag();
  const done = isDoneRole(status.role);
  const add = useCallback(
    (title: string, position: 'top' | 'bottom') => onAdd(status.id, title, position),
    [onAdd, status.id],
  );

  return (
    <section
      ref={sectionRef}
      className={`column role-${status.role}${collapsed ? ' column-collapsed' : ''}${
        placeholder ? ' column-placeholder' : ''
      }`}
      style={{ transform, transition }}
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
            {...gripAttributes}
            {...gripListeners}
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
        <CardCount count={stored.length} />
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
        className={isOver && ids.length === 0 ? 'column-cards drop-here' : 'column-cards'}
        labelledBy={headingId}
        empty={ids.length === 0 && !collapsed}
      />
      {!collapsed && !readOnly && <QuickAdd statusId={status.id} statusName={status.name} onAdd={add} />}
    </section>
  );
});
