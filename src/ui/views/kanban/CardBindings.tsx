import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { useCardDrag } from './boardContext';
import { useBindingHandle } from './dragHandles';

// dnd-kit gives every droppable a ResizeObserver of its own for the length of each drag: one per bound
// card created and observing at the lift, and disconnected at the drop. A card does not change size while
// a drag runs; the column lists, which do, keep their observers.
const NO_RESIZE_OBSERVER = { disabled: true };
const NONE: readonly string[] = [];

interface CardBindingsProps {
  statusId: string;
  /** The list's sortable items: the whole column while its cards are bound, else the cards it draws. */
  items: readonly string[];
  /** The cards the list draws. */
  drawn: readonly string[];
  /** Whether every drawn card is bound: the column a drag is in. */
  bound: boolean;
  /** Off in columns the dragged card is not in, so dnd-kit measures and tests fewer targets. */
  droppable: boolean;
}

/**
 * dnd-kit's sortable context of one column list, holding the bindings of the list's cards that take part
 * in a drag: every drawn card while `bound`, otherwise only the card last reached for, if it is drawn
 * here. dnd-kit's hooks re-run in every binding whenever a drag starts, crosses a card or ends, and every
 * droppable registering re-renders them all: at rest most columns have none, and no sortable context.
 */
export const CardBindings = memo(function CardBindings({
  statusId,
  items,
  drawn,
  bound,
  droppable,
}: CardBindingsProps) {
  const { reached } = useCardDrag();
  const reachedHere = useStore(reached, (state) =>
    !bound && state.cardId !== null && drawn.includes(state.cardId) ? state.cardId : null,
  );
  const ids = useMemo(
    () => (bound ? drawn : reachedHere === null ? NONE : [reachedHere]),
    [bound, drawn, reachedHere],
  );
  if (ids.length === 0) return null;
  return (
    <SortableContext id={statusId} items={items as string[]} strategy={verticalListSortingStrategy}>
      {ids.map((id) => (
        <CardBinding key={id} cardId={id} droppable={droppable} />
      ))}
    </SortableContext>
  );
});

/** dnd-kit's hook for one card, rendering nothing: it hands the card its handlers and how it looks. */
function CardBinding({ cardId, droppable }: { cardId: string; droppable: boolean }) {
  const { handles } = useCardDrag();
  const { setNodeRef, listeners, transform, transition, isDragging } = useSortable({
    id: cardId,
    disabled: { draggable: false, droppable: !droppable },
    resizeObserverConfig: NO_RESIZE_OBSERVER,
  });
  // dnd-kit gives every card of a list a drag sorts a transform (most of them zero) and a transition, and
  // changes both at the lift and the drop; passed on as they are, they re-rendered each of those cards
  // twice at a drop. Only a card that is moved aside, or was until now, shows them.
  const moved = transform !== null && (transform.x !== 0 || transform.y !== 0);
  const shownTransform = moved ? CSS.Translate.toString(transform) : undefined;
  const binding = useMemo(() => ({ setNode: setNodeRef, listeners }), [setNodeRef, listeners]);
  const handle = useBindingHandle(handles, cardId, binding);
  const movedAside = useRef(false);
  useLayoutEffect(() => {
    const animate = moved || movedAside.current || isDragging;
    movedAside.current = moved;
    handle.current?.show({
      transform: shownTransform,
      transition: animate ? (transition ?? undefined) : undefined,
      placeholder: isDragging,
      over: false,
    });
  }, [handle, moved, shownTransform, transition, isDragging]);
  return null;
}
