import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFlow, type StatusChange } from '../../../src/analytics/index.ts';
import { ORDER, STATUSES } from './helpers.ts';

const start = Date.UTC(2026, 0, 1);
const statusIds = Object.keys(STATUSES);

/** Random boards: cards with random walks over every status, at random times within ~60 days. */
const randomBoard = fc
  .array(
    fc.record({
      created: fc.integer({ min: 0, max: 30 * 86_400_000 }),
      steps: fc.array(
        fc.record({
          gap: fc.integer({ min: 0, max: 5 * 86_400_000 }),
          status: fc.constantFrom(...statusIds),
        }),
        { minLength: 1, maxLength: 12 },
      ),
      archived: fc.boolean(),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((cards) => {
    const changes: StatusChange[] = [];
    const list = cards.map((card, i) => {
      let at = start + card.created;
      for (const step of card.steps) {
        changes.push({ cardId: `c${i}`, at, toStatusId: step.status });
        at += step.gap;
      }
      return { id: `c${i}`, createdAt: start + card.created, archived: card.archived };
    });
    // Any order: the library sorts.
    changes.reverse();
    return { cards: list, changes, statuses: STATUSES, statusOrder: ORDER };
  });

describe('flow properties', () => {
  it('lead = reaction + cycle wherever all three exist, in calendar and working days, in any zone', () => {
    fc.assert(
      fc.property(
        randomBoard,
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'),
        fc.boolean(),
        (input, timeZone, working) => {
          const report = computeFlow(input, {
            asOf: start + 120 * 86_400_000,
            timeZone,
            working: working ? { weekdays: [1, 2, 3, 4, 5], holidays: ['2026-01-06'] } : undefined,
          });
          for (const card of report.cards) {
            if (!card.lead || !card.reaction || !card.cycle) continue;
            expect(card.lead.days).toBeCloseTo(card.reaction.days + card.cycle.days, 9);
            if (!working)
              expect(card.lead.wholeDays).toBe(card.reaction.wholeDays + card.cycle.wholeDays - 1);
            expect(card.started!).toBeLessThanOrEqual(card.done!);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('every counted card is in exactly one CFD band per day from its creation on', () => {
    fc.assert(
      fc.property(randomBoard, (input) => {
        const report = computeFlow(input, { asOf: start + 120 * 86_400_000 });
        const last = report.cfd.days.at(-1)!;
        const total = Object.values(last.counts).reduce((a, b) => a + b, 0);
        expect(total).toBe(report.cards.length);
        expect(report.throughput.daily.reduce((n, d) => n + d.count, 0)).toBe(
          report.cards.filter((c) => c.done !== null).length,
        );
        expect(report.wip.at(-1)!.count).toBe(report.age.count);
      }),
      { numRuns: 60 },
    );
  });
});
