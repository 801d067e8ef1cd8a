// @vitest-environment jsdom
// The Forecast Chart and the Monte Carlo panels show the library's forecast of a report in their table
// views, refuse bad input with a sentence (and show no answer for it), and say why there is no forecast.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeFlow, forecastFromReport } from '../../../../src/analytics/index.ts';
import { ForecastChart } from '../../../../src/ui/views/flow/ForecastChart';
import { formatCards } from '../../../../src/ui/views/flow/forecast';
import { MonteCarloPanels } from '../../../../src/ui/views/flow/MonteCarloPanels';
import { AS_OF, backlogHistory } from './forecastFixture.ts';

// jsdom has no canvas; the tables carry the numbers.
vi.mock('../../../../src/ui/views/flow/ForecastCanvas', () => ({ ForecastCanvas: () => null }));

const report = computeFlow(backlogHistory(), { asOf: AS_OF, timeZone: 'UTC' });

function rows(name: string): string[][] {
  return within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('Forecast Chart', () => {
  afterEach(cleanup);

  it('lists each line to its library date and says the dates in words', () => {
    render(<ForecastChart report={report} />);
    const forecast = forecastFromReport(report);
    if (!forecast.scenarios.ok) throw new Error('expected scenarios');
    const { scenarios, dates, growthPerWeek } = forecast.scenarios;
    const lines = rows('Forecast lines');
    expect(lines.map((row) => row[0])).toEqual([
      'Optimistic (P80)',
      'Most likely (P50)',
      'Pessimistic (P20)',
      'Projected scope',
    ]);
    const names = ['optimistic', 'likely', 'pessimistic'] as const;
    names.forEach((name, i) => {
      expect(lines[i]!.slice(1, 5)).toEqual([
        String(scenarios[name].ratePerWeek),
        '2026-11-20',
        '58',
        dates[name]!,
      ]);
      // Whole cards: the line's end is fractional at its rate.
      expect(lines[i]![5]).toBe(
        String(Math.round(58 + scenarios[name].ratePerWeek * scenarios[name].weeks!)),
      );
    });
    expect(Number(lines[3]![1])).toBeCloseTo(growthPerWeek, 1);

    const byDay = rows('Done and scope by day');
    expect(byDay).toHaveLength(report.throughput.daily.length);
    expect(byDay.at(-1)).toEqual(['2026-11-20', '58', '79']);

    const words = within(screen.getByRole('list', { name: 'Scenario dates' })).getAllByRole('listitem');
    expect(words[1]!.textContent).toMatch(
      /^Most likely \(P50\), \d+ cards a week: done by \d{1,2} \w{3} 20\d\d\.$/,
    );
    expect(
      screen.getByText(
        new RegExp(
          `^21 open cards on 20 Nov 2026; most likely done by \\d{1,2} \\w{3} 20\\d\\d, with ${formatCards(growthPerWeek)} new cards a week arriving`,
        ),
      ),
    ).toBeTruthy();
  });

  it("says the library's reason instead of drawing when there is no forecast", () => {
    const young = computeFlow(backlogHistory(), { asOf: AS_OF, timeZone: 'UTC', from: '2026-11-14' });
    render(<ForecastChart report={young} />);
    // Saturday to Friday: not one complete week to take a weekly throughput from.
    expect(screen.getByText('No forecast yet: no week of throughput history.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Forecast lines' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toHaveProperty('disabled', true);
  });
});

describe('Monte Carlo panels', () => {
  afterEach(cleanup);

  it('asks about the open cards first, and about any number the lead types', () => {
    render(<MonteCarloPanels report={report} />);
    // Its answer leaves out arrivals, which the Forecast's lines count; it says so.
    expect(
      screen.getAllByText(/Only the cards asked about count, not new ones arriving meanwhile/),
    ).toHaveLength(2);
    const input = screen.getByLabelText('Cards to finish');
    expect(input).toHaveProperty('value', String(report.remaining));
    const expected = (when: number) => {
      const forecast = forecastFromReport(report, { when }).when;
      if (!forecast?.ok) throw new Error('expected a forecast');
      return ([50, 70, 85, 95] as const).map((p) => [`${p} %`, forecast.dates[p]!, String(forecast.days[p])]);
    };
    expect(rows('When the cards will be done, by chance')).toEqual(expected(report.remaining));

    fireEvent.change(input, { target: { value: '40' } });
    expect(rows('When the cards will be done, by chance')).toEqual(expected(40));
    const answer = within(screen.getByRole('region', { name: 'When will the cards be done?' })).getByRole(
      'status',
    );
    expect(answer.textContent).toMatch(/^85 % chance on or before \d{1,2} \w{3} 20\d\d$/);

    fireEvent.change(input, { target: { value: '2.5' } });
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number of cards from 1 to 100,000.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('table', { name: 'When the cards will be done, by chance' })).toBeNull();
  });

  it('counts the cards done by a date, four weeks ahead unless the lead picks another', () => {
    render(<MonteCarloPanels report={report} />);
    const input = screen.getByLabelText('Done by');
    expect(input).toHaveProperty('value', '2026-12-18');
    const expected = (by: string) => {
      const forecast = forecastFromReport(report, { by }).howMany;
      if (!forecast?.ok) throw new Error('expected a forecast');
      return ([50, 70, 85, 95] as const).map((p) => [`${p} %`, String(forecast.items[p])]);
    };
    expect(rows('Cards done by the date, by chance')).toEqual(expected('2026-12-18'));

    fireEvent.change(input, { target: { value: '2026-12-31' } });
    expect(rows('Cards done by the date, by chance')).toEqual(expected('2026-12-31'));
    const region = screen.getByRole('region', { name: 'How many cards by a date?' });
    expect(within(region).getByRole('status').textContent).toMatch(
      /^85 % chance of at least \d+ cards by 31 Dec 2026$/,
    );

    fireEvent.change(input, { target: { value: '2026-11-20' } });
    expect(within(region).getByRole('alert').textContent).toBe('Pick a date after today, 20 Nov 2026.');
    expect(screen.queryByRole('table', { name: 'Cards done by the date, by chance' })).toBeNull();
  });

  it('offers no question when the history cannot carry a forecast', () => {
    const young = computeFlow(backlogHistory(), { asOf: AS_OF, timeZone: 'UTC', from: '2026-11-14' });
    render(<MonteCarloPanels report={young} />);
    expect(screen.getAllByText('No forecast yet: 7 days of history, fewer than the 10 needed.')).toHaveLength(
      2,
    );
    expect(screen.queryByLabelText('Cards to finish')).toBeNull();
    expect(screen.queryByLabelText('Done by')).toBeNull();
  });
});
