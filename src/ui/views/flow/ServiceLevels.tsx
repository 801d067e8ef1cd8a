import { useMemo, type MouseEvent } from 'react';
import {
  cardsAtRisk,
  SERVICE_PERCENTILES,
  serviceTimes,
  slaAttainment,
  slaDueDates,
  type FlowReport,
} from '../../../analytics/index.ts';
import { slaFieldOf } from '../../../domain/index.ts';
import { useSpaceStore, type SpaceStore, useAllCards } from '../../../state/index.ts';
import { cardPath, navigate } from '../../shell/route';
import { formatDays } from './cycleTimes';
import { FlowSection } from './FlowSection';
import { formatDueDate, formatShare, MEASURE_NAMES, reasonText, weekCells } from './serviceLevelText';
import './serviceLevels.css';

interface ServiceLevelsProps {
  spaceId: string;
  report: FlowReport;
  store: SpaceStore;
}

/**
 * Aftersales service levels (issue 4): reaction and lead time as first response and time to resolve, SLA
 * attainment per week from the space's SLA due-date field, and the open cards at risk of breaching it.
 */
export function ServiceLevels({ spaceId, report, store }: ServiceLevelsProps) {
  const slaField = useSpaceStore(store, (state) => {
    const id = slaFieldOf(state.settings, state.fields);
    return id === null ? null : state.fields[id]!;
  });
  const cards = useAllCards(store);
  const slaDue = useMemo(() => slaDueDates(Object.values(cards), slaField?.id ?? null), [cards, slaField]);
  const times = useMemo(() => serviceTimes(report), [report]);
  const attainment = useMemo(() => slaAttainment(report, slaDue), [report, slaDue]);
  const risky = useMemo(() => cardsAtRisk(report, slaDue), [report, slaDue]);
  const titleOf = (id: string) => cards[id]?.title ?? id;
  const zone = report.timeZone;
  const open = (event: MouseEvent<HTMLAnchorElement>, cardId: string) => {
    // A plain click stays in the app; a modified one (new tab) keeps the browser's behaviour.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(cardPath(spaceId, cardId, 'flow') + window.location.search);
  };
  const percentHeads = SERVICE_PERCENTILES.map((p) => `${p}% within (days)`);

  return (
    <>
      <FlowSection
        title="Service levels"
        summary={`First response is the time from a card's creation to its start, time to resolve from creation to done. Days in ${zone}.`}
        csvName="service-levels"
        csvRows={() => [
          ['Measure', 'Cards', ...percentHeads],
          ...times.map((row) => [
            MEASURE_NAMES[row.measure],
            row.count,
            ...SERVICE_PERCENTILES.map((p) => formatDays(row.days[p])),
          ]),
        ]}
        empty={times.every((row) => row.count === 0)}
      >
        <table className="flow-table" aria-label="Service level times">
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Cards</th>
              {percentHeads.map((head) => (
                <th scope="col" key={head}>
                  {head}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {times.map((row) => (
              <tr key={row.measure}>
                <th scope="row">{MEASURE_NAMES[row.measure]}</th>
                <td>{row.count}</td>
                {SERVICE_PERCENTILES.map((p) => (
                  <td key={p}>{formatDays(row.days[p])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </FlowSection>
      <FlowSection
        title="SLA attainment"
        summary={
          slaField === null
            ? 'This space has no SLA due date: choose a date field as the SLA under Fields.'
            : attainment.total.attainment === null
              ? `No card with a date in ${slaField.name} is done yet.`
              : `${formatShare(attainment.total.attainment)} of ${attainment.total.completed} cards were done by their ${slaField.name} date${attainment.withoutSla > 0 ? ` (${attainment.withoutSla} done without one are not counted)` : ''}. Weeks start on Monday, in ${zone}.`
        }
        csvName="sla-attainment"
        csvRows={() => [['Week of', 'Done', 'Met SLA', 'Attainment'], ...attainment.weeks.map(weekCells)]}
        empty={attainment.weeks.length === 0}
      >
        <table className="flow-table" aria-label="SLA attainment by week">
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Done</th>
              <th scope="col">Met SLA</th>
              <th scope="col">Attainment</th>
            </tr>
          </thead>
          <tbody>
            {attainment.weeks.map((week) => {
              const [label, done, met, share] = weekCells(week);
              return (
                <tr key={week.week}>
                  <th scope="row">{label}</th>
                  <td>{done}</td>
                  <td>{met}</td>
                  <td>
                    <span className="sla-bar" aria-hidden="true">
                      <span style={{ width: `${week.attainment * 100}%` }} />
                    </span>
                    {share}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </FlowSection>
      <FlowSection
        title="Open cards at risk"
        summary={
          risky.length === 0
            ? 'No open card is past or near its SLA date, or older than 85% of cycle times.'
            : `${risky.length} open ${risky.length === 1 ? 'card is' : 'cards are'} past or within 2 days of ${slaField ? `the ${slaField.name} date` : 'an SLA date'}, or already older than 85% of cycle times.`
        }
        csvName="cards-at-risk"
        csvRows={() => [
          ['Card', 'Age (days)', 'SLA due', 'Why'],
          ...risky.map((card) => [
            titleOf(card.cardId),
            formatDays(card.age?.days ?? null),
            card.slaDue === null ? '' : formatDueDate(card.slaDue, zone),
            card.reasons.map(reasonText).join('; '),
          ]),
        ]}
        empty={risky.length === 0}
      >
        <table className="flow-table" aria-label="Open cards at risk">
          <thead>
            <tr>
              <th scope="col">Card</th>
              <th scope="col">Age (days)</th>
              <th scope="col">SLA due</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {risky.map((card) => (
              <tr key={card.cardId}>
                <th scope="row">
                  <a
                    href={cardPath(spaceId, card.cardId, 'flow')}
                    onClick={(event) => open(event, card.cardId)}
                  >
                    {titleOf(card.cardId)}
                  </a>
                </th>
                <td>{formatDays(card.age?.days ?? null)}</td>
                <td className="sla-due-cell">
                  {card.slaDue === null ? '—' : formatDueDate(card.slaDue, zone)}
                </td>
                <td>{card.reasons.map(reasonText).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </FlowSection>
    </>
  );
}
