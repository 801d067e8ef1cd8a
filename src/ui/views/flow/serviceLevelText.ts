// The service-level figures in words and table cells: the numbers are the library's, only rounded.
import type { RiskReason, ServiceTime, SlaWeek } from '../../../analytics/index.ts';
import { formatDays, formatInstant } from './cycleTimes';

export const MEASURE_NAMES: Record<ServiceTime['measure'], string> = {
  first_response: 'First response',
  time_to_resolve: 'Time to resolve',
};

/** A share 0–1 as a percentage with one decimal, `66.7%`; a dash when there is none. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)}%`;
}

/** An SLA due instant as its local date `YYYY-MM-DD` in `timeZone`. */
export function formatDueDate(ms: number, timeZone: string): string {
  return formatInstant(ms, timeZone).slice(0, 10);
}

/** One reason a card is at risk, in the team's words. */
export function reasonText(reason: RiskReason): string {
  switch (reason.kind) {
    case 'age':
      return `open ${formatDays(reason.ageDays)} days, longer than ${reason.percentile}% of cycle times (${formatDays(reason.percentileDays)} days)`;
    case 'sla_past':
      return `SLA due date passed ${formatDays(reason.overdueDays)} days ago`;
    case 'sla_near':
      return `SLA due in ${formatDays(reason.daysLeft)} days`;
  }
}

/** The table rows of the weekly attainment, as shown and as the CSV holds them. */
export function weekCells(week: SlaWeek): [string, number, number, string] {
  return [week.week, week.completed, week.met, formatShare(week.attainment)];
}
