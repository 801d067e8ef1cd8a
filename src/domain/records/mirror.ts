/** A mirror: a reference in a user's MySpace to a card living in some space. */
import { z } from 'zod';
import { flag, str, type YRecord, keyField } from '../schema.ts';
import { epochMsSchema, idSchema, keySchema } from './common.ts';

export const mirrorSchema = z.object({
  id: idSchema,
  spaceId: idSchema,
  cardId: idSchema,
  sectionId: idSchema,
  key: keySchema,
  addedAt: epochMsSchema,
  /** Set by the user: the Eisenhower matrix's importance. */
  important: z.boolean(),
  /** The user's override of the urgency derived from the due date; null follows the date. */
  urgent: z.boolean().nullable(),
});
export type Mirror = z.infer<typeof mirrorSchema>;

/** Plain snapshot of one mirror record. */
export function readMirror(yMirror: YRecord, id: string): Mirror {
  const addedAt = yMirror.get('addedAt');
  const urgent = yMirror.get('urgent');
  return {
    id,
    spaceId: str(yMirror, 'spaceId'),
    cardId: str(yMirror, 'cardId'),
    sectionId: str(yMirror, 'sectionId'),
    key: keyField(yMirror),
    addedAt: typeof addedAt === 'number' ? addedAt : 0,
    important: flag(yMirror, 'important'),
    urgent: typeof urgent === 'boolean' ? urgent : null,
  };
}
