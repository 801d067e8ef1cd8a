import { useDraggable } from '@dnd-kit/core';
import { memo, type KeyboardEvent } from 'react';
import type { DayEntry } from './entries';
import type { CalendarItem } from './types';

/** Days an Alt+arrow moves an entry by: a day sideways, a week up or down, as the grid is laid out. */
const KEY_DAYS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

const TONE_WORDS: Record<NonNullable<CalendarItem['tone']>, string> = {
  late: 'late',
  'late-start': 'not started on time',
  done: 'done',
};

/** What an entry reads as: its title first, then which date it sits on. */
export function entryName(item: CalendarItem): string {
  // The colour that marks a late or finished card is said in words too.
  const which = `${item.kind === 'due' ? 'due' : 'starts'}${item.tone ? `, ${TONE_WORDS[item.tone]}` : ''}`;
  return item.detail ? `${item.title}, ${which}, ${item.detail}` : `${item.title}, ${which}`;
}

/** The face of an entry, shared by the cell and the drag overlay. */
export function EntryFace({ entry }: { entry: DayEntry }) {
  const { item, time } = entry;
  return (
    <>
      <span className="calendar-entry-line">
        <span className="calendar-entry-kind">{item.kind === 'due' ? 'Due' : 'Starts'}</span>
        {time && <span className="calendar-entry-time">{time}</span>}
        <span className="calendar-entry-title">{item.title}</span>
      </span>
      {item.detail && <span className="calendar-entry-detail">{item.detail}</span>}
    </>
  );
}

export function entryClass(item: CalendarItem, extra = ''): string {
  return `calendar-entry kind-${item.kind}${item.tone ? ` tone-${item.tone}` : ''}${extra}`;
}

interface CalendarEntryProps {
  entry: DayEntry;
  /** Whether Tab reaches it: only in the day that is the grid's tab stop. */
  tabbable: boolean;
  /** Whether it may be dragged and moved by keyboard (false when reading only). */
  canMove: boolean;
  onOpen(id: string): void;
  /** Moves the entry by whole days (keyboard). */
  onMoveBy(item: CalendarItem, days: number): void;
}

/**
 * One entry: a button that opens its card, dragged with the pointer to another day, or moved with
 * Alt+arrow keys. Memoized, so a drag hovering over days does not re-render every entry.
 */
export const CalendarEntry = memo(function CalendarEntry({
  entry,
  tabbable,
  canMove,
  onOpen,
  onMoveBy,
}: CalendarEntryProps) {
  const { item } = entry;
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: item.id,
    disabled: !canMove,
    attributes: { roleDescription: 'calendar entry' },
  });
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const days = KEY_DAYS[event.key];
    if (!canMove || !event.altKey || days === undefined || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    onMoveBy(item, days);
  };
  return (
    <button
      type="button"
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      className={entryClass(item, isDragging ? ' calendar-entry-placeholder' : '')}
      aria-label={entryName(item)}
      // dnd-kit marks an entry that cannot be dragged disabled, but it still opens its card.
      aria-disabled={undefined}
      tabIndex={tabbable ? 0 : -1}
      data-entry-id={item.id}
      onClick={() => onOpen(item.id)}
      onKeyDown={onKeyDown}
    >
      <EntryFace entry={entry} />
    </button>
  );
});
