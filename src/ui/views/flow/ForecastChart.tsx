import { Suspense, useMemo } from 'react';
import { forecastFromReport, type FlowReport } from '../../../analytics/index.ts';
import {
  forecastChartData,
  forecastLines,
  formatCards,
  formatDay,
  scenarioSentence,
  scopeHistory,
  type ForecastLine,
} from './forecast';
import './forecast.css';
import { FlowSection } from './FlowSection';
import { ForecastCanvas } from './lazyCharts';
import { useQuietValue } from './useQuietValue';

/**
 * The Forecast Chart: cards done and the total scope over the window, and from today the three scenarios
 * of weekly throughput (P80, P50, P20) to the dates they finish the open cards as the scope keeps growing.
 * Without a forecast it says the library's reason instead.
 */
export function ForecastChart({ report: latest }: { report: FlowReport }) {
  const report = useQuietValue(latest);
  // Only the scenarios are drawn here. The library always answers "when" too; asking it for a single
  // card keeps those trials to a few draws (the Monte Carlo panels ask their own questions).
  const forecast = useMemo(() => forecastFromReport(report, { when: 1 }), [report]);
  const history = useMemo(() => scopeHistory(report), [report]);
  const scenarios = forecast.scenarios.ok ? forecast.scenarios : null;
  const refusal = forecast.scenarios.ok ? null : forecast.scenarios;
  const lines = useMemo(
    () => (scenarios ? forecastLines(history, forecast.start, scenarios) : []),
    [history, forecast.start, scenarios],
  );
  const data = useMemo(() => forecastChartData(history, lines), [history, lines]);

  const likely = lines.find((line) => line.key === 'likely');
  // Unlike the Monte Carlo panels, which ask about the cards open today, the lines meet a scope that keeps
  // growing: the summary says so, or a "never" here reads as contradicting a date there.
  const growth = scenarios?.growthPerWeek ?? 0;
  const arriving =
    growth > 0 ? `, with ${formatCards(growth)} new ${growth === 1 ? 'card' : 'cards'} a week arriving` : '';
  const summary = refusal
    ? `No forecast yet: ${refusal.message}.`
    : `${report.remaining} open ${report.remaining === 1 ? 'card' : 'cards'} on ${formatDay(forecast.start)}; ` +
      (likely?.to
        ? `most likely done by ${formatDay(likely.to.date)}${arriving}`
        : `at the most likely pace never done${arriving}`) +
      `, from ${scenarios?.weeks ?? 0} complete weeks of throughput. Days in ${report.timeZone}.`;

  return (
    <FlowSection
      title="Forecast"
      summary={summary}
      csvName="forecast"
      csvRows={() => [
        ['Series', 'Date', 'Cards'],
        ...history.map((day) => ['Done', day.date, day.done]),
        ...history.map((day) => ['Total scope', day.date, day.scope]),
        ...lines.flatMap((line) => [
          [line.label, line.from.date, line.from.cards],
          ...(line.to ? [[line.label, line.to.date, line.to.cards]] : []),
        ]),
      ]}
      empty={!scenarios}
    >
      <div className="forecast-body">
        <Suspense fallback={<div className="flow-chart flow-chart-loading" aria-busy="true" />}>
          <ForecastCanvas
            data={data}
            label={`Cards done and total scope over ${history.length} days, with three forecast scenarios`}
          />
        </Suspense>
        <ul className="forecast-dates" aria-label="Scenario dates">
          {lines
            .filter((line) => line.key !== 'scope')
            .map((line) => (
              <li key={line.key}>{scenarioSentence(line, scenarios?.growthPerWeek ?? 0)}</li>
            ))}
          <li>
            Scope grows by {formatCards(lines.at(-1)?.perWeek ?? 0)} cards a week, from the trend of cards
            created.
          </li>
        </ul>
      </div>
      <div className="flow-tables">
        <LinesTable lines={lines} />
        <div className="flow-table-scroll">
          <table className="flow-table" aria-label="Done and scope by day">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Done</th>
                <th scope="col">Total scope</th>
              </tr>
            </thead>
            <tbody>
              {history.map((day) => (
                <tr key={day.date}>
                  <th scope="row">{day.date}</th>
                  <td>{day.done}</td>
                  <td>{day.scope}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </FlowSection>
  );
}

/**
 * Cards at a line's end, in whole cards: a line's rate makes them fractional ("612.4"), which no board
 * shows. The CSV keeps the exact values.
 */
const wholeCards = (cards: number) => String(Math.round(cards));

/** The dashed lines of the chart, each by its two ends. */
function LinesTable({ lines }: { lines: readonly ForecastLine[] }) {
  return (
    <table className="flow-table" aria-label="Forecast lines">
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Cards a week</th>
          <th scope="col">From</th>
          <th scope="col">Cards then</th>
          <th scope="col">To</th>
          <th scope="col">Cards then</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key}>
            <th scope="row">{line.label}</th>
            <td>{formatCards(line.perWeek)}</td>
            <td>{line.from.date}</td>
            <td>{wholeCards(line.from.cards)}</td>
            <td>{line.to ? line.to.date : 'never'}</td>
            <td>{line.to ? wholeCards(line.to.cards) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
