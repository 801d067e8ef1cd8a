import { useId } from 'react';
import { feedKey, type Mirror } from '../../domain/index.ts';
import { byData, focusSoon } from '../common/byData';
import { controlTabIndex } from '../common/tabStops';
import { runWrite, useMySpace } from './mySpaceContext';

const URGENCY_CHOICES = [
  { value: 'date', label: 'Urgency from due date' },
  { value: 'urgent', label: 'Urgent' },
  { value: 'not-urgent', label: 'Not urgent' },
] as const;

/**
 * The Eisenhower inputs of one mirror: importance (the user's call, a pressed button) and urgency (from the
 * due date unless the user says otherwise). Only the mirror in the user's document changes, never the card.
 */
export function PriorityControls({
  mirror,
  title,
  tabbable,
}: {
  mirror: Mirror;
  title: string;
  /** Whether the controls are in the Tab order: their card is its list's Tab stop (`controlTabIndex`). */
  tabbable: boolean;
}) {
  const tools = useMySpace();
  // A change moves the card to another quadrant, a new element: the focus follows it there.
  const refocus = (control: string) => {
    const key = feedKey(mirror.spaceId, mirror.cardId);
    focusSoon(
      () =>
        byData(document, 'cardKey', key)?.querySelector<HTMLElement>(`.mirror-priority ${control}`) ?? null,
    );
  };
  // Both controls are described by the card's title: a screen reader's list of controls says whose they are.
  const titleId = useId();
  const urgency = mirror.urgent === null ? 'date' : mirror.urgent ? 'urgent' : 'not-urgent';
  return (
    // A click or key here sets a priority; it must not also open the card.
    <div
      className="mirror-priority"
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <span id={titleId} hidden>
        {title}
      </span>
      <button
        type="button"
        aria-pressed={mirror.important}
        aria-describedby={titleId}
        tabIndex={controlTabIndex(tabbable)}
        title={`Mark “${title}” as ${mirror.important ? 'not ' : ''}important`}
        onClick={() => {
          runWrite(tools, 'change the importance', () =>
            tools.actions.setMirrorPriority({ mirrorId: mirror.id, important: !mirror.important }),
          );
          refocus('button');
        }}
      >
        Important
      </button>
      <select
        aria-label="Urgency"
        aria-describedby={titleId}
        tabIndex={controlTabIndex(tabbable)}
        className="select"
        value={urgency}
        onChange={(event) => {
          const value = event.target.value;
          runWrite(tools, 'change the urgency', () =>
            tools.actions.setMirrorPriority({
              mirrorId: mirror.id,
              urgent: value === 'date' ? null : value === 'urgent',
            }),
          );
          refocus('select');
        }}
      >
        {URGENCY_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
