import { isDoneRole } from '../kanban/roles';
import type { Status, StatusRole } from '../../../domain/index.ts';

/**
 * Where a new column goes among the live ones (in board order), as `createStatus`'s `afterId`: a working
 * column before the first finished one (Completed, Cancelled), so work still flows left to right; a
 * finished column, or any column on a board with no finished one, at the end.
 */
export function newColumnPlace(live: readonly Status[], role: StatusRole): string | null | undefined {
  if (isDoneRole(role)) return undefined;
  const firstDone = live.findIndex((status) => isDoneRole(status.role));
  if (firstDone < 0) return undefined;
  return firstDone === 0 ? null : live[firstDone - 1]!.id;
}
