// The Forecast Chart and the Monte Carlo panels in Chromium against the real server: a space made in the
// app is given five weeks of history through the domain operations (as a second client of the same person,
// with the clock set back), and the Flow view's table views must show what the flow library forecasts from
// that same document — the scenario dates, the "when" rows and the "how many" rows.
import type { Page } from 'playwright-core';
import type * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  computeFlow,
  dayNumber,
  dayString,
  flowInputFromSpace,
  forecastFromReport,
  type FlowForecast,
} from '../../src/analytics/index.ts';
import { createCard, moveCard, readHistory, readSpace, type OpContext } from '../../src/domain/index.ts';
import { api, connectDoc, type DocClient } from '../fixtures/server.ts';
import { useApp } from './support/app.ts';
import { createSpace, createWorkspace, eventually, openSpace, sidebar } from './support/board.ts';
import { homeOf, newPerson, signUp } from './support/flows.ts';
import { saveScreenshot } from './support/screenshots.ts';

const DAY = 86_400_000;
const PERCENTILES = [50, 70, 85, 95] as const;

/** The text of every cell of a table's body rows, by the table's accessible name. */
function tableRows(page: Page, name: string): Promise<string[][]> {
  return page
    .getByRole('table', { name, exact: true })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

/**
 * Five weeks and a bit, ending an hour ago: a backlog of 50 repairs on the first day, a new one every
 * other day, and the oldest open repairs go through Doing to Done, spread over the days of each week at a
 * rate that changes from week to week, so the three scenarios part.
 */
const WEEKLY = [5, 14, 9, 12, 6, 11];

function seedHistory(doc: Y.Doc, actor: string, now: number): number {
  const statuses = Object.values(readSpace(doc).statuses);
  const role = (r: string) => statuses.find((s) => s.role === r && !s.archived)!.id;
  const [todo, doing, done] = [role('not_started'), role('in_progress'), role('completed')];
  const first = Math.floor(now / DAY) * DAY - 38 * DAY + 9 * 3_600_000;
  const at = (ms: number): OpContext => ({ actor, now: () => Math.min(ms, now - 3_600_000) });
  const open: string[] = [];
  let count = 0;
  const create = (ms: number) => {
    count++;
    open.push(createCard(doc, { statusId: todo, title: `Repair ${count}` }, at(ms)));
  };
  for (let k = 0; k < 50; k++) create(first + k * 60_000);
  for (let day = 1; day <= 38; day++) {
    const morning = first + day * DAY;
    if (day % 2 === 0) create(morning);
    const rate = WEEKLY[Math.floor(day / 7)]!;
    const finish = Math.floor((rate * ((day % 7) + 1)) / 7) - Math.floor((rate * (day % 7)) / 7);
    for (let k = 0; k < finish && open.length > 0; k++) {
      const cardId = open.shift()!;
      moveCard(doc, { cardId, toStatusId: doing }, at(morning + 3_600_000 + k * 60_000));
      moveCard(doc, { cardId, toStatusId: done }, at(morning + 5 * 3_600_000 + k * 60_000));
    }
  }
  return count;
}

/** What the library forecasts from the space document as it is now, in the browser's time zone. */
function libraryForecast(doc: Y.Doc, timeZone: string, by?: string, when?: number) {
  const space = readSpace(doc);
  const input = flowInputFromSpace({
    cards: Object.values(space.cards),
    statuses: Object.values(space.statuses),
    history: readHistory(doc),
  });
  const report = computeFlow(input, { asOf: Date.now(), timeZone });
  return { report, forecast: forecastFromReport(report, { by, when }) };
}

function whenRows(forecast: FlowForecast): string[][] {
  const when = forecast.when;
  if (!when?.ok) throw new Error(`expected a "when" forecast, got ${JSON.stringify(when)}`);
  return PERCENTILES.map((p) => [
    `${p} %`,
    when.dates[p] ?? 'beyond the horizon',
    String(when.days[p] ?? '—'),
  ]);
}

function howManyRows(forecast: FlowForecast): string[][] {
  const howMany = forecast.howMany;
  if (!howMany?.ok) throw new Error(`expected a "how many" forecast, got ${JSON.stringify(howMany)}`);
  return PERCENTILES.map((p) => [`${p} %`, String(howMany.items[p])]);
}

describe('the Forecast Chart in the browser', () => {
  const app = useApp();
  let client: DocClient | undefined;
  afterEach(() => {
    client?.destroy();
    client = undefined;
  });

  it("shows the library's scenarios and Monte Carlo answers for the space's history", async () => {
    const { page } = app;
    const lead = newPerson('Bo Forecast');
    await signUp(page, lead);
    await homeOf(page, lead.name);
    await createWorkspace(page, 'Service DE');
    await createSpace(page, 'Service DE', 'Repairs');
    await sidebar(page).getByRole('treeitem', { name: 'Repairs' }).waitFor();
    await openSpace(page, 'Repairs');
    await page.getByRole('status', { name: 'Connection' }).getByText('Online').waitFor();
    const spaceId = /^\/space\/([A-Za-z0-9_-]+)/.exec(new URL(page.url()).pathname)![1]!;

    // The same person's second client writes five weeks of history with the clock set back.
    const cookie = (await app.context.cookies(app.url)).map((c) => `${c.name}=${c.value}`).join('; ');
    const me = await api<{ id: string }>(app.url, '/api/me', { cookie });
    client = connectDoc(app.url.replace(/^http/, 'ws'), `space/${spaceId}`, cookie);
    await client.synced;
    // One transaction, so the browser takes the whole history in as one update, as from a first sync.
    const cards = client.doc.transact(() => seedHistory(client!.doc, me.body.id, Date.now()));

    await page.getByRole('button', { name: 'Flow', exact: true }).click();
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    // The browser has every card once the total scope it charts has reached them all.
    await eventually(
      () => tableRows(page, 'Done and scope by day'),
      (rows) => rows.at(-1)?.[2] === String(cards),
      15_000,
    );

    const { report, forecast } = libraryForecast(client.doc, timeZone);
    const scenarios = forecast.scenarios;
    if (!scenarios.ok) throw new Error(`expected scenarios: ${scenarios.message}`);
    const done = report.throughput.daily.reduce((sum, day) => sum + day.count, 0);
    expect(done + report.remaining).toBe(cards);

    // Each scenario line runs from today's done cards to the library's date at the library's rate.
    const lines = await tableRows(page, 'Forecast lines');
    const names = ['optimistic', 'likely', 'pessimistic'] as const;
    expect(lines.map(([line]) => line)).toEqual([
      'Optimistic (P80)',
      'Most likely (P50)',
      'Pessimistic (P20)',
      'Projected scope',
    ]);
    names.forEach((name, i) => {
      const { ratePerWeek, weeks } = scenarios.scenarios[name];
      expect(lines[i]!.slice(1, 5)).toEqual([
        String(ratePerWeek),
        forecast.start,
        String(done),
        scenarios.dates[name] ?? 'never',
      ]);
      if (weeks !== null) expect(lines[i]![5]).toBe(String(Math.round(done + ratePerWeek * weeks)));
    });
    expect(lines[3]!.slice(2, 4)).toEqual([forecast.start, String(cards)]);
    expect(Number(lines[3]![1])).toBeCloseTo(scenarios.growthPerWeek, 1);
    const history = await tableRows(page, 'Done and scope by day');
    expect(history.map(([date]) => date)).toEqual(report.throughput.daily.map((day) => day.date));
    expect(history.at(-1)!.slice(1)).toEqual([String(done), String(cards)]);

    // "When": the open cards first, with the library's dates for the same seed.
    const whenPanel = page.getByRole('region', { name: 'When will the cards be done?' });
    expect(await whenPanel.getByLabel('Cards to finish', { exact: true }).inputValue()).toBe(
      String(report.remaining),
    );
    expect(await tableRows(page, 'When the cards will be done, by chance')).toEqual(whenRows(forecast));
    expect(await whenPanel.getByRole('status').textContent()).toMatch(
      /^85 % chance on or before \d{1,2} \w{3} \d{4}$/,
    );

    // "How many": four weeks ahead by default.
    const by = dayString(dayNumber(forecast.start)! + 28);
    const howManyPanel = page.getByRole('region', { name: 'How many cards by a date?' });
    expect(await howManyPanel.getByLabel('Done by', { exact: true }).inputValue()).toBe(by);
    expect(await tableRows(page, 'Cards done by the date, by chance')).toEqual(
      howManyRows(libraryForecast(client.doc, timeZone, by).forecast),
    );

    await page
      .getByRole('region', { name: 'Forecast', exact: true })
      .evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await page
      .getByRole('img', { name: /^Cards done and total scope over \d+ days/ })
      .locator('canvas')
      .first()
      .waitFor();
    await saveScreenshot(page, 'forecast');

    // The lead asks other questions; the answers follow, still the library's.
    await whenPanel.getByLabel('Cards to finish', { exact: true }).fill('30');
    await eventually(
      () => tableRows(page, 'When the cards will be done, by chance'),
      (rows) =>
        JSON.stringify(rows) ===
        JSON.stringify(whenRows(libraryForecast(client!.doc, timeZone, undefined, 30).forecast)),
    );
    const later = dayString(dayNumber(forecast.start)! + 45);
    await howManyPanel.getByLabel('Done by', { exact: true }).fill(later);
    await eventually(
      () => tableRows(page, 'Cards done by the date, by chance'),
      (rows) =>
        JSON.stringify(rows) ===
        JSON.stringify(howManyRows(libraryForecast(client!.doc, timeZone, later).forecast)),
    );

    // Bad input gets a sentence, and no answer is shown for it.
    await whenPanel.getByLabel('Cards to finish', { exact: true }).fill('0');
    expect(await whenPanel.getByRole('alert').textContent()).toBe(
      'Enter a whole number of cards from 1 to 100,000.',
    );
    expect(await page.getByRole('table', { name: 'When the cards will be done, by chance' }).count()).toBe(0);
    await howManyPanel.getByLabel('Done by', { exact: true }).fill(forecast.start);
    expect(await howManyPanel.getByRole('alert').textContent()).toMatch(/^Pick a date after today, /);
    expect(await page.getByRole('table', { name: 'Cards done by the date, by chance' }).count()).toBe(0);
  });
});
