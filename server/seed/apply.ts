/**
 * Replays a planned history on a space document through the real domain operations, with the clock set to
 * each action's time, so seeded cards, positions and history events are exactly what users would have made.
 */
import type * as Y from 'yjs';
import {
  addCardLabel,
  addCoworker,
  archiveCard,
  createCard,
  moveCard,
  readSpaceSettings,
  setFieldValue,
  updateCard,
  type OpContext,
} from '../../src/domain/index.ts';
import type { PlannedAction } from './plan.ts';

/**
 * Applies `actions` (sorted by time) to `doc`; returns the card ids in creation order (index = the
 * actions' `card` number). A refused operation throws: a plan that the domain rejects is a seed bug.
 */
export function applyPlan(doc: Y.Doc, actions: readonly PlannedAction[]): string[] {
  const ids: string[] = [];
  const slaFieldId = readSpaceSettings(doc).slaFieldId;
  for (const action of actions) {
    const ctx: OpContext = { actor: action.by, now: () => action.at };
    if (action.kind === 'create') {
      ids[action.card] = createCard(
        doc,
        { statusId: action.statusId, title: action.title, notes: action.notes },
        ctx,
      );
      continue;
    }
    const cardId = ids[action.card];
    if (cardId === undefined) throw new Error(`seed plan: card ${action.card} is used before it is created`);
    switch (action.kind) {
      case 'move':
        moveCard(doc, { cardId, toStatusId: action.statusId }, ctx);
        break;
      case 'title':
        updateCard(doc, { cardId, title: action.title }, ctx);
        break;
      case 'date':
        updateCard(doc, { cardId, [action.field]: action.value }, ctx);
        break;
      case 'sla':
        if (slaFieldId !== null)
          setFieldValue(doc, { cardId, fieldId: slaFieldId, value: action.value }, ctx);
        break;
      case 'assign':
        updateCard(doc, { cardId, responsible: action.userId }, ctx);
        break;
      case 'coworker':
        addCoworker(doc, { cardId, userId: action.userId }, ctx);
        break;
      case 'label':
        addCardLabel(doc, { cardId, labelId: action.labelId }, ctx);
        break;
      case 'archive':
        archiveCard(doc, { cardId, archived: true }, ctx);
        break;
    }
  }
  return ids;
}
