/** A workspace's entry for one space: its name, folder, order and privacy (the content is `space/<id>`). */
import { z } from 'zod';
import { flag, str, type YRecord, keyField } from '../schema.ts';
import { idSchema, keySchema, nameSchema } from './common.ts';

export const SPACE_PRIVACIES = ['standard', 'private'] as const;
export type SpacePrivacy = (typeof SPACE_PRIVACIES)[number];

export const spaceEntrySchema = z.object({
  id: idSchema,
  name: nameSchema,
  folderId: idSchema.nullable(),
  key: keySchema,
  privacy: z.enum(SPACE_PRIVACIES),
  archived: z.boolean(),
});
export type SpaceEntry = z.infer<typeof spaceEntrySchema>;

/** Plain snapshot of one space entry. */
export function readSpaceEntry(ySpace: YRecord, id: string): SpaceEntry {
  const folderId = ySpace.get('folderId');
  return {
    id,
    name: str(ySpace, 'name'),
    folderId: typeof folderId === 'string' ? folderId : null,
    key: keyField(ySpace),
    privacy: ySpace.get('privacy') === 'private' ? 'private' : 'standard',
    archived: flag(ySpace, 'archived'),
  };
}
