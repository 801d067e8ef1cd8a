// The last line of `npm test` is what CI and people read; it must count every test of both vitest runs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countTests, formatCounts } from '../../../scripts/test-report.mjs';

const dir = mkdtempSync(path.join(os.tmpdir(), 'afterboard-report-'));

function report(name: string, body: object): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(body));
  return file;
}

const test = (status: string) => ({ status });

describe('test report totals', () => {
  it('adds up passed, failed and skipped tests over both runs', () => {
    const unit = report('unit.json', {
      numPassedTests: 10,
      numFailedTests: 1,
      numPendingTests: 2,
      numTodoTests: 1,
      testResults: [{ status: 'failed', assertionResults: [test('passed'), test('failed')] }],
    });
    const e2e = report('e2e.json', { numPassedTests: 5, numFailedTests: 0, testResults: [] });

    expect(countTests([unit, e2e])).toEqual({ passed: 15, failed: 1, skipped: 3 });
  });

  it('counts a test file that failed before any test ran as one failure', () => {
    const broken = report('broken.json', {
      numPassedTests: 3,
      numFailedTests: 0,
      testResults: [
        { status: 'failed', assertionResults: [] },
        { status: 'passed', assertionResults: [test('passed')] },
      ],
    });

    expect(countTests([broken]).failed).toBe(1);
  });

  it('counts nothing for a run that did not happen', () => {
    expect(countTests([path.join(dir, 'missing.json')])).toEqual({ passed: 0, failed: 0, skipped: 0 });
  });

  it('prints the plain summary line, naming skipped tests only when there are some', () => {
    expect(formatCounts({ passed: 12, failed: 0, skipped: 0 })).toBe('12 passed, 0 failed');
    expect(formatCounts({ passed: 12, failed: 1, skipped: 2 })).toBe('12 passed, 1 failed, 2 skipped');
  });
});
