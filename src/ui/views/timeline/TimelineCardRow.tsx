import { memo, useMemo } from 'react';
import { selectCard, useSpaceStore, type SpaceStore } from '../../../state/index.ts';
import { spanOf } from './scale';
import { TimelineBar } from './TimelineBar';
import { useTimeline } from './timelineContext';

interface TimelineCardRowProps {
  store: SpaceStore;
  cardId: string;
  /** Local days in view (plus a margin), both included: a bar outside is not drawn. */
  from: number;
  to: number;
  /** The focused bar is always drawn, so scrolling it out of view never drops the keyboard focus. */
  focused: boolean;
  top: number;
  height: number;
  trackWidth: number;
}

/** One card's row: its title pinned at the left, its bar on the track when the bar is in view. */
export const TimelineCardRow = memo(function TimelineCardRow({
  store,
  cardId,
  from,
  to,
  focused,
  top,
  height,
  trackWidth,
}: TimelineCardRowProps) {
  const { scale } = useTimeline();
  const card = useSpaceStore(store, selectCard(cardId));
  const role = useSpaceStore(store, (state) =>
    card ? (state.statuses[card.pos.statusId]?.role ?? 'information') : 'information',
  );
  const start = card?.start ?? null;
  const due = card?.due ?? null;
  const span = useMemo(() => spanOf(scale, start, due), [scale, start, due]);
  if (!card || !span) return null;
  const inView = span.last >= from && span.first <= to;
  return (
    <div className="timeline-row" style={{ transform: `translateY(${top}px)`, height }}>
      <div className="timeline-row-label" aria-hidden="true">
        {card.title}
      </div>
      <div className="timeline-track" style={{ width: trackWidth }}>
        {(inView || focused) && <TimelineBar card={card} span={span} role={role} />}
      </div>
    </div>
  );
});
