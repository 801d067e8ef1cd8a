/** Card creation. */
import * as Y from 'yjs';
import { z } from 'zod';
import { resolveContext, type OpContext } from '../context.ts';
import { appendHistory } from '../history/log.ts';
import { newId } from '../ids.ts';
import { LOCAL } from '../origin.ts';
import { columnKeys } from '../read/columnIndex.ts';
import { NOTES_MAX } from '../records/card.ts';
import { epochMsSchema, idSchema } from '../records/common.ts';
import type { NewHistoryEvent } from '../records/historyEvent.ts';
import { newRecord, spaceMaps } from '../schema.ts';
import { cleanTitle, checkDates, requireOpenLabel, requireOpenStatus } from './cardRules.ts';
import { parseInput, requireInitialized } from './input.ts';
import { cardKeyAt } from './cardKeys.ts';

const createInput = z.object({
  statusId: idSchema,
  title: z.string(),
  position: z.enum(['top', 'bottom']).optional(),
  notes: z.string().max(NOTES_MAX).optional(),
  start: epochMsSchema.nullable().optional(),
  due: epochMsSchema.nullable().optional(),
  responsible: idSchema.nullable().optional(),
  labels: z.array(idSchema).max(100).optional(),
  coworkers: z.array(idSchema).max(100).optional(),
});

export type CreateCardInput = z.input<typeof createInput>;

/**
 * Creates a card at the top or bottom (default) of a status and returns its id. Appends `created`, plus
 * `dated`, `assigned`, `labelled` and `coworker` events for the initial values given.
 */
export function createCard(doc: Y.Doc, input: CreateCardInput, ctx: OpContext): string {
  const parsed = parseInput(createInput, input);
  const { actor, at } = resolveContext(ctx);
  requireInitialized(doc);
  const title = cleanTitle(parsed.title);
  const start = parsed.start ?? null;
  const due = parsed.due ?? null;
  checkDates(start, due);
  requireOpenStatus(doc, parsed.statusId);
  const labelIds = [...new Set(parsed.labels ?? [])];
  for (const labelId of labelIds) requireOpenLabel(doc, labelId);
  const coworkerIds = [...new Set(parsed.coworkers ?? [])];
  const responsible = parsed.responsible ?? null;

  const column = columnKeys(doc, parsed.statusId);
  const key = cardKeyAt(column, parsed.position === 'top' ? 0 : column.length);
  const id = newId();

  const events: NewHistoryEvent[] = [{ card: id, type: 'created', title, statusId: parsed.statusId }];
  if (start !== null) events.push({ card: id, type: 'dated', field: 'start', value: start });
  if (due !== null) events.push({ card: id, type: 'dated', field: 'due', value: due });
  if (responsible !== null) events.push({ card: id, type: 'assigned', userId: responsible });
  for (const userId of coworkerIds) events.push({ card: id, type: 'coworker', userId, added: true });
  for (const labelId of labelIds) events.push({ card: id, type: 'labelled', labelId, added: true });

  const labels = new Y.Map<boolean>();
  for (const labelId of labelIds) labels.set(labelId, true);
  const coworkers = new Y.Map<boolean>();
  for (const userId of coworkerIds) coworkers.set(userId, true);

  doc.transact(() => {
    spaceMaps(doc).cards.set(
      id,
      newRecord({
        title,
        // Made with the card, never by a first edit: see migrations/v3.ts.
        notes: new Y.Text(parsed.notes ?? ''),
        pos: { statusId: parsed.statusId, key },
        start,
        due,
        responsible,
        coworkers,
        labels,
        // Made with the card, never by a first edit: see migrations/v2.ts.
        values: new Y.Map<unknown>(),
        archived: false,
        createdAt: at,
        createdBy: actor,
      }),
    );
    appendHistory(doc, events, at, actor);
  }, LOCAL);
  return id;
}
