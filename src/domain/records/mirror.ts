/** A mirror: a reference in a user's MySpace to a card living in some space. */
import { z } from 'zod';
import { str, type YRecord, keyField } from '../schema.ts';
import { epochMsSchema, idSchema, keySchema } from './common.ts';

export const mirrorSchema = z.object({
  id: idSchema,
  spaceId: idSchema,
  cardId: idSchema,
  sectionId: idSchema,
  key: keySchema,
  addedAt: epochMsSchema,
});
export type Mirror = z.infer<typeof mirrorSchema>;

/** Plain snapshot of one mirror record. */
export function readMirror(yMirror: YRecord, id: string): Mirror {
  const addedAt = yMirror.get('addedAt');
  return {
    id,
    spaceId: str(yMirror, 'spaceId'),
    cardId: str(yMirror, 'cardId'),
    sectionId: str(yMirror, 'sectionId'),
    key: keyField(yMirror),
    addedAt: typeof addedAt === 'number' ? addedAt : 0,
  };
}
