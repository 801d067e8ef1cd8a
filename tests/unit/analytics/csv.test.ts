import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readActionableAgile } from '../../../src/analytics/csv/actionableAgile.ts';
import { CsvError, readCsv } from '../../../src/analytics/csv/rfc4180.ts';
import { computeFlow } from '../../../src/analytics/index.ts';
import { t } from './helpers.ts';

describe('RFC 4180 reader', () => {
  it('reads quoted fields with commas, quotes and line breaks, and knows each record’s line', () => {
    const text = '\ufeffID,Name\r\n1,"a, ""b"""\r\n\r\n2,"two\nlines"\n3,\n';
    expect(readCsv(text)).toEqual([
      { line: 1, fields: ['ID', 'Name'] },
      { line: 2, fields: ['1', 'a, "b"'] },
      { line: 4, fields: ['2', 'two\nlines'] },
      { line: 6, fields: ['3', ''] },
    ]);
  });

  it('refuses malformed quoting with the line', () => {
    expect(() => readCsv('a,b\n1,"x\n')).toThrow(new CsvError(2, 'a quoted field is never closed'));
    expect(() => readCsv('a,b\n1,"x"y\n')).toThrow(/line 2: text after a closing quote/);
    expect(() => readCsv('a,b\n1,x"y\n')).toThrow(/line 2: a quote inside an unquoted field/);
  });
});

describe('ActionableAgile layout', () => {
  const csv = [
    'ID,Name,Backlog,Doing,Blocked,Done,Dropped',
    'A,First,2026-03-02,2026-03-03,,2026-03-05,',
    'B,Second,2026-03-02,,,2026-03-04 15:30,',
    'C,Third,2026-03-02,2026-03-03T10:00+01:00,,,2026-03-06',
  ].join('\n');

  it('maps stages to roles by position and --stages, and dates in the time zone', () => {
    const result = readActionableAgile(csv, {
      timeZone: 'Europe/Berlin',
      stages: { Blocked: 'information', Done: 'completed', Dropped: 'cancelled' },
    });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.stages.map((s) => s.role)).toEqual([
      'not_started',
      'in_progress',
      'information',
      'completed',
      'cancelled',
    ]);
    expect(result.input.cards[0]).toEqual({ id: 'A', createdAt: t('2026-03-01T23:00Z') });
    expect(result.input.changes.find((c) => c.cardId === 'B' && c.toStatusId === 'Done')?.at).toBe(
      t('2026-03-04T14:30Z'),
    );
    const report = computeFlow(result.input, { asOf: t('2026-03-10T12:00Z'), timeZone: 'Europe/Berlin' });
    expect(report.apart.cancelled).toEqual(['C']);
    expect(report.cards.map((c) => [c.id, c.cycle?.wholeDays, c.skipped])).toEqual([
      ['A', 3, false],
      ['B', 1, true],
    ]);
  });

  it('reports every problem with its line and gives no input', () => {
    const result = readActionableAgile(
      ['ID,Name,A,B', '1,x,2026-01-02,2026-01-01', '1,y,2026-01-02,', '2,z,02/01/2026,', '3,w', '4,v,,'].join(
        '\n',
      ),
      { stages: { Nope: 'completed' } },
    );
    expect(result).toEqual({ ok: false, problems: [{ line: 1, message: expect.stringMatching(/Nope/) }] });
    const problems = readActionableAgile(
      ['ID,Name,A,B', '1,x,2026-01-02,2026-01-01', '1,y,2026-01-02,', '2,z,02/01/2026,', '3,w', '4,v,,'].join(
        '\n',
      ),
    );
    expect(problems.ok === false && problems.problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('refuses a header that is not ID,Name,<stages>', () => {
    const result = readActionableAgile('Key,Title,A\n1,x,2026-01-01\n');
    expect(result.ok === false && result.problems.map((p) => p.message)).toEqual([
      'line 1: the header must start with ID,Name',
      'line 1: the header needs at least two stage columns after ID,Name',
    ]);
  });
});

describe('npm run flow', () => {
  const run = promisify(execFile);
  it('prints JSON for a CSV and exits 1 with line numbers for a bad one', async () => {
    const { stdout } = await run('npx', [
      'tsx',
      'scripts/flow.ts',
      'tests/fixtures/flow/repairs.csv',
      '--tz',
      'Europe/Berlin',
      '--as-of',
      '2026-03-06',
      '--when',
      '20',
      '--by',
      '2026-03-31',
      '--json',
    ]);
    const out = JSON.parse(stdout);
    expect(out.report.cards).toHaveLength(60);
    expect(out.forecast.when).toMatchObject({ ok: true, items: 20 });
    expect(out.forecast.howMany).toMatchObject({ ok: true, days: 25 });
    await expect(run('npx', ['tsx', 'scripts/flow.ts', 'package.json'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('line 2: a quote inside an unquoted field'),
    });
  });
});
