import { useDroppable } from '@dnd-kit/core';
import { horizontalListSortingStrategy, SortableContext, useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useLayoutEffect, useMemo } from 'react';
import { useCardDrag } from './boardContext';
import { AT_REST, useBindingHandle } from './dragHandles';
import { columnDropId, statusOfDragId } from './preview';

/**
 * dnd-kit's sortable context of the board's columns, holding each column's binding. Rendered only while
 * a column is moved or a grip was the last thing reached for (see `KanbanBoard`): a card's drop then
 * re-runs no column's sortable hooks.
 */
export const ColumnBindings = memo(function ColumnBindings({ dragIds }: { dragIds: string[] }) {
  return (
    <SortableContext id="board-columns" items={dragIds} strategy={horizontalListSortingStrategy}>
      {dragIds.map((id) => (
        <ColumnBinding key={id} dragId={id} />
      ))}
    </SortableContext>
  );
});

/**
 * The column lists as dnd-kit's drop targets for cards, rendering nothing; there only while a card is
 * dragged (see `KanbanBoard`). Nothing tests drop targets between drags, and each target re-ran its hook at
 * every render of dnd-kit's context, twice a drop, in every column.
 */
export const ColumnDrops = memo(function ColumnDrops({ statusIds }: { statusIds: readonly string[] }) {
  return statusIds.map((id) => <ColumnDrop key={id} dropId={columnDropId(id)} />);
});

/**
 * One column list as a drop target (a collapsed column's whole strip, see `Column`): hands the drawn side
 * its ref setter, and whether a card is over it.
 */
function ColumnDrop({ dropId }: { dropId: string }) {
  const { handles } = useCardDrag();
  const { setNodeRef, isOver } = useDroppable({ id: dropId });
  const binding = useMemo(() => ({ setNode: setNodeRef, listeners: undefined }), [setNodeRef]);
  const handle = useBindingHandle(handles, dropId, binding);
  useLayoutEffect(() => {
    handle.current?.show({ ...AT_REST, over: isOver });
  }, [handle, isOver]);
  return null;
}

/** dnd-kit's hook for one column, moved by its grip only (cards own the rest); renders nothing. */
function ColumnBinding({ dragId }: { dragId: string }) {
  const { handles } = useCardDrag();
  const { active, setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } =
    useSortable({ id: dragId, attributes: { roleDescription: 'column' } });
  const binding = useMemo(
    () => ({ setNode: setNodeRef, setActivator: setActivatorNodeRef, listeners }),
    [setNodeRef, setActivatorNodeRef, listeners],
  );
  const handle = useBindingHandle(handles, dragId, binding);
  // Columns slide aside only while a column is moved; a card drag leaves them (and their bodies) alone.
  const movingColumns = active !== null && statusOfDragId(String(active.id)) !== null;
  const shownTransform = CSS.Translate.toString(transform) ?? undefined;
  const shownTransition = movingColumns ? (transition ?? undefined) : undefined;
  useLayoutEffect(() => {
    handle.current?.show({
      transform: shownTransform,
      transition: shownTransition,
      placeholder: isDragging,
      over: false,
    });
  }, [handle, shownTransform, shownTransition, isDragging]);
  return null;
}
