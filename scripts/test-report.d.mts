export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}
export function countTests(files: string[]): TestCounts;
export function formatCounts(counts: TestCounts): string;
