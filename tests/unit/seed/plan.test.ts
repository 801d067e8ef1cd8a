import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../../src/domain/index.ts';
import { planSpace, splitCards, type PlanInput, type PlannedAction } from '../../../server/seed/plan.ts';
import { createRandom } from '../../../server/seed/random.ts';
import { DAY_MS } from '../../../server/seed/calendar.ts';

const DAY = 86_400_000;
const TO = Date.UTC(2026, 10, 20, 17, 0);
const FROM = TO - 90 * DAY;

function input(templateId: string, cards = 80): PlanInput {
  const template = findTemplate(templateId)!;
  return {
    templateId,
    statuses: template.statuses.map((s, i) => ({ id: `s${i}`, name: s.name, role: s.role })),
    labelIds: template.labels.map((_, i) => `l${i}`),
    team: ['u1', 'u2', 'u3'],
    lead: 'lead',
    cards,
    from: FROM,
    to: TO,
  };
}

describe('planSpace', () => {
  it('is deterministic for a seed', () => {
    const a = planSpace(createRandom(9), input('repairs-rma'));
    const b = planSpace(createRandom(9), input('repairs-rma'));
    expect(b).toEqual(a);
  });

  it.each(['repairs-rma', 'warranty-claims', 'complaints', 'maintenance-visits'])(
    'keeps the plan invariants for %s',
    (templateId) => {
      const plan = planSpace(createRandom(3), input(templateId));
      const created = new Set<number>();
      const archived = new Set<number>();
      for (let i = 0; i < plan.length; i++) {
        const action = plan[i]!;
        if (i > 0) expect(action.at).toBeGreaterThanOrEqual(plan[i - 1]!.at);
        expect(action.at).toBeGreaterThanOrEqual(FROM);
        expect(action.at).toBeLessThanOrEqual(TO);
        expect(Number.isInteger(action.at)).toBe(true);
        expect(archived.has(action.card)).toBe(false);
        if (action.kind === 'create') created.add(action.card);
        else expect(created.has(action.card)).toBe(true);
        if (action.kind === 'archive') archived.add(action.card);
      }
    },
  );

  it('creates the requested number of case cards, numbered in creation order', () => {
    const plan = planSpace(createRandom(4), input('repairs-rma', 50));
    const titles = plan.flatMap((a) => (a.kind === 'create' ? [a.title] : []));
    expect(titles).toHaveLength(50);
    expect(titles[0]).toMatch(/^RMA-1000 /);
    expect(titles[49]).toMatch(/^RMA-1049 /);
  });

  it('moves most old cards to completion and some backwards or to cancelled', () => {
    const spec = input('repairs-rma', 300);
    const plan = planSpace(createRandom(11), spec);
    const order = new Map(spec.statuses.map((s, i) => [s.id, i]));
    const last = new Map<number, string>();
    let backwards = 0;
    for (const action of plan) {
      if (action.kind !== 'create' && action.kind !== 'move') continue;
      const previous = last.get(action.card);
      if (previous !== undefined && order.get(action.statusId)! < order.get(previous)!) backwards++;
      last.set(action.card, action.statusId);
    }
    const finals = [...last.values()].map((id) => spec.statuses[order.get(id)!]!.role);
    expect(finals.filter((r) => r === 'completed').length).toBeGreaterThan(150);
    expect(finals.filter((r) => r === 'cancelled').length).toBeGreaterThan(5);
    expect(finals.filter((r) => r === 'in_progress' || r === 'not_started').length).toBeGreaterThan(10);
    expect(backwards).toBeGreaterThan(5);
  });

  it('plans work inside office hours on weekdays', () => {
    const plan: PlannedAction[] = planSpace(createRandom(2), input('complaints'));
    for (const action of plan.slice(1)) {
      const date = new Date(action.at);
      expect([0, 6]).not.toContain(date.getUTCDay());
      expect(date.getUTCHours()).toBeGreaterThanOrEqual(8);
    }
  });

  it('sets dates as whole days, as the card panel does: a start at its first ms, a due date at its last', () => {
    const plan = [
      ...planSpace(createRandom(6), input('maintenance-visits')),
      ...planSpace(createRandom(7), input('repairs-rma')),
    ];
    const dates = plan.flatMap((a) =>
      a.kind === 'date' && a.value !== null
        ? [{ field: a.field, value: a.value }]
        : a.kind === 'sla'
          ? [{ field: 'due', value: a.value }]
          : [],
    );
    expect(dates.filter((date) => date.field === 'start').length).toBeGreaterThan(10);
    expect(dates.filter((date) => date.field === 'due').length).toBeGreaterThan(10);
    for (const { field, value } of dates) {
      expect(value % DAY_MS).toBe(field === 'start' ? 0 : DAY_MS - 1);
    }
  });

  it('gives maintenance visits a planned visit day as their start date', () => {
    const plan = planSpace(createRandom(6), input('maintenance-visits'));
    const starts = plan.filter((a) => a.kind === 'date' && a.field === 'start');
    expect(starts.length).toBeGreaterThan(10);
  });
});

describe('splitCards', () => {
  it('distributes the exact total by flow share with at least one card per space', () => {
    const counts = splitCards(600, ['repairs-rma', 'warranty-claims', 'complaints', 'maintenance-visits']);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(600);
    expect(counts[0]).toBeGreaterThan(counts[2]!);
    expect(splitCards(3, ['repairs-rma', 'warranty-claims', 'complaints'])).toEqual([1, 1, 1]);
  });
});
