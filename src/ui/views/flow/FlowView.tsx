import { Suspense, useCallback, useMemo } from 'react';
import { useSpaceStore, type SpaceStore, useAllCards } from '../../../state/index.ts';
import type { SpaceActions } from '../../../sync/index.ts';
import { cardPath, navigate } from '../../shell/route';
import { AgingWip } from './AgingWip';
import { CumulativeFlow } from './CumulativeFlow';
import { CycleTimeTables } from './CycleTimeTables';
import { cycleTimePercentiles, cycleTimePoints, formatDays, formatInstant } from './cycleTimes';
import { FlowControls } from './FlowControls';
import { FlowSection } from './FlowSection';
import { ForecastChart } from './ForecastChart';
import { Histograms } from './Histograms';
import { CycleTimeScatter } from './lazyCharts';
import { LeadTimeTrend } from './LeadTimeTrend';
import { MonteCarloPanels } from './MonteCarloPanels';
import { SavedViews } from './SavedViews';
import { ServiceLevels } from './ServiceLevels';
import { Throughput } from './Throughput';
import { useFlowReport } from './useFlowReport';
import { useFlowSettings } from './useFlowSettings';

interface FlowViewProps {
  spaceId: string;
  store: SpaceStore;
  actions: SpaceActions;
}

/** A space's flow charts, each with its table view and a CSV of its data (DESIGN §4). */
export function FlowView({ spaceId, store, actions }: FlowViewProps) {
  const labels = useSpaceStore(store, (state) => state.labels);
  const flowSettings = useFlowSettings(labels);
  const report = useFlowReport(store, actions, flowSettings.options, flowSettings.filter);
  const cards = useAllCards(store);
  const statuses = useSpaceStore(store, (state) => state.statuses);
  const titleOf = useCallback((id: string) => cards[id]?.title ?? id, [cards]);
  const points = useMemo(() => cycleTimePoints(report, titleOf), [report, titleOf]);
  const percentiles = useMemo(() => cycleTimePercentiles(report), [report]);
  const openCard = useCallback(
    (cardId: string) => navigate(cardPath(spaceId, cardId, 'flow') + window.location.search),
    [spaceId],
  );
  const statusName = useCallback((id: string) => statuses[id]?.name ?? id, [statuses]);

  return (
    <div className="flow-view">
      <FlowControls state={flowSettings} report={report} labels={labels} />
      <SavedViews spaceId={spaceId} state={flowSettings} />
      <FlowSection
        title="Cycle time"
        summary={
          points.length === 0
            ? 'No card is done yet: the chart fills in as cards reach a Completed status.'
            : `${points.length} completed ${points.length === 1 ? 'card' : 'cards'}; 85% took ${formatDays(report.cycle.days[85])} days or less. Days in ${report.timeZone}.`
        }
        csvName="cycle-time"
        csvRows={() => [
          ['Card', 'Completed', 'Cycle time (days)'],
          ...points.map((point) => [
            point.title,
            formatInstant(point.completed, report.timeZone),
            point.days,
          ]),
        ]}
        empty={points.length === 0}
      >
        <Suspense fallback={<div className="flow-chart flow-chart-loading" aria-busy="true" />}>
          <CycleTimeScatter
            points={points}
            percentiles={percentiles}
            onOpenCard={openCard}
            timeZone={report.timeZone}
          />
        </Suspense>
        <CycleTimeTables
          spaceId={spaceId}
          points={points}
          percentiles={percentiles}
          timeZone={report.timeZone}
        />
      </FlowSection>
      <AgingWip
        spaceId={spaceId}
        report={report}
        statuses={statuses}
        titleOf={titleOf}
        onOpenCard={openCard}
      />
      <Histograms report={report} />
      <LeadTimeTrend report={report} />
      <CumulativeFlow cfd={report.cfd} nameOf={statusName} />
      <Throughput daily={report.throughput.daily} />
      <ForecastChart report={report} />
      <MonteCarloPanels report={report} />
      <ServiceLevels spaceId={spaceId} report={report} store={store} />
    </div>
  );
}
