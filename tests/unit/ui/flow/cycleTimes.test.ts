// The cycle-time dots are the cards the percentiles are taken from: those done on a day of the window.
import { describe, expect, it } from 'vitest';
import { computeFlow } from '../../../../src/analytics/index.ts';
import { cycleTimePoints } from '../../../../src/ui/views/flow/cycleTimes';
import { board, t } from '../../analytics/helpers.ts';

const input = board({
  a: [
    ['doing', '2026-03-02T09:00Z'],
    ['done', '2026-03-03T09:00Z'],
  ],
  b: [
    ['doing', '2026-03-02T09:00Z'],
    ['done', '2026-03-05T21:00Z'],
  ],
});

describe('cycle-time points', () => {
  it('lists only the cards done in the window, in the window’s time zone', () => {
    const all = computeFlow(input, { asOf: t('2026-03-06T12:00Z') });
    expect(cycleTimePoints(all, String).map((point) => point.cardId)).toEqual(['a', 'b']);

    const late = computeFlow(input, { asOf: t('2026-03-06T12:00Z'), from: '2026-03-04' });
    expect(cycleTimePoints(late, String).map((point) => point.cardId)).toEqual(['b']);
    expect(late.cycle.count).toBe(1);

    // 21:00 UTC on the 5th is already the 6th in Tokyo, past a window that ends on the 5th there.
    const tokyo = computeFlow(input, {
      asOf: t('2026-03-06T12:00Z'),
      to: '2026-03-05',
      timeZone: 'Asia/Tokyo',
    });
    expect(cycleTimePoints(tokyo, String).map((point) => point.cardId)).toEqual(['a']);
    expect(tokyo.cycle.count).toBe(1);
  });
});
