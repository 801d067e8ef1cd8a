import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initSpaceDoc, readStatus, sortKeyed, spaceMaps } from '../../../src/domain/index.ts';
import { readSpace } from '../../../src/domain/read/space.ts';
import { readHistory } from '../../../src/domain/history/log.ts';
import { dayEnd } from '../../../server/seed/calendar.ts';
import { applyPlan } from '../../../server/seed/apply.ts';
import { planSpace } from '../../../server/seed/plan.ts';
import { createRandom } from '../../../server/seed/random.ts';

const DAY = 86_400_000;
const TO = Date.UTC(2026, 10, 20, 17, 0);
const FROM = TO - 90 * DAY;

function seededSpace(templateId: string, cards: number) {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1', template: templateId }, { actor: 'lead', now: () => FROM });
  const statuses = sortKeyed([...spaceMaps(doc).statuses.entries()].map(([id, r]) => readStatus(r, id)));
  const plan = planSpace(createRandom(21), {
    templateId,
    statuses,
    labelIds: [...spaceMaps(doc).labels.keys()],
    team: ['u1', 'u2'],
    lead: 'lead',
    cards,
    from: FROM,
    to: TO,
  });
  return { doc, plan, ids: applyPlan(doc, plan) };
}

describe('applyPlan', () => {
  it('replays the plan through the domain operations with the planned times', () => {
    const { doc, plan, ids } = seededSpace('warranty-claims', 60);
    const space = readSpace(doc);
    expect(Object.keys(space.cards)).toHaveLength(60);
    expect(ids).toHaveLength(60);
    const history = readHistory(doc);
    expect(history.filter((e) => e.type === 'created')).toHaveLength(60);
    expect(history.filter((e) => e.type === 'moved').length).toBe(
      plan.filter((a) => a.kind === 'move').length,
    );
    // History is stamped with the seeded clock, not the time the test ran.
    expect(Math.min(...history.map((e) => e.at))).toBeGreaterThanOrEqual(FROM);
    expect(Math.max(...history.map((e) => e.at))).toBeLessThanOrEqual(TO);
    const archived = Object.values(space.cards).filter((c) => c.archived);
    expect(archived.length).toBe(plan.filter((a) => a.kind === 'archive').length);
  });

  it("gives every case its SLA due date when the space's template has an SLA field", () => {
    const { doc, plan, ids } = seededSpace('warranty-claims', 30);
    const space = readSpace(doc);
    const slaFieldId = space.settings.slaFieldId!;
    expect(slaFieldId).not.toBeNull();
    for (const action of plan.filter((a) => a.kind === 'create')) {
      const card = space.cards[ids[action.card]!]!;
      // The end of the day three weeks after the claim came in (the warranty flow's due days).
      expect(card.values[slaFieldId]).toBe(dayEnd(card.createdAt + 21 * DAY));
    }
  });

  it('puts each card in the status of its last planned move', () => {
    const { doc, plan, ids } = seededSpace('maintenance-visits', 40);
    const expected = new Map<number, string>();
    for (const a of plan) if (a.kind === 'create' || a.kind === 'move') expected.set(a.card, a.statusId);
    const space = readSpace(doc);
    for (const [card, statusId] of expected) expect(space.cards[ids[card]!]!.pos.statusId).toBe(statusId);
    // Two information cards (the maintenance checklist) sit in the Checklist column.
    const checklist = Object.values(space.statuses).find((s) => s.role === 'information')!;
    expect(Object.values(space.cards).filter((c) => c.pos.statusId === checklist.id)).toHaveLength(2);
  });
});
