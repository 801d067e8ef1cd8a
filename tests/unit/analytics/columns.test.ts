import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cardTimes,
  computeFlow,
  makeCalendar,
  stampCard,
  statusRanks,
  type FlowInput,
  type StatusChange,
} from '../../../src/analytics/index.ts';
import { ORDER, STATUSES, t } from './helpers.ts';

/**
 * computeFlow walks typed columns; stampCard and cardTimes take one card's objects. Both must give the
 * same card, so the objects' way is the reference here.
 */
function expectCardsAsReference(input: FlowInput, asOf: number, timeZone: string) {
  const report = computeFlow(input, { asOf, timeZone });
  const calendar = makeCalendar({ timeZone });
  const roles = new Map(Object.entries(input.statuses));
  const ranks = statusRanks(input.statuses, input.statusOrder);
  const byId = new Map(report.cards.map((card) => [card.id, card]));
  for (const card of input.cards) {
    const changes = input.changes
      .filter((c) => c.cardId === card.id && c.at <= asOf)
      .map((c) => ({ ...c, at: Math.max(c.at, card.createdAt) }))
      .sort((a, b) => a.at - b.at);
    const stamps = stampCard(card.id, card.createdAt, changes, roles, ranks);
    const flow = byId.get(card.id);
    if (!flow) continue; // reported apart
    const { visits: _visits, id: _id, ...rest } = stamps;
    expect(flow).toMatchObject(rest);
    expect(flow).toEqual({ ...flow, ...cardTimes(calendar, stamps, asOf) });
  }
}

describe('computeFlow over columns agrees with the per-card functions', () => {
  it('on random boards (property)', () => {
    const statusIds = Object.keys(STATUSES);
    const board = fc
      .array(
        fc.record({
          created: fc.integer({ min: 0, max: 20 * 86_400_000 }),
          steps: fc.array(
            fc.record({
              gap: fc.constantFrom(0, 3_600_000, 86_400_000, 2.5 * 86_400_000),
              status: fc.constantFrom(...statusIds),
            }),
            { maxLength: 12 },
          ),
        }),
        { minLength: 1, maxLength: 20 },
      )
      .map((cards): FlowInput => {
        const start = t('2026-01-01T00:00Z');
        const changes: StatusChange[] = [];
        const list = cards.map((card, i) => {
          let at = start + card.created;
          for (const step of card.steps) {
            changes.push({ cardId: `c${i}`, at, toStatusId: step.status });
            at += step.gap;
          }
          return { id: `c${i}`, createdAt: start + card.created };
        });
        changes.reverse();
        return { cards: list, changes, statuses: STATUSES, statusOrder: ORDER };
      });
    fc.assert(
      fc.property(board, fc.constantFrom('UTC', 'Europe/Berlin', 'America/Santiago'), (input, zone) =>
        expectCardsAsReference(input, t('2026-02-15T12:00Z'), zone),
      ),
      { numRuns: 80 },
    );
  });

  it('keeps input order among changes at one instant on a card with many changes', () => {
    // More changes than the insertion sort takes, in reverse time order, in pairs at the same instant.
    const changes: StatusChange[] = [];
    for (let i = 40; i >= 0; i--) {
      const at = t('2026-01-01T00:00Z') + Math.floor(i / 2) * 3_600_000;
      changes.push({ cardId: 'a', at, toStatusId: ORDER[1 + (i % 4)]! });
    }
    const input = { cards: [{ id: 'a', createdAt: t('2026-01-01T00:00Z') }], changes, statuses: STATUSES };
    expectCardsAsReference(input, t('2026-01-03T00:00Z'), 'UTC');
  });
});
