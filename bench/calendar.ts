/**
 * The Calendar view's data path for a busy space: 5,000 dated cards (due dates spread over a year in
 * Europe/Berlin, at whole days and at times of day) turned into calendar items, then grouped into the days
 * of one month grid — the work done on every card change while the calendar is open. Rendering is React's
 * and not measured here.
 *
 * Run alone: `npx tsx bench/calendar.ts [--quick] [--runs 9]`. Prints figures; asserts nothing.
 */
import { parseArgs } from 'node:util';
import type { Card, Status } from '../src/domain/index.ts';
import { monthWeeks, zoneCalendar } from '../src/ui/views/calendar/calendarDates.ts';
import { entriesByDay } from '../src/ui/views/calendar/entries.ts';
import { spaceCalendarItems } from '../src/ui/views/calendar/spaceItems.ts';
import { describeMachine } from './lib/machine.ts';
import { isMain } from './lib/main.ts';
import { formatMs, median } from './lib/stats.ts';
import { renderTable } from './lib/table.ts';

const DAY_MS = 86_400_000;
const NOW = Date.UTC(2026, 2, 16, 11);
const STATUSES: Record<string, Status> = {
  intake: { id: 'intake', name: 'Intake', role: 'not_started', key: 'a0', archived: false },
  repair: { id: 'repair', name: 'Repair', role: 'in_progress', key: 'a1', archived: false },
  done: { id: 'done', name: 'Done', role: 'completed', key: 'a2', archived: false },
};

function buildCards(count: number): Record<string, Card> {
  const cards: Record<string, Card> = {};
  const statusIds = Object.keys(STATUSES);
  for (let i = 0; i < count; i++) {
    const day = NOW - 180 * DAY_MS + (i % 365) * DAY_MS;
    // Half end-of-day due dates as the card panel sets them, half at an hour of the day.
    const due = i % 2 === 0 ? day + 12 * 3_600_000 : day + (i % 24) * 3_600_000;
    cards[`card${i}`] = {
      id: `card${i}`,
      title: `Card ${i}`,
      notes: '',
      pos: { statusId: statusIds[i % statusIds.length]!, key: 'a0' },
      start: i % 3 === 0 ? due - 2 * DAY_MS : null,
      due: i % 10 === 0 ? null : due,
      responsible: null,
      coworkers: [],
      labels: [],
      blocker: null,
      values: {},
      archived: false,
      createdAt: NOW - 200 * DAY_MS,
      createdBy: 'u1',
    };
  }
  return cards;
}

function time(run: () => unknown, runs: number): number {
  run(); // warm the JIT and the zone's day cache, as in a running app
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

export function runCalendarBench({ quick = false, runs = 9 }: { quick?: boolean; runs?: number } = {}) {
  console.log(`\n## Calendar view data${quick ? ' (quick)' : ''}\n${describeMachine()}\n`);
  const count = quick ? 500 : 5_000;
  const cards = buildCards(count);
  const zone = zoneCalendar('Europe/Berlin');
  const weeks = monthWeeks(zone.dayOf(NOW), 1);
  const [first, last] = [weeks[0]![0]!, weeks[weeks.length - 1]![6]!];
  const items = spaceCalendarItems(cards, STATUSES, NOW);
  const visible = [...entriesByDay(items, zone, first, last, 'en-GB').values()].reduce(
    (n, l) => n + l.length,
    0,
  );
  const toItems = time(() => spaceCalendarItems(cards, STATUSES, NOW), runs);
  const byDay = time(() => entriesByDay(items, zone, first, last, 'en-GB'), runs);
  console.log(
    renderTable([
      ['step (median)', 'time'],
      [`${count} cards → calendar items`, formatMs(toItems)],
      [`items → days of one month grid (${visible} shown)`, formatMs(byDay)],
    ]),
  );
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, runs: { type: 'string', default: '9' } },
  });
  runCalendarBench({ quick: values.quick, runs: Number(values.runs) });
}
