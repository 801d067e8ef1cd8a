/** A space's status (a board column): its role drives flow analytics, its key the column order. */
import { z } from 'zod';
import { flag, str, type YRecord, keyField } from '../schema.ts';
import { idSchema, keySchema, nameSchema } from './common.ts';

export const STATUS_ROLES = ['information', 'not_started', 'in_progress', 'completed', 'cancelled'] as const;
export type StatusRole = (typeof STATUS_ROLES)[number];
export const statusRoleSchema = z.enum(STATUS_ROLES);

export const statusSchema = z.object({
  id: idSchema,
  name: nameSchema,
  role: statusRoleSchema,
  key: keySchema,
  archived: z.boolean(),
});
export type Status = z.infer<typeof statusSchema>;

/** Plain snapshot of one status record; unknown roles from a newer peer read as `information`. */
export function readStatus(yStatus: YRecord, id: string): Status {
  const role = yStatus.get('role');
  return {
    id,
    name: str(yStatus, 'name'),
    role: (STATUS_ROLES as readonly unknown[]).includes(role) ? (role as StatusRole) : 'information',
    key: keyField(yStatus),
    archived: flag(yStatus, 'archived'),
  };
}
