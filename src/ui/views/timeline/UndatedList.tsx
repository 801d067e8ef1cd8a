import { memo, useId, useRef, type PointerEvent } from 'react';
import { selectCard, useSpaceStore, type SpaceStore } from '../../../state/index.ts';
import { isoDay } from './scale';

/** More undated cards than this are counted, not listed: their panels still give them dates. */
const LISTED_MAX = 200;
const CLICK_SLOP_PX = 4;

interface UndatedListProps {
  store: SpaceStore;
  ids: readonly string[];
  readOnly: boolean;
  /** Gives the card one day, `day` (day number), or today when `day` is null. */
  onDate: (cardId: string, day: number | null) => void;
  /** The axis day under a point of the screen, or null when the point is not over the axis. */
  dayAt: (clientX: number, clientY: number) => number | null;
  onOpen: (cardId: string) => void;
}

/**
 * Cards with neither date, beside the axis: drag one onto the axis to date it on the day it is dropped,
 * or press its "Date it" button to give it today.
 */
export function UndatedList({ store, ids, readOnly, onDate, dayAt, onOpen }: UndatedListProps) {
  const ghost = useRef<HTMLDivElement | null>(null);
  const titleId = useId();
  return (
    <section className="timeline-undated" aria-labelledby={titleId}>
      <h2 id={titleId} className="timeline-undated-title">
        Undated <span className="muted">{ids.length}</span>
      </h2>
      {ids.length === 0 ? (
        <p className="muted">Every card has a date.</p>
      ) : (
        <>
          {!readOnly && (
            <p className="muted timeline-undated-help">Drag a card onto the timeline to date it.</p>
          )}
          <ul className="timeline-undated-list" aria-label="Undated cards">
            {ids.slice(0, LISTED_MAX).map((id) => (
              <UndatedItem
                key={id}
                store={store}
                cardId={id}
                readOnly={readOnly}
                onDate={onDate}
                dayAt={dayAt}
                onOpen={onOpen}
                ghost={ghost}
              />
            ))}
          </ul>
          {ids.length > LISTED_MAX && (
            <p className="muted">and {ids.length - LISTED_MAX} more: give them dates in their panels.</p>
          )}
        </>
      )}
      <div ref={ghost} className="timeline-ghost" hidden aria-hidden="true" />
    </section>
  );
}

interface UndatedItemProps extends Omit<UndatedListProps, 'ids'> {
  cardId: string;
  ghost: React.RefObject<HTMLDivElement | null>;
}

const UndatedItem = memo(function UndatedItem({
  store,
  cardId,
  readOnly,
  onDate,
  dayAt,
  onOpen,
  ghost,
}: UndatedItemProps) {
  const card = useSpaceStore(store, selectCard(cardId));
  const drag = useRef<{ pointerId: number; x: number; y: number; moved: boolean } | null>(null);
  const dragClick = useRef(false);
  if (!card) return null;

  // The ghost is moved by style, not state: a drag re-renders nothing until the drop.
  const showGhost = (event: PointerEvent<HTMLElement>) => {
    const element = ghost.current;
    if (!element) return;
    element.hidden = false;
    // Over the axis, the ghost says the day the card would be dated on.
    const day = dayAt(event.clientX, event.clientY);
    element.textContent = day === null ? card.title : `${card.title} → ${isoDay(day)}`;
    element.style.transform = `translate(${event.clientX + 8}px, ${event.clientY + 8}px)`;
  };
  const hideGhost = () => {
    if (ghost.current) ghost.current.hidden = true;
  };
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    dragClick.current = false;
    if (readOnly || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { pointerId: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    if (!current.moved && Math.hypot(event.clientX - current.x, event.clientY - current.y) < CLICK_SLOP_PX) {
      return;
    }
    current.moved = true;
    showGhost(event);
  };
  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    const current = drag.current;
    drag.current = null;
    hideGhost();
    if (!current?.moved) return;
    dragClick.current = true;
    const day = dayAt(event.clientX, event.clientY);
    if (day !== null) onDate(cardId, day);
  };
  const onPointerCancel = () => {
    drag.current = null;
    hideGhost();
  };
  return (
    <li className="timeline-undated-item">
      <button
        type="button"
        className="timeline-undated-card"
        // The list is narrow and cuts long titles: the whole one shows on hover.
        title={card.title}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
        onClick={() => {
          if (!dragClick.current) onOpen(cardId);
          dragClick.current = false;
        }}
      >
        {card.title}
      </button>
      {!readOnly && (
        <button
          type="button"
          className="timeline-date-it"
          aria-label={`Date it: ${card.title}`}
          onClick={() => onDate(cardId, null)}
        >
          Date it
        </button>
      )}
    </li>
  );
});
