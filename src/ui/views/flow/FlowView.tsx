import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useSpaceStore, type SpaceStore } from '../../../state/index.ts';
import type { SpaceActions } from '../../../sync/index.ts';
import { cardPath, navigate } from '../../shell/route';
import { CycleTimeTables } from './CycleTimeTables';
import { cycleTimePercentiles, cycleTimePoints, formatDays, formatInstant } from './cycleTimes';
import { downloadCsv } from './downloadCsv';
import { useFlowReport } from './useFlowReport';

// The chart library loads with the first chart, not with the board: most visits never open the Flow view,
// and uPlot reads the screen's pixel ratio as it loads.
const CycleTimeScatter = lazy(() =>
  import('./CycleTimeScatter').then((module) => ({ default: module.CycleTimeScatter })),
);

interface FlowViewProps {
  spaceId: string;
  store: SpaceStore;
  actions: SpaceActions;
}

/** A space's flow charts, each with its table view and a CSV of its data (DESIGN §4). */
export function FlowView({ spaceId, store, actions }: FlowViewProps) {
  const report = useFlowReport(store, actions);
  const cards = useSpaceStore(store, (state) => state.cards);
  const points = useMemo(() => cycleTimePoints(report, (id) => cards[id]?.title ?? id), [report, cards]);
  const percentiles = useMemo(() => cycleTimePercentiles(report), [report]);
  const openCard = useCallback((cardId: string) => navigate(cardPath(spaceId, cardId)), [spaceId]);
  const download = () =>
    downloadCsv('cycle-time', [
      ['Card', 'Completed', 'Cycle time (days)'],
      ...points.map((point) => [point.title, formatInstant(point.completed, report.timeZone), point.days]),
    ]);

  return (
    <div className="flow-view">
      <section className="flow-section" aria-labelledby="flow-cycle-time">
        <div className="flow-section-head">
          <h2 id="flow-cycle-time">Cycle time</h2>
          <button type="button" onClick={download} disabled={points.length === 0}>
            Download CSV
          </button>
        </div>
        <p className="muted">
          {points.length === 0
            ? 'No card is done yet: the chart fills in as cards reach a Completed status.'
            : `${points.length} completed ${points.length === 1 ? 'card' : 'cards'}; 85% took ${formatDays(report.cycle.days[85])} days or less. Days in ${report.timeZone}.`}
        </p>
        {points.length > 0 && (
          <Suspense fallback={<div className="flow-chart flow-chart-loading" aria-busy="true" />}>
            <CycleTimeScatter points={points} percentiles={percentiles} onOpenCard={openCard} />
          </Suspense>
        )}
        <CycleTimeTables
          spaceId={spaceId}
          points={points}
          percentiles={percentiles}
          timeZone={report.timeZone}
        />
      </section>
    </div>
  );
}
