import { memo, useContext } from 'react';
import type { Card, Label } from '../../domain/index.ts';
import { NO_BADGES, type CardBadges as Badges } from '../../state/index.ts';
import { Avatar, PendingAvatar } from './Avatar';
import { CardBadges } from './CardBadges';
import './cardItems.css';
import { dueTone, dueWords } from './dueTone';
import { usePersonName } from './people';
import { SlaFieldContext } from './slaField';

export interface CardViewProps {
  card: Card;
  /** The space's labels by id (the store's record, so it keeps its identity while labels do not change). */
  labels: Record<string, Label>;
  /** The card sits in a completed or cancelled status: its due date can no longer be missed. */
  done: boolean;
  /** Epoch ms the due date is measured against; the board passes a clock that ticks rarely. */
  now: number;
  /** The card's to-do and comment counts (the store's record, so it keeps its identity between changes). */
  badges?: Badges;
  /**
   * Ids for the labels and the line under the title (`<detailsId>-labels`, `<detailsId>-meta`), so a list
   * item holding the front can name them as its description: its name is the title alone.
   */
  detailsId?: string;
}

const DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const DATE_AND_YEAR = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** A date on the front: day and month, and the year too when it is not this year's. */
function frontDate(ms: number, now: number): string {
  return new Date(ms).getFullYear() === new Date(now).getFullYear()
    ? DATE.format(ms)
    : DATE_AND_YEAR.format(ms);
}

/**
 * The front of a card: what an agent scans a column for. Pure and memoized: a drag re-renders the thin
 * sortable wrappers around it, never this.
 */
export const CardView = memo(function CardView({
  card,
  labels,
  done,
  now,
  badges = NO_BADGES,
  detailsId,
}: CardViewProps) {
  const cardLabels = card.labels
    .map((id) => (Object.hasOwn(labels, id) ? labels[id] : undefined))
    .filter((label): label is Label => label !== undefined && !label.archived);
  const tone = card.due === null ? null : dueTone(card.due, now, done);
  // The SLA due date reads like the due date, coloured the same way as it nears and once it is breached.
  const slaFieldId = useContext(SlaFieldContext);
  const slaValue = slaFieldId === null ? undefined : card.values[slaFieldId];
  const sla = typeof slaValue === 'number' ? slaValue : null;
  const slaTone = sla === null ? null : dueTone(sla, now, done);
  return (
    <div className="card-front">
      {cardLabels.length > 0 && (
        <ul className="card-labels" aria-label="Labels">
          {cardLabels.map((label) => (
            <li key={label.id} className="card-label" style={{ '--label': label.color } as object}>
              {label.name}
            </li>
          ))}
        </ul>
      )}
      {/* The card's description says its labels by name: the list's own name ("Labels") would stand in
          for its items there. Hidden, it is read only as the description. */}
      {cardLabels.length > 0 && detailsId !== undefined && (
        <span id={`${detailsId}-labels`} hidden>
          Labels: {cardLabels.map((label) => label.name).join(', ')}.
        </span>
      )}
      <span className="card-title">{card.title}</span>
      {(tone !== null ||
        slaTone !== null ||
        card.responsible !== null ||
        card.blocker !== null ||
        badges.todosTotal > 0 ||
        badges.comments > 0) && (
        <div className="card-meta" id={detailsId === undefined ? undefined : `${detailsId}-meta`}>
          <CardBadges badges={badges} blocker={card.blocker} />
          {tone !== null && card.due !== null && (
            <span className={`card-due due-${tone}`} data-tone={tone}>
              {dueWords(tone, card.due, now, (ms) => frontDate(ms, now))}
            </span>
          )}
          {slaTone !== null && sla !== null && (
            <span className={`card-due due-${slaTone}`} data-sla-tone={slaTone}>
              SLA {dueWords(slaTone, sla, now, (ms) => frontDate(ms, now))}
            </span>
          )}
          {card.responsible !== null && <Responsible userId={card.responsible} />}
        </div>
      )}
    </div>
  );
});

function Responsible({ userId }: { userId: string }) {
  const name = usePersonName(userId);
  return name === null ? <PendingAvatar /> : <Avatar id={userId} name={name} />;
}
