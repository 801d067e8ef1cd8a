/** A space template: the statuses (in board order, with roles), labels and custom fields a new space starts with. */
import type { FieldType } from '../records/field.ts';
import type { StatusRole } from '../records/status.ts';

export interface SpaceTemplate {
  id: string;
  name: string;
  description: string;
  statuses: readonly { name: string; role: StatusRole }[];
  labels: readonly { name: string; color: string }[];
  /** Custom fields in order; at most one date field marked `sla` becomes the space's SLA due date. */
  fields?: readonly { name: string; type: FieldType; sla?: boolean }[];
}
