/** A space's label: a coloured tag cards carry in a set. */
import { z } from 'zod';
import { flag, str, type YRecord } from '../schema.ts';
import { colorSchema, idSchema, nameSchema } from './common.ts';

export const labelSchema = z.object({
  id: idSchema,
  name: nameSchema,
  color: colorSchema,
  archived: z.boolean(),
});
export type Label = z.infer<typeof labelSchema>;

/** Plain snapshot of one label record. */
export function readLabel(yLabel: YRecord, id: string): Label {
  return {
    id,
    name: str(yLabel, 'name'),
    color: str(yLabel, 'color', '#808080'),
    archived: flag(yLabel, 'archived'),
  };
}
