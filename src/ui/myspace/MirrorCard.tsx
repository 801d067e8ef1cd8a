import type { KeyboardEvent } from 'react';
import { feedKey, liveSummary, type MirrorItem } from '../../domain/index.ts';
import { MirrorFront, mirrorName } from './MirrorFront';
import { runWrite, useMySpace, type MySpaceTools } from './mySpaceContext';
import { PriorityControls } from './PriorityControls';
import { controlTabIndex } from '../common/tabStops';

/** What a mirror shows inside its list item: its front, and the actions that fit the view and its state. */
export function MirrorBody({
  item,
  now,
  priority = false,
  tabStop,
}: {
  item: MirrorItem;
  now: number;
  /** Show the Eisenhower inputs (importance, urgency). */
  priority?: boolean;
  /** Whether the mirror is its list's Tab stop: only then are its controls in the Tab order. */
  tabStop: boolean;
}) {
  const tools = useMySpace();
  const live = liveSummary(item.entry) !== null;
  return (
    <>
      <MirrorFront entry={item.entry} now={now} />
      {priority && (
        <PriorityControls mirror={item.mirror} title={mirrorName(item.entry)} tabbable={tabStop} />
      )}
      {!live && (
        <button
          type="button"
          className="mirror-remove"
          tabIndex={controlTabIndex(tabStop)}
          onClick={(event) => {
            event.stopPropagation();
            runWrite(tools, 'remove the card from MySpace', () =>
              tools.actions.removeMirror({ mirrorId: item.mirror.id }),
            );
          }}
          onKeyDown={(event) => event.stopPropagation()}
        >
          Remove from MySpace
        </button>
      )}
    </>
  );
}

/** Opens the mirrored card's panel when the feed can show the card (an unavailable one has none). */
export function openMirror(tools: MySpaceTools, item: MirrorItem): void {
  if (liveSummary(item.entry) !== null) tools.openCard(item.mirror.spaceId, item.mirror.cardId);
}

/** Enter on the item itself (not on a control inside it) opens the card, as a click does. */
export function isOwnEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && event.target === event.currentTarget;
}

/** A mirror in a view without dragging (Eisenhower, by space, by status): a list item that opens the card. */
export function StaticMirror({
  item,
  now,
  priority,
  tabStop,
}: {
  item: MirrorItem;
  now: number;
  priority?: boolean;
  /** Whether Tab stops at this mirror: its list's one stop (see `MirrorBoard`). */
  tabStop: boolean;
}) {
  const tools = useMySpace();
  return (
    <li
      className="card mirror"
      tabIndex={tabStop ? 0 : -1}
      aria-label={mirrorName(item.entry)}
      data-card-key={feedKey(item.mirror.spaceId, item.mirror.cardId)}
      onClick={() => openMirror(tools, item)}
      onKeyDown={(event) => isOwnEnter(event) && openMirror(tools, item)}
    >
      <MirrorBody item={item} now={now} priority={priority} tabStop={tabStop} />
    </li>
  );
}
