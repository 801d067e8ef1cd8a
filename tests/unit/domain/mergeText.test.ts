import { describe, expect, it } from 'vitest';
import { mergeText } from '../../../src/domain/text/mergeText.ts';

describe('merging two changes of the same text', () => {
  it('keeps both when they touch different lines or words, with the blanks as they were', () => {
    expect(
      mergeText(
        'Seal worn\nPart ordered',
        'Call back\nSeal worn\nPart ordered',
        'Seal worn\nPart ordered\n\nArrived',
      ),
    ).toBe('Call back\nSeal worn\nPart ordered\n\nArrived');
    expect(mergeText('Pump  leaks', 'Pump  leaks badly', 'Valve  leaks')).toBe('Valve  leaks badly');
  });

  it('gives null where both changed the same words differently, or both wrote into an empty text', () => {
    expect(mergeText('Seal worn', 'Seal cracked', 'Seal torn')).toBeNull();
    expect(mergeText('', 'My version', 'Their version')).toBeNull();
  });

  it('keeps lines both added at the same place, theirs first, with or without a last line break', () => {
    expect(
      mergeText(
        'Seal worn\nPart ordered',
        'Seal worn\nPart ordered\nCalled back',
        'Seal worn\nPart ordered\nPart arrived',
      ),
    ).toBe('Seal worn\nPart ordered\nPart arrived\nCalled back');
    expect(mergeText('Seal worn\n', 'Seal worn\nCalled back\n', 'Seal worn\nPart arrived\n')).toBe(
      'Seal worn\nPart arrived\nCalled back\n',
    );
  });

  it('merges long notes line by line quickly, and gives up on a long region both changed', () => {
    const paragraph = (n: number) =>
      `Visit ${n}: the technician checked the door seal and the pump, ${'and more words '.repeat(8)}\n`;
    const base = Array.from({ length: 600 }, (_, n) => paragraph(n)).join('');
    const mine = `Summary first\n${base}`;
    const theirs = `${base}Closing remark\n`;
    const started = performance.now();
    expect(mergeText(base, mine, theirs)).toBe(`Summary first\n${base}Closing remark\n`);
    expect(performance.now() - started).toBeLessThan(2000);
    const line = 'word '.repeat(2000);
    expect(mergeText(line, `start ${line}`, `${line}end`)).toBeNull();
  });

  it('takes the one change when only one side changed, or both made the same one', () => {
    expect(mergeText('Seal worn', 'Seal worn', 'Seal torn')).toBe('Seal torn');
    expect(mergeText('Seal worn', 'Seal cracked', 'Seal worn')).toBe('Seal cracked');
    expect(mergeText('Seal worn', 'Seal cracked', 'Seal cracked')).toBe('Seal cracked');
    expect(mergeText('a b c d', 'a X c d', 'a X c Y')).toBe('a X c Y');
  });
});
