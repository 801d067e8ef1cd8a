/** The chart bench page (this folder), built and served: the scatterplot on made-up points. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveBuiltPage, type BuiltPage } from '../lib/builtPage.ts';

export type ChartPage = BuiltPage;

export function serveChartPage(): Promise<ChartPage> {
  return serveBuiltPage(path.dirname(fileURLToPath(import.meta.url)));
}
