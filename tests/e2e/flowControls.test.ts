// The Flow view's settings in Chromium against the real server. The browser's clock is fixed at chosen
// instants while cards are added and moved, so the test knows every stamp of the history and can ask the
// flow library itself what each table must show for the window, time zone and calendar picked.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { computeFlow, type FlowInput, type FlowOptions, type FlowReport } from '../../src/analytics/index.ts';
import { formatDays, formatInstant } from '../../src/ui/views/flow/cycleTimes.ts';
import { leadTimeTrend } from '../../src/ui/views/flow/leadTrend.ts';
import { useApp } from './support/app.ts';
import {
  addCard,
  createSpace,
  createWorkspace,
  eventually,
  moveWithKeyboard,
  openSpace,
  sidebar,
  titlesIn,
} from './support/board.ts';
import { homeOf, newPerson, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

/** The text of every cell of a table's body rows, by the table's accessible name. */
function tableRows(page: Page, name: string): Promise<string[][]> {
  return page
    .getByRole('table', { name, exact: true })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

const ms = (iso: string) => Date.parse(iso);

// What happens on the board, in order: [instant, action]. Mon 2 – Wed 11 November 2026, UTC.
const CREATED: Record<string, string> = {
  'Claim A': '2026-11-02T09:00:00Z',
  'Claim B': '2026-11-02T10:00:00Z',
  'Claim C': '2026-11-03T09:00:00Z',
  'Claim D': '2026-11-11T12:00:00Z',
};
const MOVES: [string, string, 'Doing' | 'Done'][] = [
  ['2026-11-03T09:30:00Z', 'Claim A', 'Doing'],
  ['2026-11-05T21:00:00Z', 'Claim A', 'Done'],
  ['2026-11-06T15:00:00Z', 'Claim B', 'Doing'],
  ['2026-11-09T11:00:00Z', 'Claim B', 'Done'],
  ['2026-11-11T09:00:00Z', 'Claim C', 'Doing'],
  ['2026-11-12T08:00:00Z', 'Claim D', 'Doing'],
];
/** The instant the charts are looked at: Thursday 12 November 2026. */
const AS_OF = '2026-11-12T18:00:00Z';

/** The same history as the flow library's input, the statuses named by their columns. */
const INPUT: FlowInput = {
  cards: Object.entries(CREATED).map(([id, at]) => ({ id, createdAt: ms(at) })),
  changes: [
    ...Object.entries(CREATED).map(([cardId, at]) => ({ cardId, at: ms(at), toStatusId: 'To do' })),
    ...MOVES.map(([at, cardId, toStatusId]) => ({ cardId, at: ms(at), toStatusId })),
  ],
  statuses: { 'To do': 'not_started', Doing: 'in_progress', Done: 'completed' },
  statusOrder: ['To do', 'Doing', 'Done'],
};

/** The input of the named cards only, as a filter picking them feeds the library. */
const only = (ids: string[]): FlowInput => ({
  ...INPUT,
  cards: INPUT.cards.filter((card) => ids.includes(card.id)),
  changes: INPUT.changes.filter((change) => ids.includes(change.cardId)),
});

const report = (options: Omit<FlowOptions, 'asOf'>): FlowReport =>
  computeFlow(INPUT, { asOf: ms(AS_OF), ...options });

/** The aging table's rows as the library's report gives them: the open started cards and their ages. */
function agingRows(expected: FlowReport): string[][] {
  return expected.cards
    .filter((card) => card.age !== null)
    .map((card) => [
      card.id,
      card.statusId!,
      formatInstant(card.started!, expected.timeZone),
      formatDays(card.age!.days),
    ]);
}

/** The cycle-time rows of the report's window: card, completion, days. */
function cycleRows(expected: FlowReport): string[][] {
  return expected.cards
    .filter((card) => card.cycle !== null && card.done !== null)
    .filter((card) => {
      const day = formatInstant(card.done!, expected.timeZone).slice(0, 10);
      return day >= expected.from && day <= expected.to;
    })
    .sort((a, b) => a.done! - b.done!)
    .map((card) => [card.id, formatInstant(card.done!, expected.timeZone), formatDays(card.cycle!.days)]);
}

function trendRows(expected: FlowReport): string[][] {
  return leadTimeTrend(expected).map((week) => [
    week.week,
    String(week.days),
    String(week.done),
    formatDays(week.averageLead),
    week.averageWip === null ? '—' : week.averageWip.toFixed(1),
    week.endWip === null ? '—' : String(week.endWip),
  ]);
}

/** The tables the settings change, as shown. */
async function shownTables(page: Page) {
  return {
    aging: (await tableRows(page, 'Aging work in progress by card')).map((row) => row.slice(0, 4)),
    cycle: await tableRows(page, 'Cycle time by card'),
    percentiles: await tableRows(page, 'Cycle time percentiles'),
    trend: await tableRows(page, 'Lead time trend with WIP by week'),
  };
}

/** Waits until the Flow view shows `expected`'s window, zone and calendar, and its numbers in the tables. */
async function expectTables(page: Page, expected: FlowReport) {
  const calendar = expected.working ? 'working days (Monday to Friday)' : 'calendar days';
  await page
    .getByRole('status', { name: 'Flow settings' })
    .getByText(`Showing ${expected.from} to ${expected.to} in ${expected.timeZone}, counted in ${calendar}.`)
    .waitFor();
  // A holiday or a filter changes the numbers but not that sentence: wait for the tables to follow.
  await expect
    .poll(() => shownTables(page), { timeout: 5000 })
    .toEqual({
      aging: agingRows(expected),
      cycle: cycleRows(expected),
      percentiles: ([50, 70, 85, 95] as const).map((p) => [`${p}th`, formatDays(expected.cycle.days[p])]),
      trend: trendRows(expected),
    });
}

describe('the Flow view settings in the browser', () => {
  const app = useApp();

  it('recomputes every table for the chosen window, time zone and calendar, keeps them in the address, and saves them as a view', async () => {
    const { page } = app;
    const lead = newPerson('Ada Settings');
    await signUp(page, lead);
    await homeOf(page, lead.name);
    await createWorkspace(page, 'Service DE');
    await createSpace(page, 'Service DE', 'Repairs');
    await sidebar(page).getByRole('treeitem', { name: 'Repairs' }).waitFor();
    await openSpace(page, 'Repairs');
    await page.getByRole('status', { name: 'Connection' }).getByText('Online').waitFor();

    // The history, written at known instants: Date is fixed, timers keep running.
    const steps: [string, () => Promise<unknown>][] = [
      ...Object.entries(CREATED).map(
        ([title, at]) => [at, () => addCard(page, 'To do', title)] as [string, () => Promise<unknown>],
      ),
      ...MOVES.map(
        ([at, title, to]) =>
          [
            at,
            async () => {
              await moveWithKeyboard(page, title, ['ArrowRight']);
              await eventually(
                () => titlesIn(page, to),
                (now) => now.includes(title),
              );
            },
          ] as [string, () => Promise<unknown>],
      ),
    ].sort(([a], [b]) => ms(a) - ms(b));
    for (const [at, step] of steps) {
      await page.clock.setFixedTime(new Date(at));
      await step();
    }
    await page.clock.setFixedTime(new Date(AS_OF));
    await page.getByRole('status', { name: 'Connection' }).getByText('Online').waitFor();

    await page.getByRole('button', { name: 'Flow', exact: true }).click();
    const browserZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const settings = page.getByRole('form', { name: 'Chart settings' });

    // All history, in the browser's zone, calendar days: the aging table lists the two open started cards.
    await expectTables(page, report({ timeZone: browserZone }));
    expect((await tableRows(page, 'Aging work in progress by card')).map(([card]) => card)).toEqual([
      'Claim C',
      'Claim D',
    ]);

    // A rolling window of 30 days ends today and lists 30 days.
    await settings.getByRole('combobox', { name: 'Range' }).selectOption({ label: 'Last 30 days' });
    expect(new URL(page.url()).search).toBe('?last=30');
    await expectTables(page, report({ timeZone: browserZone, from: '2026-10-14', to: '2026-11-12' }));
    const days = await tableRows(page, 'Throughput by day');
    expect([days.length, days[0]![0], days.at(-1)![0]]).toEqual([30, '2026-10-14', '2026-11-12']);

    // A start date typed in, digit by digit, and Enter: Claim A, done on the 5th, leaves the cycle-time
    // figures. The dates the field passes through on the way (11/14, the years 2, 20, 202) are not applied.
    const from = settings.getByLabel('From', { exact: true });
    await from.focus();
    await page.keyboard.type('11062026');
    expect(await from.inputValue()).toBe('2026-11-06');
    expect(new URL(page.url()).search).toBe('?last=30');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).search).toBe('?from=2026-11-06');
    const fromSixth = report({ timeZone: browserZone, from: '2026-11-06' });
    await expectTables(page, fromSixth);
    expect(cycleRows(fromSixth).map(([card]) => card)).toEqual(['Claim B']);

    // Tokyo: Claim A's completion at 21:00 UTC on the 5th is the 6th there, so it is back in the window.
    await settings.getByRole('combobox', { name: 'Time zone' }).selectOption('Asia/Tokyo');
    const tokyo = report({ timeZone: 'Asia/Tokyo', from: '2026-11-06' });
    await expectTables(page, tokyo);
    expect(cycleRows(tokyo).map(([card]) => card)).toEqual(['Claim A', 'Claim B']);

    // Working days, then a holiday on Monday the 9th: Claim B's weekend and holiday no longer count.
    await settings
      .getByRole('combobox', { name: 'Calendar' })
      .selectOption({ label: 'Working days (Mon–Fri)' });
    const working = { weekdays: [1, 2, 3, 4, 5] };
    await expectTables(page, report({ timeZone: 'Asia/Tokyo', from: '2026-11-06', working }));
    await settings.getByLabel('Holidays').fill('2026-11-09');
    await settings.getByLabel('Holidays').press('Enter');
    const holiday = report({
      timeZone: 'Asia/Tokyo',
      from: '2026-11-06',
      working: { ...working, holidays: ['2026-11-09'] },
    });
    await expectTables(page, holiday);
    expect(new URL(page.url()).searchParams.get('holidays')).toBe('2026-11-09');
    expect(new URL(page.url()).searchParams.get('cal')).toBe('working');

    // The address is the view: a reload shows the same numbers.
    await page.reload();
    await expectTables(page, holiday);

    // A Time Chart of a filter: only the cards whose title or notes hold the words, and their history.
    await settings.getByRole('searchbox', { name: 'Text' }).fill('claim b');
    await settings.getByRole('searchbox', { name: 'Text' }).press('Enter');
    expect(new URL(page.url()).searchParams.get('q')).toBe('claim b');
    await page
      .getByRole('status', { name: 'Flow settings' })
      .getByText('Only cards containing "claim b".')
      .waitFor();
    const onlyB = computeFlow(only(['Claim B']), {
      asOf: ms(AS_OF),
      timeZone: 'Asia/Tokyo',
      from: '2026-11-06',
      working: { ...working, holidays: ['2026-11-09'] },
    });
    await expectTables(page, onlyB);
    expect(cycleRows(onlyB).map(([card]) => card)).toEqual(['Claim B']);
    expect(await tableRows(page, 'Aging work in progress by card')).toEqual([]);
    await settings.evaluate((form) => form.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'flow-settings');

    // A saved view keeps these settings under a name in the user's own document, on every reload.
    const saved = page.getByRole('group', { name: 'Saved views' });
    const chosen = saved.getByRole('combobox', { name: 'Saved view' });
    await saved.getByRole('textbox', { name: 'View name' }).fill('Claim B in Tokyo');
    await saved.getByRole('button', { name: 'Save view' }).click();
    await expect
      .poll(() => chosen.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text))
      .toBe('Claim B in Tokyo');
    await settings.getByRole('button', { name: 'Reset' }).click();
    await expectTables(page, report({ timeZone: browserZone }));
    await page.reload();
    await chosen.selectOption({ label: 'Claim B in Tokyo' });
    await expectTables(page, onlyB);
    expect(new URL(page.url()).searchParams.get('q')).toBe('claim b');
    expect(new URL(page.url()).searchParams.get('tz')).toBe('Asia/Tokyo');
    await saved.getByRole('button', { name: 'Delete view “Claim B in Tokyo”' }).click();
    await expect.poll(() => chosen.isDisabled()).toBe(true);

    // The aging chart is drawn, with its bands, for the docs.
    await settings.getByRole('button', { name: 'Reset' }).click();
    expect(new URL(page.url()).search).toBe('');
    await expectTables(page, report({ timeZone: browserZone }));
    const aging = page.getByRole('region', { name: 'Aging work in progress' });
    await aging
      .getByRole('img', { name: /^Age of 2 cards in progress/ })
      .locator('canvas')
      .first()
      .waitFor();
    await page
      .getByRole('heading', { name: 'Aging work in progress' })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'aging-wip');
    // On the dark theme the chart is drawn again with the theme's text and grid colours.
    await page.emulateMedia({ colorScheme: 'dark' });
    await aging
      .getByRole('img', { name: /^Age of 2 cards in progress/ })
      .locator('canvas')
      .first()
      .waitFor();
    await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(21, 23, 26)');
    await saveScreenshot(page, 'aging-wip-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Values that cannot be used are named, and the defaults are shown instead.
    const bad = new URL(page.url());
    bad.search = '?tz=Mars/Olympus&from=2026-13-01&cal=lunar';
    await page.goto(bad.href);
    const alert = page.getByRole('alert');
    await alert.getByText('"Mars/Olympus" is not a known time zone').waitFor();
    await alert.getByText('The start date "2026-13-01" is not a date YYYY-MM-DD').waitFor();
    await alert.getByText('"lunar" is not a calendar').waitFor();
    await expectTables(page, report({ timeZone: browserZone }));
  });
});
