/** A folder groups spaces inside a workspace. */
import { z } from 'zod';
import { flag, str, type YRecord, keyField } from '../schema.ts';
import { idSchema, keySchema, nameSchema } from './common.ts';

export const folderSchema = z.object({
  id: idSchema,
  name: nameSchema,
  key: keySchema,
  archived: z.boolean(),
});
export type Folder = z.infer<typeof folderSchema>;

/** Plain snapshot of one folder record. */
export function readFolder(yFolder: YRecord, id: string): Folder {
  return { id, name: str(yFolder, 'name'), key: keyField(yFolder), archived: flag(yFolder, 'archived') };
}
