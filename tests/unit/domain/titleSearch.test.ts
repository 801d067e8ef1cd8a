import { describe, expect, it } from 'vitest';
import { foldForSearch, searchWords, titleRank, TITLE_ORDER } from '../../../src/domain/index.ts';

const rankOf = (title: string, query: string) => titleRank(foldForSearch(title), searchWords(query));

describe('finding cards by their titles', () => {
  it('ignores case, accents and how a letter is encoded', () => {
    expect(rankOf('Café au lait machine', 'cafe')).not.toBeNull();
    expect(rankOf('Cafe\u0301 machine (decomposed)', 'café')).not.toBeNull();
    expect(rankOf('Ölwechsel Kompressor', 'ÖL kompressor')).not.toBeNull();
    expect(rankOf('İstanbul office return', 'istanbul')).not.toBeNull();
    expect(rankOf('Hauptstraße 5, Kühlschrank', 'STRASSE kuhlschrank')).not.toBeNull();
    expect(rankOf('Hauptstrasse 5', 'straße')).not.toBeNull();
    expect(rankOf('Oven door hinge', 'cafe')).toBeNull();
  });

  it('needs every word, in any order, and ranks a title starting with the query first', () => {
    expect(rankOf('Pump housing cracked', 'pump')).toBe(0);
    expect(rankOf('Pump housing cracked', 'pump housing')).toBe(0);
    expect(rankOf('Dishwasher pump noisy', 'pump')).toBe(1);
    expect(rankOf('Sumpump drain blocked', 'pump')).toBe(2);
    expect(rankOf('Dishwasher pump noisy', 'noisy dishwasher')).toBe(1);
    expect(rankOf('Dishwasher pump noisy', 'pump kettle')).toBeNull();
  });

  it('reads a query as its distinct words, and a blank one as none', () => {
    expect(searchWords('  Pump  PUMP seal ')).toEqual(['pump', 'seal']);
    expect(searchWords('   ')).toEqual([]);
    expect(rankOf('Anything', '  ')).toBeNull();
  });

  it('orders titles with numbers by value', () => {
    expect(['RMA-10 Kettle', 'RMA-9 Kettle', 'RMA-100 Kettle'].sort(TITLE_ORDER.compare)).toEqual([
      'RMA-9 Kettle',
      'RMA-10 Kettle',
      'RMA-100 Kettle',
    ]);
  });
});
