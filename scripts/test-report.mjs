// Reads vitest JSON reports (jest-compatible shape) and totals them for the test command's last line.
import { existsSync, readFileSync } from 'node:fs';

/**
 * Totals passed, failed and skipped tests over the given report files; a missing file counts nothing.
 * A test file that failed before any of its tests ran (an import error, a failing beforeAll) has no failed
 * test in it, so it counts as one failure: otherwise a broken file would read as "0 failed".
 */
export function countTests(files) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const file of files) {
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    counts.passed += report.numPassedTests ?? 0;
    counts.failed += report.numFailedTests ?? 0;
    counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    for (const result of report.testResults ?? []) {
      const failedTests = (result.assertionResults ?? []).filter((test) => test.status === 'failed').length;
      if (result.status === 'failed' && failedTests === 0) counts.failed += 1;
    }
  }
  return counts;
}

/** `N passed, N failed`, with `, N skipped` only when something was skipped. */
export function formatCounts({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : '');
}
