import type { StatusRole } from '../../../domain/index.ts';

export const ROLE_LABELS: Record<StatusRole, string> = {
  information: 'Information',
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** Cards in these statuses are finished: their due dates no longer count as missed. */
export function isDoneRole(role: StatusRole): boolean {
  return role === 'completed' || role === 'cancelled';
}
