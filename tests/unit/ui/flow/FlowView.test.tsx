// @vitest-environment jsdom
// The Flow view's table view shows the flow library's numbers for a small hand-made history. The canvas
// chart is left out: jsdom has no canvas, and the table is what carries the numbers.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeFlow, flowInputFromSpace } from '../../../../src/analytics/index.ts';
import type { HistoryEvent } from '../../../../src/domain/index.ts';
import type { SpaceActions } from '../../../../src/sync/index.ts';
import { FlowView } from '../../../../src/ui/views/flow/FlowView';
import { browserTimeZone } from '../../../../src/ui/views/flow/useFlowReport';
import { card, DAY, NOW, spaceStore, status } from '../board/fixtures.ts';

vi.mock('../../../../src/ui/views/flow/CycleTimeScatter', () => ({ CycleTimeScatter: () => null }));
vi.mock('../../../../src/ui/views/flow/DayChart', () => ({ DayChart: () => null }));
vi.mock('../../../../src/ui/views/flow/HistogramChart', () => ({ HistogramChart: () => null }));
vi.mock('../../../../src/ui/views/flow/ForecastCanvas', () => ({ ForecastCanvas: () => null }));

const statuses = [
  status('todo', 'To do', 'not_started', 'a0'),
  status('doing', 'Doing', 'in_progress', 'a1'),
  status('done', 'Done', 'completed', 'a2'),
];
const cards = [
  card('c1', 'Replace pump seal', 'done', 'a0', { createdAt: NOW - 10 * DAY }),
  card('c2', 'Refund order 1042', 'done', 'a1', { createdAt: NOW - 9 * DAY }),
  card('c3', 'Inspect returned drill', 'done', 'a2', { createdAt: NOW - 8 * DAY }),
  card('c4', 'Call the customer', 'doing', 'a0', { createdAt: NOW - 7 * DAY }),
];

let n = 0;
const created = (cardId: string, at: number): HistoryEvent => ({
  id: `1:${n++}`,
  card: cardId,
  type: 'created',
  at,
  by: 'u1',
  title: cardId,
  statusId: 'todo',
});
const moved = (cardId: string, at: number, toStatusId: string): HistoryEvent => ({
  id: `1:${n++}`,
  card: cardId,
  type: 'moved',
  at,
  by: 'u1',
  toStatusId,
});

// Cycle times 3, 4.5 and 0.25 days; c4 is still in progress.
const history: HistoryEvent[] = [
  created('c1', NOW - 10 * DAY),
  created('c2', NOW - 9 * DAY),
  created('c3', NOW - 8 * DAY),
  created('c4', NOW - 7 * DAY),
  moved('c1', NOW - 8 * DAY, 'doing'),
  moved('c2', NOW - 6 * DAY, 'doing'),
  moved('c4', NOW - 5 * DAY, 'doing'),
  moved('c1', NOW - 5 * DAY, 'done'),
  moved('c3', NOW - 4 * DAY, 'doing'),
  moved('c3', NOW - 3.75 * DAY, 'done'),
  moved('c2', NOW - 1.5 * DAY, 'done'),
];

function rows(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('Flow view', () => {
  afterEach(cleanup);

  it("shows the library's cycle times and percentiles in its tables", () => {
    const store = spaceStore(statuses, cards);
    store.setState({ historyLength: history.length });
    const spaceHistory = vi.fn(() => history);
    render(<FlowView spaceId="space1" store={store} actions={{ spaceHistory } as unknown as SpaceActions} />);

    const report = computeFlow(flowInputFromSpace({ cards, statuses, history }), {
      asOf: Date.now(),
      timeZone: browserTimeZone(),
    });
    expect(rows('Cycle time percentiles')).toEqual(
      ([50, 70, 85, 95] as const).map((p) => [`${p}th`, report.cycle.days[p]!.toFixed(2)]),
    );
    expect(rows('Cycle time percentiles')).toEqual([
      ['50th', '3.00'],
      ['70th', '4.50'],
      ['85th', '4.50'],
      ['95th', '4.50'],
    ]);
    // By completion, oldest first; the card still in progress has no cycle time.
    expect(rows('Cycle time by card').map(([title, , days]) => [title, days])).toEqual([
      ['Replace pump seal', '3.00'],
      ['Inspect returned drill', '0.25'],
      ['Refund order 1042', '4.50'],
    ]);
    expect(screen.getByRole('link', { name: 'Replace pump seal' }).getAttribute('href')).toBe(
      '/space/space1/card/c1',
    );

    // The cumulative flow and throughput tables list the report's days as they are.
    expect(rows('Cumulative flow by day')).toEqual(
      report.cfd.days.map((day) => [
        day.date,
        ...['todo', 'doing', 'done'].map((id) => String(day.counts[id])),
      ]),
    );
    expect(rows('Cumulative flow by day').at(-1)).toEqual([report.to, '0', '1', '3']);
    expect(rows('Throughput by day')).toEqual(
      report.throughput.daily.map((day) => [day.date, String(day.count)]),
    );
    expect(report.throughput.daily.reduce((sum, day) => sum + day.count, 0)).toBe(3);

    // Each histogram counts the cards the library counts, by their whole days.
    for (const [metric, name] of [
      ['lead', 'Lead time histogram'],
      ['reaction', 'Reaction time histogram'],
      ['cycle', 'Cycle time histogram'],
    ] as const) {
      const bins = rows(name).map(([days, count]) => [Number(days), Number(count)] as const);
      expect(bins.reduce((sum, [, count]) => sum + count, 0)).toBe(report[metric].count);
      for (const [days, count] of bins) {
        expect(report.cards.filter((c) => c[metric]?.wholeDays === days)).toHaveLength(count);
      }
    }
    expect(report.reaction.count).toBe(4);
  });

  it('reads the history again only when it grew', () => {
    const store = spaceStore(statuses, cards);
    store.setState({ historyLength: history.length - 1 });
    const spaceHistory = vi.fn(() => history.slice(0, -1));
    const actions = { spaceHistory } as unknown as SpaceActions;
    const { rerender } = render(<FlowView spaceId="space1" store={store} actions={actions} />);
    expect(rows('Cycle time by card')).toHaveLength(2);
    rerender(<FlowView spaceId="space1" store={store} actions={actions} />);
    expect(spaceHistory).toHaveBeenCalledTimes(1);

    spaceHistory.mockImplementation(() => history);
    store.setState({ historyLength: history.length });
    rerender(<FlowView spaceId="space1" store={store} actions={actions} />);
    expect(spaceHistory).toHaveBeenCalledTimes(2);
    expect(rows('Cycle time by card')).toHaveLength(3);
  });
});
