import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/analytics/csv/rfc4180.ts';
import { writeCsv } from '../../../src/analytics/csv/writeCsv.ts';

describe('writeCsv', () => {
  it('quotes only the fields that need it, and reads back as written', () => {
    const rows = [
      ['Card', 'Cycle time (days)'],
      ['Claim "4711", leaking', 2.5],
      ['Two\nlines', -0.5],
    ];
    const text = writeCsv(rows);
    expect(text).toBe('Card,Cycle time (days)\r\n"Claim ""4711"", leaking",2.5\r\n"Two\nlines",-0.5\r\n');
    expect(readCsv(text).map((record) => record.fields)).toEqual(rows.map((row) => row.map(String)));
  });

  it('keeps a title that looks like a formula from running in a spreadsheet', () => {
    expect(writeCsv([['=HYPERLINK("x")', '@SUM(A1)', '-1', 3]])).toBe(
      `"'=HYPERLINK(""x"")",'@SUM(A1),'-1,3\r\n`,
    );
  });
});
