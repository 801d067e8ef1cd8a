import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  memo,
  useCallback,
  useContext,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type TouchEvent,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import { useStore } from 'zustand';
import type { Label } from '../../../domain/index.ts';
import { selectBadges, selectCard, useSpaceStore } from '../../../state/index.ts';
import { CardView } from '../../card/CardView';
import { OpenCardContext, useBoardStore, useCardDrag } from './boardContext';
import { isCardFocusKey } from '../../common/cardFocusKeys';
import { usePresence } from './presenceContext';

// dnd-kit gives every droppable a ResizeObserver of its own for the length of each drag: one per bound
// card created and observing at the lift, and disconnected at the drop. A card does not change size while
// a drag runs; the column lists, which do, keep their observers.
const NO_RESIZE_OBSERVER = { disabled: true };

interface SortableCardProps {
  cardId: string;
  /** Whether the card holds dnd-kit's hooks: the cards of the column a drag is (or last was) in. */
  bound: boolean;
  /** Off for cards in columns the dragged card is not in, so dnd-kit measures and tests fewer targets. */
  droppable: boolean;
  /** In a virtualized list: the virtualizer's measuring ref and the card's index in the column. */
  measureRef?: (element: HTMLElement | null) => void;
  index?: number;
  labels: Record<string, Label>;
  done: boolean;
  now: number;
  /** Whether Tab stops at this card: its column's one stop (see `tabStops` in boardContext.ts). */
  tabStop: boolean;
}

/** How a drag shows the card: moved aside by a transform, or held as the dragged card's placeholder. */
interface DragLook {
  transform: string | undefined;
  transition: string | undefined;
  placeholder: boolean;
}

const AT_REST: DragLook = { transform: undefined, transition: undefined, placeholder: false };

const sameLook = (a: DragLook, b: DragLook) =>
  a.transform === b.transform && a.transition === b.transition && a.placeholder === b.placeholder;

/**
 * One card of a column, draggable and sortable. dnd-kit's hooks re-run in every card that holds them
 * whenever a drag starts, crosses a card or ends, and every droppable registering re-renders them all;
 * so only the cards that take part in a drag hold them — those of the column the drag is (or last was)
 * in, and the card last reached for. Any other card binds itself at the press, touch or key that starts a
 * drag (`flushSync`, then dnd-kit's own handler gets the same event), keeping its list item in place.
 */
export const SortableCard = memo(function SortableCard({
  cardId,
  bound,
  droppable,
  labels,
  done,
  now,
  measureRef,
  index,
  tabStop,
}: SortableCardProps) {
  const { reached, instructionsId } = useCardDrag();
  const isReached = useStore(reached, (state) => state.cardId === cardId);
  const [look, setLook] = useState<DragLook>(AT_REST);
  const showLook = useCallback(
    (next: DragLook) => setLook((prev) => (sameLook(prev, next) ? prev : next)),
    [],
  );
  const node = useRef<HTMLLIElement | null>(null);
  const listeners = useRef<DraggableSyntheticListeners>(undefined);
  // dnd-kit's ref setter while the card is bound: a list item drawn later (the card's record arriving after
  // the card) still reaches it.
  const nodeSetter = useRef<((element: HTMLElement | null) => void) | null>(null);
  const itemRef = useCallback(
    (element: HTMLLIElement | null) => {
      node.current = element;
      nodeSetter.current?.(element);
      measureRef?.(element);
    },
    [measureRef],
  );
  const reach = useCallback((): DraggableSyntheticListeners => {
    if (!listeners.current) flushSync(() => reached.setState({ cardId }));
    return listeners.current;
  }, [reached, cardId]);
  const onMouseDown = useCallback((event: MouseEvent) => reach()?.onMouseDown?.(event), [reach]);
  const onTouchStart = useCallback((event: TouchEvent) => reach()?.onTouchStart?.(event), [reach]);
  const onDragKey = useCallback((event: KeyboardEvent) => reach()?.onKeyDown?.(event), [reach]);

  return (
    <>
      <CardItem
        cardId={cardId}
        itemRef={itemRef}
        index={index}
        look={look}
        describedBy={instructionsId}
        onMouseDown={onMouseDown}
        onTouchStart={onTouchStart}
        onDragKey={onDragKey}
        labels={labels}
        done={done}
        now={now}
        tabStop={tabStop}
      />
      {(bound || isReached) && (
        <DragBinding
          cardId={cardId}
          droppable={droppable}
          node={node}
          nodeSetter={nodeSetter}
          listeners={listeners}
          onLook={showLook}
        />
      )}
    </>
  );
});

interface DragBindingProps {
  cardId: string;
  droppable: boolean;
  /** The card's list item, which dnd-kit measures and moves. */
  node: RefObject<HTMLLIElement | null>;
  /** Where the binding leaves dnd-kit's ref setter for the list item to call when it changes. */
  nodeSetter: RefObject<((element: HTMLElement | null) => void) | null>;
  /** Where the binding leaves dnd-kit's handlers for the list item to call. */
  listeners: RefObject<DraggableSyntheticListeners>;
  onLook: (look: DragLook) => void;
}

/** dnd-kit's hook for one card, rendering nothing: it hands the card its handlers and how it looks. */
function DragBinding({ cardId, droppable, node, nodeSetter, listeners, onLook }: DragBindingProps) {
  const sortable = useSortable({
    id: cardId,
    disabled: { draggable: false, droppable: !droppable },
    resizeObserverConfig: NO_RESIZE_OBSERVER,
  });
  const { setNodeRef, transform, transition, isDragging } = sortable;
  useLayoutEffect(() => {
    setNodeRef(node.current);
    nodeSetter.current = setNodeRef;
  }, [setNodeRef, node, nodeSetter]);
  useLayoutEffect(() => {
    listeners.current = sortable.listeners;
  }, [listeners, sortable.listeners]);
  useLayoutEffect(
    () => () => {
      nodeSetter.current = null;
      listeners.current = undefined;
      onLook(AT_REST);
    },
    [nodeSetter, listeners, onLook],
  );
  // dnd-kit gives every card of a list a drag sorts a transform (most of them zero) and a transition, and
  // changes both at the lift and the drop; passed on as they are, they re-rendered each of those cards
  // twice at a drop. Only a card that is moved aside, or was until now, shows them.
  const moved = transform !== null && (transform.x !== 0 || transform.y !== 0);
  const shownTransform = moved ? CSS.Translate.toString(transform) : undefined;
  const movedAside = useRef(false);
  useLayoutEffect(() => {
    const animate = moved || movedAside.current || isDragging;
    movedAside.current = moved;
    onLook({
      transform: shownTransform,
      transition: animate ? (transition ?? undefined) : undefined,
      placeholder: isDragging,
    });
  }, [onLook, moved, shownTransform, transition, isDragging]);
  return null;
}

interface CardItemProps {
  cardId: string;
  itemRef: (element: HTMLLIElement | null) => void;
  index: number | undefined;
  look: DragLook;
  /** The hidden text describing how to move a card. */
  describedBy: string;
  onMouseDown: (event: MouseEvent) => void;
  onTouchStart: (event: TouchEvent) => void;
  /** Any key but Enter: dnd-kit's keyboard sensor decides whether it lifts the card. */
  onDragKey: (event: KeyboardEvent) => void;
  labels: Record<string, Label>;
  done: boolean;
  now: number;
  tabStop: boolean;
}

/** The card's list item: its front, its drag handlers and the mark of a colleague moving it. */
const CardItem = memo(function CardItem({
  cardId,
  itemRef,
  index,
  look,
  describedBy,
  onMouseDown,
  onTouchStart,
  onDragKey,
  labels,
  done,
  now,
  tabStop,
}: CardItemProps) {
  const store = useBoardStore();
  const card = useSpaceStore(store, selectCard(cardId));
  const badges = useSpaceStore(store, selectBadges(cardId));
  const open = useContext(OpenCardContext);
  // Someone else dragging this card right now: shown so nobody fights over it.
  const movedBy = usePresence(
    (state) => state.peers.find((peer) => peer.draggingCardId === cardId)?.name ?? null,
  );
  // Space lifts the card (dnd-kit's keyboard sensor); Enter opens it, as a click does. The keys that move
  // the focus between cards are the board's (`moveCardFocus`): they bind no card to dnd-kit.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLLIElement>) => {
      if (event.key === 'Enter' && event.target === event.currentTarget) open(cardId);
      else if (!isCardFocusKey(event.key)) onDragKey(event);
    },
    [open, cardId, onDragKey],
  );
  const onClick = useCallback(() => open(cardId), [open, cardId]);
  // The item's name is the card's title; its labels, dates, counts and responsible person describe it.
  const detailsId = useId();
  if (!card) return null;
  return (
    <li
      ref={itemRef}
      data-index={index}
      className={look.placeholder ? 'card card-placeholder' : movedBy ? 'card card-moved-by-peer' : 'card'}
      style={{ transform: look.transform, transition: look.transition }}
      role="listitem"
      tabIndex={tabStop ? 0 : -1}
      aria-roledescription="card"
      aria-describedby={`${detailsId}-labels ${detailsId}-meta ${describedBy}`}
      onMouseDown={onMouseDown}
      onTouchStart={onTouchStart}
      onKeyDown={onKeyDown}
      onClick={onClick}
      data-card-id={cardId}
      aria-label={card.title}
    >
      <CardView card={card} labels={labels} done={done} now={now} badges={badges} detailsId={detailsId} />
      {movedBy && <span className="card-peer">{movedBy} is moving this card</span>}
    </li>
  );
});
