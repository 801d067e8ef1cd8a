import { describe, expect, it } from 'vitest';
import { mergeText } from '../../../../src/ui/card/mergeText';

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

  it('takes the one change when only one side changed, or both made the same one', () => {
    expect(mergeText('Seal worn', 'Seal worn', 'Seal torn')).toBe('Seal torn');
    expect(mergeText('Seal worn', 'Seal cracked', 'Seal worn')).toBe('Seal cracked');
    expect(mergeText('Seal worn', 'Seal cracked', 'Seal cracked')).toBe('Seal cracked');
    expect(mergeText('a b c d', 'a X c d', 'a X c Y')).toBe('a X c Y');
  });
});
