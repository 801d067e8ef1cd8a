import { memo, useCallback, type KeyboardEvent } from 'react';
import type { Card, StatusRole } from '../../../domain/index.ts';
import { barName } from './barName';
import { dragSpan, stepSpan, type DaySpan } from './scale';
import { partOfKeys, useTimeline, xOfDay } from './timelineContext';
import { useBarDrag, type BarPreview } from './useBarDrag';

interface TimelineBarProps {
  card: Card;
  span: DaySpan;
  role: StatusRole;
}

/** Narrowest a bar is drawn, px, so a one-day bar in the month zoom can still be hit. */
const MIN_BAR_PX = 6;
/** Narrowest bar that shows its title: room for three letters and the ellipsis beside the handles. */
const MIN_TITLE_PX = 44;
/**
 * Narrowest bar with handles on its ends: room for both (6 px each) and a middle to take the bar by. A
 * narrower bar is all middle, so a drag from it moves the card (a one-day bar in the week zoom is 20 px,
 * and its handles covered most of it, turning a move into a longer card); its ends change by zooming in or
 * with Shift or Alt and the arrows.
 */
const MIN_HANDLES_PX = 24;

/**
 * One card's bar: drag it to move both dates, drag an end to move one; arrow keys step by the zoom unit
 * (Shift: the due end, Alt: the start). Enter or a click opens the card.
 */
export const TimelineBar = memo(function TimelineBar({ card, span, role }: TimelineBarProps) {
  const timeline = useTimeline();
  const { commit, refuse, open, readOnly, dayPx, zoom, scale, hintId } = timeline;
  const onDrop = useCallback(
    ({ part, delta }: BarPreview) => commit(card.id, dragSpan(span, part, delta)),
    [commit, card.id, span],
  );
  const drag = useBarDrag(dayPx, !readOnly, onDrop);
  const shown = drag.preview ? dragSpan(span, drag.preview.part, drag.preview.delta) : span;
  const left = xOfDay(timeline, shown.first);
  const width = Math.max(MIN_BAR_PX, (shown.last - shown.first + 1) * dayPx);
  // Decided by the bar at rest: a drag that narrows it keeps the handle it holds.
  const handles = !readOnly && Math.max(MIN_BAR_PX, (span.last - span.first + 1) * dayPx) >= MIN_HANDLES_PX;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (drag.onKeyDownWhileDragging(event)) return;
    if (readOnly || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    if (event.ctrlKey || event.metaKey) return;
    // Alt+Left is the browser's Back: taken here, it would leave the page instead of moving the start.
    event.preventDefault();
    const bar = event.currentTarget;
    const part = partOfKeys(event);
    const next = stepSpan(span, part, event.key === 'ArrowRight' ? 1 : -1, zoom);
    if (part !== 'move' && next.first === span.first && next.last === span.last) {
      // An end stops at the other one: say so rather than leave the key without effect.
      refuse(
        part === 'start'
          ? `The start of "${card.title}" cannot go past its due date: move the due date later first (Shift with an arrow).`
          : `The due date of "${card.title}" cannot go before its start: move the start earlier first (Alt with an arrow).`,
      );
      return;
    }
    if (commit(card.id, next)) {
      // Keep the moved bar in view: it stays drawn while focused, but may have left the visible window.
      requestAnimationFrame(() => bar.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    }
  };
  const onClick = () => {
    if (!drag.takeDragClick()) open(card.id);
  };

  const name = drag.preview
    ? barName(card.title, scale.dayStart(shown.first), scale.dayEnd(shown.last), scale)
    : barName(card.title, card.start, card.due, scale);
  return (
    <button
      type="button"
      className="timeline-bar"
      data-card-id={card.id}
      data-dragging={drag.preview ? 'true' : undefined}
      aria-label={name}
      aria-describedby={hintId}
      style={{ left, width, '--role-color': `var(--role-${role})` } as object}
      onPointerDown={drag.onPointerDown}
      onPointerMove={drag.onPointerMove}
      onPointerUp={drag.onPointerUp}
      onPointerCancel={drag.onPointerCancel}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      {handles && (
        <span className="timeline-bar-end timeline-bar-start" data-part="start" aria-hidden="true" />
      )}
      {/* A bar too short for a few letters shows none: a clipped first letter says nothing, and the row
          names the card at the left anyway. */}
      {width >= MIN_TITLE_PX && <span className="timeline-bar-title">{card.title}</span>}
      {handles && <span className="timeline-bar-end timeline-bar-due" data-part="end" aria-hidden="true" />}
    </button>
  );
});
