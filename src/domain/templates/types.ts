/** A space template: the statuses (in board order, with roles) and labels a new space starts with. */
import type { StatusRole } from '../records/status.ts';

export interface SpaceTemplate {
  id: string;
  name: string;
  description: string;
  statuses: readonly { name: string; role: StatusRole }[];
  labels: readonly { name: string; color: string }[];
}
