// What the calendar component shows and reports. Plain values only: the space's Calendar view and MySpace
// both adapt their own stores to these, so nothing here knows about a space.

/** One dated entry on the calendar. */
export interface CalendarItem {
  /** Stable id, handed back to `onOpen` and `onReschedule` (a card id, or a mirror id). */
  id: string;
  title: string;
  /** The instant the entry sits on, epoch ms. */
  date: number;
  /** Which date of the card this is: its due date, or its start when it has no due date. */
  kind: 'due' | 'start';
  /** A short line under the title, e.g. the card's status. */
  detail?: string;
  /**
   * `late`: its due date has passed unfinished; `late-start`: its start has passed while not started;
   * `done`: finished. Colours the entry.
   */
  tone?: 'late' | 'late-start' | 'done';
}

/** Month grid or one week. */
export type CalendarRange = 'month' | 'week';
