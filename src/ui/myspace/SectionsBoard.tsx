import {
  DndContext,
  DragOverlay,
  MeasuringStrategy,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useDragSensors } from '../common/dragSensors';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  bySection,
  feedKey,
  liveSummary,
  type CardSummary,
  type MirrorItem,
  type Section,
} from '../../domain/index.ts';
import { boardCollision } from '../views/kanban/collision';
import { InboxColumn } from './InboxColumn';
import { MirrorBoard } from './MirrorBoard';
import { MirrorFront, SummaryFront } from './MirrorFront';
import { runWrite, useMySpace } from './mySpaceContext';
import { NewSectionForm } from './NewSectionForm';
import { SectionColumn } from './SectionColumn';
import { feedKeyOfDragId, sectionDrop, sectionPlace } from './sectionDrop';

// As on the Kanban board: Space lifts and drops; Enter is kept free for opening a card.
const KEYBOARD = {
  coordinateGetter: sortableKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] },
};
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };
const DROP_ANIMATION = { duration: 140 };
const NO_ITEMS: MirrorItem[] = [];
const INSTRUCTIONS = {
  draggable:
    'To move this card, press Space. While moving, use the arrow keys: up and down within a section, left ' +
    'and right to another section. Press Space again to drop, or Escape to cancel.',
};

interface SectionsBoardProps {
  sections: readonly Section[];
  items: readonly MirrorItem[];
  inbox: readonly CardSummary[];
  now: number;
}

/**
 * MySpace by the user's own sections: the inbox first, then one column per section. Mirrors are dragged
 * within and between sections, inbox cards into a section — with the mouse or the keyboard. A drop commits
 * one `moveMirror` (or `addMirror` for an inbox card) to the user's document; the card itself never changes.
 * While nothing is lifted, the arrows move the focus between the cards (`MirrorBoard`).
 */
export function SectionsBoard({ sections, items, inbox, now }: SectionsBoardProps) {
  const tools = useMySpace();
  const groups = useMemo(() => bySection(items), [items]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const sensors = useDragSensors(KEYBOARD);

  // dnd-kit calls back with what it saw at the start; these read the board as it is now.
  const latest = useRef({ groups, items, inbox, sections });
  latest.current = { groups, items, inbox, sections };
  const sectionIds = useCallback(
    (sectionId: string) => (latest.current.groups.get(sectionId) ?? NO_ITEMS).map((item) => item.mirror.id),
    [],
  );
  const sectionOf = useCallback(
    (mirrorId: string) =>
      latest.current.items.find((item) => item.mirror.id === mirrorId)?.mirror.sectionId ?? null,
    [],
  );
  const collision = useMemo(
    () => boardCollision({ columnIds: sectionIds, justChangedColumn: () => false }),
    [sectionIds],
  );
  const accessibility = useMemo(
    () => ({
      announcements: announcements(latest, sectionIds, sectionOf),
      screenReaderInstructions: INSTRUCTIONS,
    }),
    [sectionIds, sectionOf],
  );

  const onDragStart = useCallback(
    ({ active }: DragStartEvent) => {
      tools.report(null);
      setActiveId(String(active.id));
    },
    [tools],
  );
  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      setActiveId(null);
      const dragged = String(active.id);
      const drop = sectionDrop(dragged, over ? String(over.id) : null, sectionIds, sectionOf);
      if (drop === null) return;
      const key = feedKeyOfDragId(dragged);
      if (key === null) {
        runWrite(tools, 'move the card', () => tools.actions.moveMirror({ mirrorId: dragged, ...drop }));
        return;
      }
      const summary = latest.current.inbox.find((card) => feedKey(card.spaceId, card.cardId) === key);
      if (!summary) return;
      const { spaceId, cardId } = summary;
      runWrite(tools, 'add the card to MySpace', () => tools.actions.addMirror({ spaceId, cardId, ...drop }));
    },
    [tools, sectionIds, sectionOf],
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      measuring={MEASURING}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
    >
      <MirrorBoard className="board myspace-board" lifted={activeId !== null}>
        <InboxColumn inbox={inbox} firstSectionId={sections[0]?.id ?? null} now={now} />
        {sections.map((section, index) => (
          <SectionColumn
            key={section.id}
            section={section}
            items={groups.get(section.id) ?? NO_ITEMS}
            previousId={sections[index - 1]?.id ?? null}
            beforePreviousId={sections[index - 2]?.id ?? null}
            nextId={sections[index + 1]?.id ?? null}
            only={sections.length === 1}
            now={now}
          />
        ))}
        <NewSectionForm afterId={sections[sections.length - 1]?.id ?? null} />
      </MirrorBoard>
      <DragOverlay dropAnimation={DROP_ANIMATION}>
        {activeId !== null && <Overlay activeId={activeId} items={items} inbox={inbox} now={now} />}
      </DragOverlay>
    </DndContext>
  );
}

/** What follows the pointer: the dragged mirror's or inbox card's front. */
function Overlay({
  activeId,
  items,
  inbox,
  now,
}: {
  activeId: string;
  items: readonly MirrorItem[];
  inbox: readonly CardSummary[];
  now: number;
}) {
  const key = feedKeyOfDragId(activeId);
  const summary = key === null ? null : inbox.find((card) => feedKey(card.spaceId, card.cardId) === key);
  const item = key === null ? items.find((candidate) => candidate.mirror.id === activeId) : undefined;
  return (
    <div className="card card-overlay">
      {summary ? (
        <SummaryFront summary={summary} now={now} />
      ) : item ? (
        <MirrorFront entry={item.entry} now={now} />
      ) : null}
    </div>
  );
}

/**
 * Drag announcements in people's words: the card's title, the section's name and 1-based positions, as on
 * the Kanban board. dnd-kit says the drop before the board is drawn anew, so the place a drop is said to
 * leave the card at is worked out as the drop itself works it out (`sectionPlace`).
 */
function announcements(
  latest: React.RefObject<{
    items: readonly MirrorItem[];
    inbox: readonly CardSummary[];
    sections: readonly Section[];
  }>,
  sectionIds: (sectionId: string) => readonly string[],
  sectionOf: (mirrorId: string) => string | null,
): Announcements {
  const title = (id: string) => {
    const key = feedKeyOfDragId(id);
    if (key !== null)
      return (
        latest.current.inbox.find((card) => feedKey(card.spaceId, card.cardId) === key)?.title ?? 'The card'
      );
    const item = latest.current.items.find((candidate) => candidate.mirror.id === id);
    return liveSummary(item?.entry ?? null)?.title ?? 'The card';
  };
  /** Where a drop over `overId` would leave the card: "position 2 of 3 in section Waiting", or null. */
  const where = (activeId: string, overId: string | null) => {
    const place = sectionPlace(activeId, overId, sectionIds, sectionOf);
    const name = latest.current.sections.find((section) => section.id === place?.sectionId)?.name;
    return place && name ? `position ${place.index + 1} of ${place.order.length} in section ${name}` : null;
  };
  // dnd-kit reports the lifted card as over its own place right after the start; saying so would cut off
  // the "picked up" announcement, so that first report is skipped (as on the Kanban board).
  let moved = false;
  return {
    onDragStart: ({ active }) => {
      moved = false;
      const id = String(active.id);
      const at = where(id, id);
      return at ? `Picked up ${title(id)} at ${at}.` : `Picked up ${title(id)}.`;
    },
    onDragOver: ({ active, over }) => {
      if (!moved && over?.id === active.id) return undefined;
      moved = true;
      const at = where(String(active.id), over ? String(over.id) : null);
      return at ? `${title(String(active.id))} is over ${at}.` : undefined;
    },
    onDragEnd: ({ active, over }) => {
      const at = where(String(active.id), over ? String(over.id) : null);
      return at
        ? `${title(String(active.id))} was dropped at ${at}.`
        : `${title(String(active.id))} was dropped outside the sections and did not move.`;
    },
    onDragCancel: ({ active }) => `Moving ${title(String(active.id))} was cancelled.`,
  };
}
