import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import {
  memo,
  useCallback,
  useContext,
  useId,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type TouchEvent,
} from 'react';
import { flushSync } from 'react-dom';
import type { Label } from '../../../domain/index.ts';
import { selectBadges, selectCard, useSpaceStore } from '../../../state/index.ts';
import { CardView } from '../../card/CardView';
import { OpenCardContext, useBoardStore, useCardDrag } from './boardContext';
import { isCardFocusKey } from '../../common/cardFocusKeys';
import { usePresence } from './presenceContext';
import { showLook, useDrawnHandle, type DragLook } from './dragHandles';

interface SortableCardProps {
  cardId: string;
  /** In a virtualized list: the virtualizer's measuring ref and the card's index in the column. */
  measureRef?: (element: HTMLElement | null) => void;
  index?: number;
  labels: Record<string, Label>;
  done: boolean;
  now: number;
  /** Whether Tab stops at this card: its column's one stop (see `tabStops` in boardContext.ts). */
  tabStop: boolean;
}

/**
 * One card of a column, draggable and sortable. dnd-kit's hooks are not here but in the card's binding
 * (`CardBindings`), which hands the card its handlers and its look through the card's `DragHandle`. Only
 * the cards that take part in a drag have a binding — those of the column the drag is in,
 * and the card last reached for. Any other card gets one at the press, touch or key that starts a drag
 * (`flushSync`, then dnd-kit's own handler gets the same event), keeping its list item in place.
 */
export const SortableCard = memo(function SortableCard({
  cardId,
  labels,
  done,
  now,
  measureRef,
  index,
  tabStop,
}: SortableCardProps) {
  const { reached, instructionsId, handles } = useCardDrag();
  const node = useRef<HTMLLIElement | null>(null);
  // A look goes straight to the list item: a card lifted, moved aside or dropped re-renders nothing.
  const show = useCallback((look: DragLook) => {
    if (node.current) showLook(node.current, look);
  }, []);
  const handle = useDrawnHandle(handles, cardId, node, show);
  const itemRef = useCallback(
    (element: HTMLLIElement | null) => {
      node.current = element;
      handle.current?.setNode(element);
      measureRef?.(element);
    },
    [measureRef, handle],
  );
  const reach = useCallback((): DraggableSyntheticListeners => {
    if (!handle.current?.listeners()) flushSync(() => reached.setState({ cardId }));
    return handle.current?.listeners();
  }, [reached, cardId, handle]);
  const onMouseDown = useCallback((event: MouseEvent) => reach()?.onMouseDown?.(event), [reach]);
  const onTouchStart = useCallback((event: TouchEvent) => reach()?.onTouchStart?.(event), [reach]);
  const onDragKey = useCallback((event: KeyboardEvent) => reach()?.onKeyDown?.(event), [reach]);

  return (
    <CardItem
      cardId={cardId}
      itemRef={itemRef}
      index={index}
      describedBy={instructionsId}
      onMouseDown={onMouseDown}
      onTouchStart={onTouchStart}
      onDragKey={onDragKey}
      labels={labels}
      done={done}
      now={now}
      tabStop={tabStop}
    />
  );
});

interface CardItemProps {
  cardId: string;
  itemRef: (element: HTMLLIElement | null) => void;
  index: number | undefined;
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
      className={movedBy ? 'card card-moved-by-peer' : 'card'}
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
