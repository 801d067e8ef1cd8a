/** A card's custom field values: one entry of the card's nested `values` map per field. */
import * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { appendHistory } from '../history/log.ts';
import { LOCAL } from '../origin.ts';
import { idSchema } from '../records/common.ts';
import {
  FIELD_TEXT_MAX,
  FIELD_VALUE_SCHEMAS,
  FIELD_TYPES,
  type FieldType,
  type FieldValue,
} from '../records/field.ts';
import type { YRecord } from '../schema.ts';
import { requireEditableCard } from './cardRules.ts';
import { requireOpenField } from './fields.ts';
import { parseInput } from './input.ts';

const valueInput = z.object({
  cardId: idSchema,
  fieldId: idSchema,
  value: z.union([z.string(), z.number()]).nullable(),
});

const TYPE_WORDS: Record<FieldType, string> = {
  date: 'a date (epoch ms)',
  number: 'a finite number',
  text: `text of at most ${FIELD_TEXT_MAX} characters`,
};

/** The card's values map, made in the running transaction when a card from before version 2 lacks it. */
function valuesOf(card: YRecord): Y.Map<unknown> {
  let values = card.get('values');
  if (!(values instanceof Y.Map)) {
    values = new Y.Map<unknown>();
    card.set('values', values);
  }
  return values as Y.Map<unknown>;
}

/**
 * Sets a card's value of a live field, checked against the field's type: a date as epoch ms, a number as
 * a finite number, text trimmed (1–1000 characters); `null`, or text that is only spaces, clears it. A
 * value of the wrong type → `invalid_value`; an archived field → `field_archived`. Appends one `valued`
 * event when the value changes.
 */
export function setFieldValue(
  doc: Y.Doc,
  input: { cardId: string; fieldId: string; value: FieldValue | null },
  ctx: OpContext,
): void {
  const parsed = parseInput(valueInput, input);
  const { actor, at } = resolveContext(ctx);
  const card = requireEditableCard(doc, parsed.cardId);
  const field = requireOpenField(doc, parsed.fieldId);
  const stored = field.get('type');
  const type: FieldType = (FIELD_TYPES as readonly unknown[]).includes(stored)
    ? (stored as FieldType)
    : 'text';
  let value: FieldValue | null = parsed.value;
  if (typeof value === 'string' && type === 'text' && value.trim() === '') value = null;
  if (value !== null) {
    const checked = FIELD_VALUE_SCHEMAS[type].safeParse(value);
    if (!checked.success) {
      throw new DomainError('invalid_value', `This field takes ${TYPE_WORDS[type]}.`, {
        fieldId: parsed.fieldId,
        type,
      });
    }
    value = checked.data;
  }
  const current = card.get('values');
  const before = current instanceof Y.Map ? (current.get(parsed.fieldId) ?? null) : null;
  if (before === value) return;
  doc.transact(() => {
    const values = valuesOf(card);
    if (value === null) values.delete(parsed.fieldId);
    else values.set(parsed.fieldId, value);
    appendHistory(doc, [{ card: parsed.cardId, type: 'valued', fieldId: parsed.fieldId, value }], at, actor);
  }, LOCAL);
}
