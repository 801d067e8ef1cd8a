/** A MySpace section: a user's own column of mirror cards. */
import { z } from 'zod';
import { str, type YRecord, keyField } from '../schema.ts';
import { idSchema, keySchema, nameSchema } from './common.ts';

export const sectionSchema = z.object({ id: idSchema, name: nameSchema, key: keySchema });
export type Section = z.infer<typeof sectionSchema>;

/** Plain snapshot of one section record. */
export function readSection(ySection: YRecord, id: string): Section {
  return { id, name: str(ySection, 'name'), key: keyField(ySection) };
}
