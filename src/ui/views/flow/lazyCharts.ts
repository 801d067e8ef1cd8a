// The chart library loads with the first chart, not with the board: most visits never open the Flow view,
// and uPlot reads the screen's pixel ratio as it loads.
import { lazy } from 'react';

export const CycleTimeScatter = lazy(() =>
  import('./CycleTimeScatter').then((module) => ({ default: module.CycleTimeScatter })),
);

export const DayChart = lazy(() => import('./DayChart').then((module) => ({ default: module.DayChart })));

export const HistogramChart = lazy(() =>
  import('./HistogramChart').then((module) => ({ default: module.HistogramChart })),
);

export const AgingWipChart = lazy(() =>
  import('./AgingWipChart').then((module) => ({ default: module.AgingWipChart })),
);

export const TrendChart = lazy(() =>
  import('./TrendChart').then((module) => ({ default: module.TrendChart })),
);

export const ForecastCanvas = lazy(() =>
  import('./ForecastCanvas').then((module) => ({ default: module.ForecastCanvas })),
);
