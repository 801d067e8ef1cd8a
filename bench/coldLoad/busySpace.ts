/**
 * Builds the benchmark's busy space: a Repairs & RMA space with thousands of cards and a long history, made
 * entirely by the domain operations (the seed generator's year of work, then a realistic mix of moves and
 * edits until the history reaches its target length). Deterministic for a seed, apart from record ids.
 */
import * as Y from 'yjs';
import {
  addCardLabel,
  addCoworker,
  initSpaceDoc,
  moveCard,
  readStatus,
  removeCardLabel,
  removeCoworker,
  sortKeyed,
  spaceMaps,
  updateCard,
  type OpContext,
  type Status,
} from '../../src/domain/index.ts';
import { applyPlan } from '../../server/seed/apply.ts';
import { labelIdsByName } from '../../server/seed/seedWorkspace.ts';
import { planSpace } from '../../server/seed/plan.ts';
import { createRandom, type Random } from '../../server/seed/random.ts';

export interface BusySpaceSpec {
  cards: number;
  historyEvents: number;
  seed: number;
  /** Days the seeded history spans. */
  days: number;
}

export const TEAM = ['agent01', 'agent02', 'agent03', 'agent04', 'agent05', 'agent06'];
export const LEAD = 'lead0001';
const DAY_MS = 86_400_000;

/** Builds the busy space for `spec`; `spaceId` names its `space/<id>` document. */
export function buildBusySpace(spec: BusySpaceSpec): { doc: Y.Doc; spaceId: string } {
  const random = createRandom(spec.seed);
  const to = Date.UTC(2026, 0, 1);
  const from = to - spec.days * DAY_MS;
  const spaceId = 'busyspace01';
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: spaceId, template: 'repairs-rma' }, { actor: LEAD, now: () => from });
  const statuses = statusList(doc);
  const plan = planSpace(random, {
    templateId: 'repairs-rma',
    statuses,
    labelIds: labelIdsByName(doc),
    team: TEAM,
    lead: LEAD,
    cards: spec.cards,
    from,
    to,
  });
  const cardIds = applyPlan(doc, plan);
  const history = spaceMaps(doc).history;
  const live = cardIds.filter((id) => spaceMaps(doc).cards.get(id)?.get('archived') !== true);
  const ctxAt = (at: number, by: string): OpContext => ({ actor: by, now: () => at });
  let at = to;
  // Each edit writes exactly one history event, so the loop ends at the target length.
  for (let guard = 0; history.length < spec.historyEvents && guard < spec.historyEvents * 4; guard++) {
    at += random.int(1, 30) * 60_000;
    editOnce(doc, random, statuses, random.pick(live), ctxAt(at, random.pick(TEAM)));
  }
  return { doc, spaceId };
}

/** The statuses in board order. */
export function statusList(doc: Y.Doc): Status[] {
  return sortKeyed([...spaceMaps(doc).statuses.entries()].map(([id, record]) => readStatus(record, id)));
}

/**
 * One realistic edit of a card: a move between working statuses (forward mostly, sometimes back), a due
 * date pushed, a reassignment, a title change, a label or co-worker added or removed.
 */
export function editOnce(
  doc: Y.Doc,
  random: Random,
  statuses: readonly Status[],
  cardId: string,
  ctx: OpContext,
): void {
  const card = spaceMaps(doc).cards.get(cardId)!;
  const working = statuses.filter((s) => s.role === 'in_progress' || s.role === 'not_started');
  const kind = random.weighted([
    ['move', 40],
    ['due', 18],
    ['assign', 10],
    ['title', 10],
    ['label', 16],
    ['coworker', 6],
  ] as const);
  const at = ctx.now!();
  switch (kind) {
    case 'move': {
      const current = (card.get('pos') as { statusId: string }).statusId;
      const choices = working.filter((s) => s.id !== current);
      moveCard(doc, { cardId, toStatusId: random.pick(choices).id }, ctx);
      break;
    }
    case 'due':
      updateCard(doc, { cardId, due: at + random.int(2, 30) * DAY_MS }, ctx);
      break;
    case 'assign': {
      const current = card.get('responsible');
      updateCard(doc, { cardId, responsible: random.pick(TEAM.filter((user) => user !== current)) }, ctx);
      break;
    }
    case 'title':
      updateCard(doc, { cardId, title: `${String(card.get('title')).slice(0, 60)} (rev ${at % 1000})` }, ctx);
      break;
    case 'label': {
      const labelId = random.pick([...spaceMaps(doc).labels.keys()]);
      const labels = card.get('labels') as Y.Map<boolean>;
      if (labels.get(labelId)) removeCardLabel(doc, { cardId, labelId }, ctx);
      else addCardLabel(doc, { cardId, labelId }, ctx);
      break;
    }
    case 'coworker': {
      const userId = random.pick(TEAM);
      const coworkers = card.get('coworkers') as Y.Map<boolean>;
      if (coworkers.get(userId)) removeCoworker(doc, { cardId, userId }, ctx);
      else addCoworker(doc, { cardId, userId }, ctx);
      break;
    }
  }
}
