// @vitest-environment jsdom
// The Flow view's table view shows the flow library's numbers for a small hand-made history. The canvas
// chart is left out: jsdom has no canvas, and the table is what carries the numbers.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeFlow, flowInputFromSpace } from '../../../../src/analytics/index.ts';
import type { HistoryEvent } from '../../../../src/domain/index.ts';
import type { SpaceActions } from '../../../../src/sync/index.ts';
import { FlowView } from '../../../../src/ui/views/flow/FlowView';
import { browserTimeZone } from '../../../../src/ui/views/flow/useFlowReport';
import { card, DAY, label, NOW, spaceStore, status } from '../board/fixtures.ts';

vi.mock('../../../../src/ui/views/flow/CycleTimeScatter', () => ({ CycleTimeScatter: () => null }));
vi.mock('../../../../src/ui/views/flow/DayChart', () => ({ DayChart: () => null }));
vi.mock('../../../../src/ui/views/flow/HistogramChart', () => ({ HistogramChart: () => null }));
vi.mock('../../../../src/ui/views/flow/AgingWipChart', () => ({ AgingWipChart: () => null }));
vi.mock('../../../../src/ui/views/flow/TrendChart', () => ({ TrendChart: () => null }));
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
  afterEach(() => {
    cleanup();
    window.history.replaceState(null, '', '/');
  });

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
      '/space/space1/flow/card/c1',
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

  it('computes every chart for the settings in the address, and writes a changed setting back', () => {
    window.history.replaceState(null, '', '/space/space1/flow?tz=Asia/Tokyo&cal=working&holidays=2026-11-16');
    const store = spaceStore(statuses, cards);
    store.setState({ historyLength: history.length });
    const actions = { spaceHistory: () => history } as unknown as SpaceActions;
    render(<FlowView spaceId="space1" store={store} actions={actions} />);

    const input = flowInputFromSpace({ cards, statuses, history });
    const options = {
      timeZone: 'Asia/Tokyo',
      working: { weekdays: [1, 2, 3, 4, 5], holidays: ['2026-11-16'] },
    };
    const report = computeFlow(input, { asOf: Date.now(), ...options });
    expect(screen.getByRole('status', { name: 'Flow settings' }).textContent).toBe(
      `Showing ${report.from} to ${report.to} in Asia/Tokyo, counted in working days (Monday to Friday).`,
    );
    expect(rows('Cycle time percentiles').map(([, days]) => days)).toEqual(
      ([50, 70, 85, 95] as const).map((p) => report.cycle.days[p]!.toFixed(2)),
    );
    // The one open started card, aged in working days of Tokyo.
    const c4 = report.cards.find((c) => c.id === 'c4')!;
    expect(rows('Aging work in progress by card')).toEqual([
      ['Call the customer', 'Doing', expect.any(String), c4.age!.days.toFixed(2), expect.any(String)],
    ]);
    expect(rows('Lead time trend with WIP by week').map(([week, , done]) => [week, done])).toEqual(
      report.throughput.weekly.map((week) => [week.week, String(week.count)]),
    );

    fireEvent.change(screen.getByRole('combobox', { name: 'Calendar' }), { target: { value: 'days' } });
    expect(window.location.search).toBe('?tz=Asia%2FTokyo');
    const calendarDays = computeFlow(input, { asOf: Date.now(), timeZone: 'Asia/Tokyo' });
    expect(rows('Aging work in progress by card')[0]![3]).toBe(
      calendarDays.cards.find((c) => c.id === 'c4')!.age!.days.toFixed(2),
    );
  });

  it('names a setting it cannot use and shows the defaults instead', () => {
    window.history.replaceState(null, '', '/space/space1/flow?tz=Nowhere/Atlantis&last=soon');
    const store = spaceStore(statuses, cards);
    store.setState({ historyLength: history.length });
    const actions = { spaceHistory: () => history } as unknown as SpaceActions;
    render(<FlowView spaceId="space1" store={store} actions={actions} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('"Nowhere/Atlantis" is not a known time zone');
    expect(alert.textContent).toContain('"soon" is not a number of days');
    expect(screen.getByRole('status', { name: 'Flow settings' }).textContent).toContain(
      `in ${browserTimeZone()}, counted in calendar days`,
    );
    expect(rows('Cycle time by card')).toHaveLength(3);
  });

  it('draws the charts of the cards a label filter picks, and of all cards once it is switched off', () => {
    window.history.replaceState(null, '', '/space/space1/flow?label=urgent');
    const labelled = cards.map((each) =>
      each.id === 'c1' || each.id === 'c4' ? { ...each, labels: ['urgent'] } : each,
    );
    const store = spaceStore(statuses, labelled, [
      label('urgent', 'Urgent', '#c00'),
      label('rma', 'RMA', '#00c'),
    ]);
    store.setState({ historyLength: history.length });
    const actions = { spaceHistory: () => history } as unknown as SpaceActions;
    render(<FlowView spaceId="space1" store={store} actions={actions} />);

    expect(screen.getByRole('status', { name: 'Flow settings' }).textContent).toContain(
      'Only cards labelled Urgent.',
    );
    expect(rows('Cycle time by card').map(([title]) => title)).toEqual(['Replace pump seal']);
    expect(rows('Aging work in progress by card').map(([title]) => title)).toEqual(['Call the customer']);

    const urgent = within(screen.getByRole('group', { name: 'Labels' })).getByRole('checkbox', {
      name: 'Urgent',
    });
    expect((urgent as HTMLInputElement).checked).toBe(true);
    fireEvent.click(urgent);
    expect(window.location.search).toBe('');
    expect(rows('Cycle time by card')).toHaveLength(3);
  });
});
