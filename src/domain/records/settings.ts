/**
 * A space's settings: one top-level `settings` map of single values, each replaced whole (last writer
 * wins), so a space can never end up with two SLA fields.
 */
import { z } from 'zod';
import { idSchema } from './common.ts';

export const spaceSettingsSchema = z.object({
  /** The date field whose value is a card's SLA due date, or null when the space has no SLA. */
  slaFieldId: idSchema.nullable(),
});
export type SpaceSettings = z.infer<typeof spaceSettingsSchema>;

/** Plain snapshot of the settings map (defaults for what is unset or malformed). */
export function readSettingsMap(settings: { get(key: string): unknown }): SpaceSettings {
  const sla = settings.get('slaFieldId');
  return { slaFieldId: typeof sla === 'string' ? sla : null };
}
