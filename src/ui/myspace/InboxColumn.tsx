import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, useCallback, useId, useMemo } from 'react';
import { feedKey, type CardSummary } from '../../domain/index.ts';
import { isOwnEnter } from './MirrorCard';
import { SummaryFront } from './MirrorFront';
import { runWrite, useMySpace } from './mySpaceContext';
import { inboxDragId } from './sectionDrop';
import { CardCount } from '../common/CardCount';
import { byData } from '../common/byData';
import { controlTabIndex } from '../common/tabStops';
import { cardListData, useCardListTabStop } from './MirrorBoard';

/** The inbox's key among the board's card lists (sections have theirs by id). */
const INBOX = 'inbox';

/**
 * The inbox: cards assigned to the user or mentioning them that they have not dealt with yet. Each is added
 * to MySpace (a button puts it in the first section, or it is dragged into any section) or dismissed; either
 * way it leaves the inbox for good.
 */
export function InboxColumn({
  inbox,
  firstSectionId,
  now,
}: {
  inbox: readonly CardSummary[];
  firstSectionId: string | null;
  now: number;
}) {
  const headingId = useId();
  const keys = useMemo(() => inbox.map((summary) => feedKey(summary.spaceId, summary.cardId)), [inbox]);
  const tabStop = useCardListTabStop(INBOX, keys);
  return (
    <section className="column myspace-inbox" aria-labelledby={headingId}>
      <header className="column-head">
        <h2 id={headingId} className="column-name">
          Inbox
        </h2>
        <CardCount count={inbox.length} />
      </header>
      <ul className="column-cards" aria-labelledby={headingId} tabIndex={-1} {...cardListData(INBOX)}>
        {inbox.map((summary, index) => (
          <InboxItem
            key={keys[index]}
            summary={summary}
            firstSectionId={firstSectionId}
            now={now}
            tabStop={keys[index] === tabStop}
          />
        ))}
        {inbox.length === 0 && (
          <li role="none" className="column-empty muted">
            Nothing new for you
          </li>
        )}
      </ul>
    </section>
  );
}

const InboxItem = memo(function InboxItem({
  summary,
  firstSectionId,
  now,
  tabStop,
}: {
  summary: CardSummary;
  firstSectionId: string | null;
  now: number;
  /** Whether Tab stops at this card: the inbox's one stop (see `MirrorBoard`). */
  tabStop: boolean;
}) {
  const tools = useMySpace();
  const { spaceId, cardId } = summary;
  const dragId = inboxDragId(feedKey(spaceId, cardId));
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: dragId,
    attributes: { role: 'listitem', roleDescription: 'card' },
  });
  // Never a drop target, but registered as one: dnd-kit's sortable keyboard moves (the arrows) start from
  // the dragged item's own drop target, and without one an inbox card did not move at all.
  const { setNodeRef: setDropRef } = useDroppable({ id: dragId, disabled: true });
  const setRefs = useCallback(
    (element: HTMLElement | null) => {
      setNodeRef(element);
      setDropRef(element);
    },
    [setNodeRef, setDropRef],
  );
  const open = () => tools.openCard(spaceId, cardId);
  // Both buttons are described by the card's title, so a screen reader's list of buttons says which card
  // each acts on.
  const titleId = useId();
  /** Runs an action that takes the card out of the inbox, then focuses the inbox card after it (or before). */
  const leave = (button: HTMLElement, what: string, write: () => void) => {
    const item = button.closest('li');
    const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling) as HTMLElement | null;
    const key = neighbour?.dataset.cardKey ?? null;
    const list = item?.parentElement ?? null;
    runWrite(tools, what, write);
    requestAnimationFrame(() => {
      const target = key && list ? byData(list, 'cardKey', key) : null;
      (target ?? list)?.focus();
    });
  };
  return (
    <li
      ref={setRefs}
      className={isDragging ? 'card mirror card-placeholder' : 'card mirror'}
      {...attributes}
      {...listeners}
      tabIndex={tabStop ? 0 : -1}
      onKeyDown={(event) => {
        if (isOwnEnter(event)) open();
        else if (event.target === event.currentTarget) listeners?.onKeyDown?.(event);
      }}
      onClick={open}
      aria-label={summary.title}
      data-card-key={feedKey(spaceId, cardId)}
    >
      <SummaryFront summary={summary} now={now} />
      <span id={titleId} hidden>
        {summary.title}
      </span>
      <div
        className="mirror-actions"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.stopPropagation()}
      >
        <button
          type="button"
          aria-describedby={titleId}
          tabIndex={controlTabIndex(tabStop)}
          disabled={firstSectionId === null}
          onClick={(event) =>
            firstSectionId !== null &&
            leave(event.currentTarget, 'add the card to MySpace', () =>
              tools.actions.addMirror({ spaceId, cardId, sectionId: firstSectionId }),
            )
          }
        >
          Add to MySpace
        </button>
        <button
          type="button"
          aria-describedby={titleId}
          tabIndex={controlTabIndex(tabStop)}
          onClick={(event) =>
            leave(event.currentTarget, 'dismiss the card', () =>
              tools.actions.triageCard({ spaceId, cardId }),
            )
          }
        >
          Dismiss
        </button>
      </div>
    </li>
  );
});
