/**
 * Where a drop on the MySpace sections board puts a mirror or an inbox card: a section and the mirror to
 * follow. Pure, so the drag handler commits exactly one `moveMirror` or `addMirror` and tests can check
 * the arithmetic without a browser. Section lists are droppables with the board's list ids
 * (`columnDropId`), so the board's collision detection serves here too.
 */
import { arrayMove } from '@dnd-kit/sortable';
import { statusOfDropId } from '../views/kanban/preview';

const INBOX_PREFIX = 'inbox:';

/** The drag id of an inbox card (mirror ids never contain a colon, so the two never clash). */
export function inboxDragId(feedKey: string): string {
  return INBOX_PREFIX + feedKey;
}

/** The feed key of an inbox card's drag id, or null for a mirror's. */
export function feedKeyOfDragId(id: string): string | null {
  return id.startsWith(INBOX_PREFIX) ? id.slice(INBOX_PREFIX.length) : null;
}

export interface SectionDrop {
  sectionId: string;
  /** The mirror it follows; null: first. */
  afterId: string | null;
}

/** Where a drop puts the dragged card: its section, that section's cards after the drop, and its index. */
export interface SectionPlace {
  sectionId: string;
  /** The section's mirror ids as the drop leaves them (the dragged card's id among them). */
  order: readonly string[];
  index: number;
  /** Where it was in that section before, or -1 when it comes from elsewhere. */
  from: number;
}

/**
 * The place a drop of `activeId` (a mirror's id or an inbox drag id) over `overId` (a section list or a
 * mirror) stands for, or null when it lands nowhere. Over a mirror of another section the dragged card
 * takes that mirror's place; within its own section it moves as a sortable list moves; over a section's
 * empty space it goes to the end.
 */
export function sectionPlace(
  activeId: string,
  overId: string | null,
  /** A section's mirror ids in order. */
  sectionIds: (sectionId: string) => readonly string[],
  /** The section of a mirror, or null. */
  sectionOf: (mirrorId: string) => string | null,
): SectionPlace | null {
  if (overId === null) return null;
  const overSection = statusOfDropId(overId);
  const sectionId = overSection ?? sectionOf(overId);
  if (sectionId === null) return null;
  const ids = sectionIds(sectionId);
  const from = ids.indexOf(activeId);
  const overIndex = ids.indexOf(overId);
  if (overSection === null && overIndex < 0) return null;
  let order: readonly string[];
  if (overSection !== null) {
    order = [...ids.filter((id) => id !== activeId), activeId];
  } else if (from >= 0) {
    order = arrayMove([...ids], from, overIndex);
  } else {
    order = [...ids.slice(0, overIndex), activeId, ...ids.slice(overIndex)];
  }
  return { sectionId, order, index: order.indexOf(activeId), from };
}

/** The move a drop stands for (see `sectionPlace`), or null when it changes nothing or lands nowhere. */
export function sectionDrop(
  activeId: string,
  overId: string | null,
  sectionIds: (sectionId: string) => readonly string[],
  sectionOf: (mirrorId: string) => string | null,
): SectionDrop | null {
  const place = sectionPlace(activeId, overId, sectionIds, sectionOf);
  if (place === null || place.from === place.index) return null;
  return { sectionId: place.sectionId, afterId: place.order[place.index - 1] ?? null };
}
