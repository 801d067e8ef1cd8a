/** What the chart bench page (`main.tsx`) offers to the scripts that drive it, as `window.chartBench`. */

export interface ScatterTiming {
  /** From the points handed to the chart to its script being done: built, and drawn to the canvas (ms). */
  drawnMs: number;
  /** From the points handed to the chart to the next frame produced, so the canvas is on screen (ms). */
  paintedMs: number;
  /** Canvas pixels in the dots' colour: more than zero shows the dots were drawn. */
  dotPixels: number;
}

export interface ChartBench {
  /** Draws the cycle-time scatterplot of `count` cards afresh and times it. */
  drawScatter(count: number): Promise<ScatterTiming>;
  /** Shows the cycle-time tables of `count` cards afresh; ms until they are painted. */
  showTables(count: number): Promise<number>;
}
