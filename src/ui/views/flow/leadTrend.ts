// The average lead time trend with WIP: per ISO week of the report's window, the average lead time of the
// cards done that week beside how much work was in progress. A rising WIP usually shows up a few weeks
// later as a rising lead time (Little's law); showing both on one chart makes that visible.
import { dayNumber, makeCalendar, type FlowReport } from '../../../analytics/index.ts';

export interface TrendWeek {
  /** The Monday the week starts on, `YYYY-MM-DD` (it may lie before the window). */
  week: string;
  /** Days of this week inside the window (1–7). */
  days: number;
  /** Cards done this week: the report's weekly throughput. */
  done: number;
  /** Average lead time D − C of those cards, fractional days of the report's calendar; null with none. */
  averageLead: number | null;
  /** Mean of the week's end-of-day WIP over its days in the window. */
  averageWip: number | null;
  /** WIP at the end of the week's last day in the window. */
  endWip: number | null;
}

/**
 * One row per week of `report.throughput.weekly`. A card counts in the week its completion is counted in
 * the throughput: with a working calendar, one done on a Sunday counts on the next working day, which may
 * fall in the next week or outside the window.
 */
export function leadTimeTrend(report: FlowReport): TrendWeek[] {
  const calendar = makeCalendar({ timeZone: report.timeZone, working: report.working ?? undefined });
  const first = dayNumber(report.from)!;
  const last = dayNumber(report.to)!;
  const weeks = report.throughput.weekly.map((week) => ({
    monday: dayNumber(week.week)!,
    week,
    endWip: null as number | null,
    leadSum: 0,
    leadCount: 0,
    wipSum: 0,
    wipCount: 0,
  }));
  if (weeks.length === 0) return [];
  const firstMonday = weeks[0]!.monday;
  const weekOf = (day: number) => weeks[Math.floor((day - firstMonday) / 7)];

  for (const card of report.cards) {
    if (card.done === null || card.lead === null) continue;
    const day = calendar.nextCounting(calendar.dayOf(card.done));
    if (day < first || day > last) continue;
    const week = weekOf(day)!;
    week.leadSum += card.lead.days;
    week.leadCount++;
  }
  for (const wip of report.wip) {
    const day = dayNumber(wip.date)!;
    const week = weekOf(day);
    if (!week) continue;
    week.wipSum += wip.count;
    week.wipCount++;
    week.endWip = wip.count;
  }
  return weeks.map(({ week, leadSum, leadCount, wipSum, wipCount, endWip }) => ({
    week: week.week,
    days: week.days,
    done: week.count,
    averageLead: leadCount === 0 ? null : leadSum / leadCount,
    averageWip: wipCount === 0 ? null : wipSum / wipCount,
    endWip,
  }));
}
