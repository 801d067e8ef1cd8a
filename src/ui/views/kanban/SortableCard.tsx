import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Label } from '../../../domain/index.ts';
import { selectBadges, selectCard, useSpaceStore } from '../../../state/index.ts';
import { CardView } from '../../card/CardView';
import { memo, useCallback, useContext } from 'react';
import { OpenCardContext, useBoardStore } from './boardContext';
import { usePresence } from './presenceContext';

// dnd-kit gives every droppable a ResizeObserver of its own for the length of each drag: a few hundred
// created at the lift and dropped at the drop, and each change of observer hands the card a new node ref,
// so React detaches and re-attaches every drawn card's ref (and the virtualizer re-measures it) twice a
// drag. A card does not change size while a drag runs; the column lists, which do, keep their observers.
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
 * The thin draggable wrapper of one card: it owns the list item, the drag listeners and the transform,
 * and renders the memoized CardView, which a drag never re-renders. Memoized itself, so a column that
 * re-renders (a card entering it) re-renders only the cards whose props changed; dnd-kit's context still
 * reaches every card when a drag starts, crosses cards or ends.
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
  const store = useBoardStore();
  const card = useSpaceStore(store, selectCard(cardId));
  const badges = useSpaceStore(store, selectBadges(cardId));
  const open = useContext(OpenCardContext);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: cardId,
    disabled: { draggable: false, droppable: !droppable },
    attributes: { role: 'listitem', roleDescription: 'card' },
    resizeObserverConfig: NO_RESIZE_OBSERVER,
  });
  // Someone else dragging this card right now: shown so nobody fights over it.
  const movedBy = usePresence(
    (state) => state.peers.find((peer) => peer.draggingCardId === cardId)?.name ?? null,
  );
  const ref = useCallback(
    (element: HTMLElement | null) => {
      setNodeRef(element);
      measureRef?.(element);
    },
    [setNodeRef, measureRef],
  );
  if (!card) return null;
  return (
    <li
      ref={ref}
      data-index={index}
      className={isDragging ? 'card card-placeholder' : movedBy ? 'card card-moved-by-peer' : 'card'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...attributes}
      {...listeners}
      // Space lifts the card (dnd-kit's keyboard sensor); Enter opens it, as a click does.
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) open(cardId);
        else listeners?.onKeyDown?.(event);
      }}
      onClick={() => open(cardId)}
      data-card-id={cardId}
      aria-label={card.title}
    >
      <CardView card={card} labels={labels} done={done} now={now} badges={badges} />
      {movedBy && <span className="card-peer">{movedBy} is moving this card</span>}
    </li>
  );
});
