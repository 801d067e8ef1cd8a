/**
 * A space's custom field, and the values cards hold for it. A field's type is fixed when it is made, so a
 * value once accepted never changes meaning; fields are archived, never deleted, so a card's value always
 * names a field that exists. A card keeps its values in a nested `values` map (field id → value) so two
 * people filling in different fields of one card at once both keep theirs.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { flag, keyField, str, type YRecord } from '../schema.ts';
import { epochMsSchema, idSchema, keySchema, nameSchema } from './common.ts';

export const FIELD_TYPES = ['date', 'text', 'number'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export const fieldTypeSchema = z.enum(FIELD_TYPES);

/** The longest text value, in characters. */
export const FIELD_TEXT_MAX = 1000;

export const fieldSchema = z.object({
  id: idSchema,
  name: nameSchema,
  type: fieldTypeSchema,
  key: keySchema,
  archived: z.boolean(),
});
export type Field = z.infer<typeof fieldSchema>;

/** A stored value: a date is epoch ms (the panel stores the last ms of the chosen day), text is trimmed. */
export type FieldValue = string | number;

/** The value schema of each type; a value of the wrong type is refused before anything is written. */
export const FIELD_VALUE_SCHEMAS: Readonly<Record<FieldType, z.ZodType<FieldValue>>> = {
  date: epochMsSchema,
  number: z.number().finite(),
  text: z.string().trim().min(1).max(FIELD_TEXT_MAX),
};

/** Plain snapshot of one field record; an unknown type from a newer peer reads as `text`. */
export function readField(yField: YRecord, id: string): Field {
  const type = yField.get('type');
  return {
    id,
    name: str(yField, 'name'),
    type: (FIELD_TYPES as readonly unknown[]).includes(type) ? (type as FieldType) : 'text',
    key: keyField(yField),
    archived: flag(yField, 'archived'),
  };
}

/** Whether `value` is a value a field of `type` can hold (used when reading what a peer wrote). */
export function fitsType(type: FieldType, value: unknown): value is FieldValue {
  return FIELD_VALUE_SCHEMAS[type].safeParse(value).success;
}

/**
 * A card's values by field id (fields of every type, archived ones included); entries that are neither a
 * string nor a finite number (a faulty peer's write) are left out.
 */
export function readFieldValues(yCard: YRecord): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  const map = yCard.get('values');
  if (!(map instanceof Y.Map)) return values;
  map.forEach((value: unknown, fieldId: string) => {
    if (fieldId === '__proto__') return;
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
      values[fieldId] = value;
    }
  });
  return values;
}
