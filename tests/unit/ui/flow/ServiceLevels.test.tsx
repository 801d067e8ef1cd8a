// @vitest-environment jsdom
// The Service levels section shows the library's numbers: times, weekly SLA attainment and cards at risk.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cardsAtRisk,
  computeFlow,
  flowInputFromSpace,
  serviceTimes,
  slaAttainment,
  slaDueDates,
} from '../../../../src/analytics/index.ts';
import type { Field, HistoryEvent } from '../../../../src/domain/index.ts';
import { ServiceLevels } from '../../../../src/ui/views/flow/ServiceLevels';
import { card, DAY, NOW, spaceStore, status } from '../board/fixtures.ts';

const statuses = [
  status('todo', 'To do', 'not_started', 'a0'),
  status('doing', 'Doing', 'in_progress', 'a1'),
  status('done', 'Done', 'completed', 'a2'),
];
const slaField: Field = { id: 'sla', name: 'SLA due', type: 'date', key: 'a0', archived: false };
// c1 misses its SLA, c2 meets it, c3 has none; c4 is open, due in a day and older than P85 cycle time.
const cards = [
  card('c1', 'Replace pump seal', 'done', 'a0', {
    createdAt: NOW - 10 * DAY,
    values: { sla: NOW - 6 * DAY },
  }),
  card('c2', 'Refund order 1042', 'done', 'a1', { createdAt: NOW - 9 * DAY, values: { sla: NOW } }),
  card('c3', 'Inspect returned drill', 'done', 'a2', { createdAt: NOW - 8 * DAY }),
  card('c4', 'Call the customer', 'doing', 'a0', { createdAt: NOW - 7 * DAY, values: { sla: NOW + DAY } }),
];
let n = 0;
const event = (cardId: string, at: number, toStatusId: string): HistoryEvent =>
  toStatusId === 'todo'
    ? { id: `1:${n++}`, card: cardId, type: 'created', at, by: 'u1', title: cardId, statusId: 'todo' }
    : { id: `1:${n++}`, card: cardId, type: 'moved', at, by: 'u1', toStatusId };
const history: HistoryEvent[] = [
  event('c1', NOW - 10 * DAY, 'todo'),
  event('c2', NOW - 9 * DAY, 'todo'),
  event('c3', NOW - 8 * DAY, 'todo'),
  event('c4', NOW - 7 * DAY, 'todo'),
  event('c1', NOW - 8 * DAY, 'doing'),
  event('c2', NOW - 6 * DAY, 'doing'),
  event('c4', NOW - 5 * DAY, 'doing'),
  event('c1', NOW - 5 * DAY, 'done'),
  event('c3', NOW - 4 * DAY, 'doing'),
  event('c3', NOW - 3.75 * DAY, 'done'),
  event('c2', NOW - 1.5 * DAY, 'done'),
];
const report = computeFlow(flowInputFromSpace({ cards, statuses, history }), { asOf: NOW, timeZone: 'UTC' });

function rows(name: string): string[][] {
  return within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('Service levels', () => {
  afterEach(cleanup);

  it('shows first response and time to resolve, weekly SLA attainment and the cards at risk', () => {
    const store = spaceStore(statuses, cards, [], [slaField], { slaFieldId: 'sla' });
    render(<ServiceLevels spaceId="space1" report={report} store={store} />);

    const [first, resolve] = serviceTimes(report);
    expect(rows('Service level times')).toEqual([
      ['First response', String(first!.count), ...[50, 85, 95].map((p) => first!.days[p as 50]!.toFixed(2))],
      ['Time to resolve', '3', ...[50, 85, 95].map((p) => resolve!.days[p as 50]!.toFixed(2))],
    ]);

    const due = slaDueDates(cards, 'sla');
    const weekly = slaAttainment(report, due);
    expect(weekly.total).toEqual({ completed: 2, met: 1, attainment: 0.5 });
    expect(rows('SLA attainment by week')).toEqual(
      weekly.weeks.map((w) => [
        w.week,
        String(w.completed),
        String(w.met),
        `${(w.attainment * 100).toFixed(1)}%`,
      ]),
    );
    expect(screen.getByRole('region', { name: 'SLA attainment' }).textContent).toContain(
      '50.0% of 2 cards were done by their SLA due date (1 done without one are not counted)',
    );

    expect(cardsAtRisk(report, due).map((c) => c.cardId)).toEqual(['c4']);
    const [risk] = rows('Open cards at risk');
    expect(risk!.slice(0, 3)).toEqual([
      'Call the customer',
      '5.00',
      new Date(NOW + DAY).toISOString().slice(0, 10),
    ]);
    expect(risk![3]).toBe('open 5.00 days, longer than 85% of cycle times (4.50 days); SLA due in 1.00 days');
    expect(
      within(screen.getByRole('table', { name: 'Open cards at risk' }))
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/space/space1/flow/card/c4');
  });

  it('says how to get SLA figures when the space has no SLA field', () => {
    const store = spaceStore(statuses, cards, [], [slaField], { slaFieldId: null });
    render(<ServiceLevels spaceId="space1" report={report} store={store} />);
    expect(screen.getByRole('region', { name: 'SLA attainment' }).textContent).toContain(
      'This space has no SLA due date',
    );
    expect(screen.queryByRole('table', { name: 'SLA attainment by week' })).toBeNull();
    // Age alone still puts the old open card at risk.
    expect(rows('Open cards at risk').map((row) => row[0])).toEqual(['Call the customer']);
  });
});
