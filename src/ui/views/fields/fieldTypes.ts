import type { FieldType } from '../../../domain/index.ts';

/** Each field type as people call it, in the order the type choice lists them. */
export const FIELD_TYPE_NAMES: readonly { type: FieldType; name: string }[] = [
  { type: 'date', name: 'Date' },
  { type: 'text', name: 'Text' },
  { type: 'number', name: 'Number' },
];

export function fieldTypeName(type: FieldType): string {
  return FIELD_TYPE_NAMES.find((entry) => entry.type === type)?.name ?? type;
}
