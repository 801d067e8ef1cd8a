import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Label } from '../../../domain/index.ts';
import { selectBadges, selectCard, useSpaceStore } from '../../../state/index.ts';
import { CardView } from '../../card/CardView';
import { memo, useCallback, useContext, type KeyboardEvent } from 'react';
import { OpenCardContext, useBoardStore } from './boardContext';
import { usePresence } from './presenceContext';

// dnd-kit gives every droppable a ResizeObserver of its own for the length of each drag: one per drawn
// card created and observing at the lift, and disconnected at the drop. A card does not change size while
// a drag runs; the column lists, which do, keep their observers.
const NO_RESIZE_OBSERVER = { disabled: true };

interface SortableCardProps {
  cardId: string;
  /** Off for cards in columns the dragged card is not in, so dnd-kit measures and tests fewer targets. */
  droppable: boolean;
  /** In a virtualized list: the virtualizer's measuring ref and the card's index in the column. */
  measureRef?: (element: HTMLElement | null) => void;
  index?: number;
  labels: Record<string, Label>;
  done: boolean;
  now: number;
}

/**
 * The thin draggable wrapper of one card: it holds dnd-kit's hook and hands the list item only plain
 * values (a transform string, a class), so the item and its CardView re-render when those change for this
 * card. dnd-kit's context reaches every drawn card whenever a drag starts, crosses a card or ends; this
 * wrapper is all that re-runs then, and the list item's DOM is left alone unless this card moves.
 */
export const SortableCard = memo(function SortableCard({
  cardId,
  droppable,
  labels,
  done,
  now,
  measureRef,
  index,
}: SortableCardProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: cardId,
    disabled: { draggable: false, droppable: !droppable },
    attributes: { role: 'listitem', roleDescription: 'card' },
    resizeObserverConfig: NO_RESIZE_OBSERVER,
  });
  const ref = useCallback(
    (element: HTMLElement | null) => {
      setNodeRef(element);
      measureRef?.(element);
    },
    [setNodeRef, measureRef],
  );
  return (
    <CardItem
      cardId={cardId}
      itemRef={ref}
      index={index}
      transform={CSS.Translate.toString(transform)}
      transition={transition}
      placeholder={isDragging}
      attributes={attributes}
      listeners={listeners}
      labels={labels}
      done={done}
      now={now}
    />
  );
});

interface CardItemProps {
  cardId: string;
  itemRef: (element: HTMLElement | null) => void;
  index: number | undefined;
  transform: string | undefined;
  transition: string | undefined;
  /** This card is the one being dragged: its place in the list is held by a placeholder. */
  placeholder: boolean;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  labels: Record<string, Label>;
  done: boolean;
  now: number;
}

/** The card's list item: its front, its drag handlers and the mark of a colleague moving it. */
const CardItem = memo(function CardItem({
  cardId,
  itemRef,
  index,
  transform,
  transition,
  placeholder,
  attributes,
  listeners,
  labels,
  done,
  now,
}: CardItemProps) {
  const store = useBoardStore();
  const card = useSpaceStore(store, selectCard(cardId));
  const badges = useSpaceStore(store, selectBadges(cardId));
  const open = useContext(OpenCardContext);
  // Someone else dragging this card right now: shown so nobody fights over it.
  const movedBy = usePresence(
    (state) => state.peers.find((peer) => peer.draggingCardId === cardId)?.name ?? null,
  );
  // Space lifts the card (dnd-kit's keyboard sensor); Enter opens it, as a click does.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLLIElement>) => {
      if (event.key === 'Enter' && event.target === event.currentTarget) open(cardId);
      else listeners?.onKeyDown?.(event);
    },
    [open, cardId, listeners],
  );
  const onClick = useCallback(() => open(cardId), [open, cardId]);
  if (!card) return null;
  return (
    <li
      ref={itemRef}
      data-index={index}
      className={placeholder ? 'card card-placeholder' : movedBy ? 'card card-moved-by-peer' : 'card'}
      style={{ transform, transition }}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={onClick}
      data-card-id={cardId}
      aria-label={card.title}
    >
      <CardView card={card} labels={labels} done={done} now={now} badges={badges} />
      {movedBy && <span className="card-peer">{movedBy} is moving this card</span>}
    </li>
  );
});
