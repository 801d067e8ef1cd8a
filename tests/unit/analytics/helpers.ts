/** Hand-made histories for the flow tests: a small board and instants written as ISO strings. */
import type { FlowInput, StatusChange, StatusRole } from '../../../src/analytics/index.ts';

/** Board, left to right: backlog, doing, review, done, plus an information and a cancelled column. */
export const STATUSES: Record<string, StatusRole> = {
  info: 'information',
  backlog: 'not_started',
  doing: 'in_progress',
  review: 'in_progress',
  done: 'completed',
  shipped: 'completed',
  cancelled: 'cancelled',
};
export const ORDER = ['info', 'backlog', 'doing', 'review', 'done', 'shipped', 'cancelled'];

/** Epoch ms of an ISO instant (`2026-03-02T10:00Z`). */
export const t = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad instant ${iso}`);
  return ms;
};

/** One card's path: `[status, iso]` pairs; the first is its creation. */
export type Path = [string, string][];

/** Input for cards given as `{id: path}` (archived ids listed apart). */
export function board(paths: Record<string, Path>, archived: string[] = []): FlowInput {
  const changes: StatusChange[] = [];
  const cards = Object.entries(paths).map(([id, path]) => {
    for (const [status, iso] of path) changes.push({ cardId: id, at: t(iso), toStatusId: status });
    return { id, createdAt: t(path[0]![1]), archived: archived.includes(id) };
  });
  return { cards, changes, statuses: STATUSES, statusOrder: ORDER };
}
