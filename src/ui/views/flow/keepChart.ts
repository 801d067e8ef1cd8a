// Every Flow chart is a uPlot canvas built in an effect and built again from scratch when its data or the
// theme changes. This is what each of them does with the chart it built: keep it as wide as its host,
// open a card when its dot is clicked, and tear it all down when the effect is cleaned up.
import type uPlot from 'uplot';

interface KeepChartOptions {
  height: number;
  /** Narrowest width (px): below it the chart scrolls inside its host rather than squeezing. */
  minWidth?: number;
  /** Called with the index of the data point under the cursor when the plot is clicked. */
  onPointClick?: (index: number) => void;
}

/** Follows `element`'s width and listens for clicks; returns the cleanup that also destroys `chart`. */
export function keepChart(
  chart: uPlot,
  element: HTMLElement,
  { height, minWidth = 320, onPointClick }: KeepChartOptions,
): () => void {
  const click = () => {
    const index = chart.cursor.idx;
    if (index !== null && index !== undefined) onPointClick?.(index);
  };
  if (onPointClick) chart.over.addEventListener('click', click);
  const resize = new ResizeObserver(() =>
    chart.setSize({ width: Math.max(element.clientWidth, minWidth), height }),
  );
  resize.observe(element);
  return () => {
    resize.disconnect();
    if (onPointClick) chart.over.removeEventListener('click', click);
    chart.destroy();
  };
}
