import { useId, useMemo, useState } from 'react';
import {
  checkBasis,
  DEFAULT_MIN_HISTORY_DAYS,
  DEFAULT_TRIALS,
  forecastFromReport,
  type FlowReport,
} from '../../../analytics/index.ts';
import { FormError } from '../../common/FormError';
import {
  asOfDay,
  defaultByDate,
  howManyRows,
  howManySentence,
  byDateBounds,
  MAX_ITEMS,
  parseByDate,
  parseItems,
  whenRows,
  whenSentence,
} from './forecast';
import './forecast.css';
import { FlowSection } from './FlowSection';
import { useQuietValue } from './useQuietValue';

/**
 * The two Monte Carlo questions a lead asks of the backlog, each answered from 10,000 seeded trials that
 * replay past days' throughput (zero days included): when will N cards be done, and how many by a date.
 */
export function MonteCarloPanels({ report: latest }: { report: FlowReport }) {
  const report = useQuietValue(latest);
  // The basis both panels draw from; when it cannot carry a forecast, neither panel offers its input.
  const refusal = useMemo(
    () =>
      checkBasis(
        report.throughput.daily.map((day) => day.count),
        DEFAULT_MIN_HISTORY_DAYS,
      ),
    [report],
  );
  const basis =
    `${DEFAULT_TRIALS.toLocaleString('en-GB')} trials drawing from the cards done each day, ${report.from} to ` +
    `${report.to}, days without any included. Only the cards asked about count, not new ones arriving ` +
    'meanwhile (the Forecast adds those).';
  const summary = refusal ? `No forecast yet: ${refusal.message}.` : basis;
  return (
    <>
      <WhenPanel report={report} summary={summary} empty={refusal !== null} />
      <HowManyPanel report={report} summary={summary} empty={refusal !== null} />
    </>
  );
}

interface PanelProps {
  report: FlowReport;
  summary: string;
  empty: boolean;
}

function WhenPanel({ report, summary, empty }: PanelProps) {
  const inputId = useId();
  // Untouched, the question follows the backlog: the open cards as the report counts them now.
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? (report.remaining > 0 ? String(report.remaining) : '');
  const parsed = parseItems(text);
  const items = parsed.ok ? parsed.value : null;
  const forecast = useMemo(
    () => (empty || items === null ? null : forecastFromReport(report, { when: items }).when),
    [report, items, empty],
  );
  const when = forecast?.ok ? forecast : null;
  const rows = when ? whenRows(when) : [];
  return (
    <FlowSection
      title="When will the cards be done?"
      summary={summary}
      csvName="forecast-when"
      csvRows={() => [
        ['Chance', 'On or before', 'Days ahead'],
        ...rows.map((row) => [`${row.p} %`, row.date ?? 'beyond the horizon', row.days ?? '']),
      ]}
      empty={empty}
    >
      <div className="forecast-form">
        <label htmlFor={inputId}>Cards to finish</label>
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_ITEMS}
          step={1}
          value={text}
          aria-invalid={!parsed.ok}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      <FormError message={parsed.ok ? null : parsed.message} />
      {forecast && !forecast.ok && <p>No forecast: {forecast.message}.</p>}
      {when && (
        <>
          <p className="forecast-answer" role="status">
            {whenSentence(when)}
          </p>
          <table className="flow-table" aria-label="When the cards will be done, by chance">
            <thead>
              <tr>
                <th scope="col">Chance</th>
                <th scope="col">On or before</th>
                <th scope="col">Days ahead</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.p}>
                  <th scope="row">{row.p} %</th>
                  <td>{row.date ?? 'beyond the horizon'}</td>
                  <td>{row.days ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </FlowSection>
  );
}

function HowManyPanel({ report, summary, empty }: PanelProps) {
  const inputId = useId();
  const start = asOfDay(report);
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? defaultByDate(start);
  const bounds = byDateBounds(start);
  const parsed = parseByDate(text, start);
  const by = parsed.ok ? parsed.value : null;
  const forecast = useMemo(
    // The "when" answer is not shown here; one card keeps the trials the library runs for it short.
    () => (empty || by === null ? null : forecastFromReport(report, { when: 1, by }).howMany),
    [report, by, empty],
  );
  const howMany = forecast?.ok ? forecast : null;
  const rows = howMany ? howManyRows(howMany) : [];
  return (
    <FlowSection
      title="How many cards by a date?"
      summary={summary}
      csvName="forecast-how-many"
      csvRows={() => [['Chance', 'At least (cards)'], ...rows.map((row) => [`${row.p} %`, row.items])]}
      empty={empty}
    >
      <div className="forecast-form">
        <label htmlFor={inputId}>Done by</label>
        <input
          id={inputId}
          type="date"
          min={bounds.min}
          max={bounds.max}
          value={text}
          aria-invalid={!parsed.ok}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      <FormError message={parsed.ok ? null : parsed.message} />
      {forecast && !forecast.ok && <p>No forecast: {forecast.message}.</p>}
      {howMany && (
        <>
          <p className="forecast-answer" role="status">
            {howManySentence(howMany)}
          </p>
          <table className="flow-table" aria-label="Cards done by the date, by chance">
            <thead>
              <tr>
                <th scope="col">Chance</th>
                <th scope="col">At least (cards)</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.p}>
                  <th scope="row">{row.p} %</th>
                  <td>{row.items}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </FlowSection>
  );
}
