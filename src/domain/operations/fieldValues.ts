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

/**
 * The card's values map. A card from before version 2 whose copy has not been upgraded yet (an offline
 * copy) has none, and making one here could race the upgrade's own map for the same card, where the map
 * kept would drop the value: such a card is refused until the upgraded document has arrived.
 */
function valuesOf(card: YRecord): Y.Map<unknown> {
  const values = card.get('values');
  if (!(values instanceof Y.Map)) {
    throw new DomainError(
      'card_not_upgraded',
      'This card was made before custom fields. Its space is upgraded when it next syncs; try again then.',
    );
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
  const values = valuesOf(card);
  const before = values.get(parsed.fieldId) ?? null;
  if (before === value) return;
  doc.transact(() => {
    if (value === null) values.delete(parsed.fieldId);
    else values.set(parsed.fieldId, value);
    appendHistory(doc, [{ card: parsed.cardId, type: 'valued', fieldId: parsed.fieldId, value }], at, actor);
  }, LOCAL);
}
