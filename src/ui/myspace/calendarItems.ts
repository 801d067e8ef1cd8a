// MySpace's mirrors as calendar entries: the adapter between the feed's summaries and the reusable calendar.
import { liveSummary, type MirrorItem } from '../../domain/index.ts';
import { calendarTone } from '../views/calendar/spaceItems';
import type { CalendarItem } from '../views/calendar/types';

/**
 * The mirrors whose card is live, unarchived and dated, each on its due date (or its start when it has no
 * due date), keyed by mirror id; the detail names the card's space and status.
 * @param now - epoch ms
 */
export function mirrorCalendarItems(items: readonly MirrorItem[], now: number): CalendarItem[] {
  const entries: CalendarItem[] = [];
  for (const { mirror, entry } of items) {
    const summary = liveSummary(entry);
    if (!summary || summary.archived) continue;
    const date = summary.due ?? summary.start;
    if (date === null) continue;
    entries.push({
      id: mirror.id,
      title: summary.title,
      date,
      kind: summary.due !== null ? 'due' : 'start',
      detail: `${summary.spaceName} · ${summary.statusName}`,
      tone: calendarTone(summary, summary.statusRole, now),
    });
  }
  return entries;
}
