import { describe, expect, it } from 'vitest';
import { DAY_MS, zoneDays } from '../../../src/analytics/zoneDays.ts';

/** The slow reference: the local date of an instant, formatted by `Intl` (en-CA writes YYYY-MM-DD). */
function localDays(timeZone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (ms) => Date.parse(`${format.format(ms)}T00:00Z`) / DAY_MS;
}

describe('day starts cached per zone', () => {
  it('buckets instants around DST changes as Intl does, in several zones', () => {
    const zones = [
      'Europe/Berlin',
      'America/Santiago',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
    ];
    for (const timeZone of zones) {
      const days = zoneDays(timeZone)!;
      const reference = localDays(timeZone);
      const wrong: string[] = [];
      // Two years, every 31 minutes, so both sides of every change and of every midnight are seen.
      for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2026, 0, 1); ms += 31 * 60_000) {
        if (days.dayOf(ms) !== reference(ms)) wrong.push(new Date(ms).toISOString());
      }
      expect(wrong, timeZone).toEqual([]);
    }
  });

  it('shares one cache across spellings of a zone and refuses unknown zones', () => {
    expect(zoneDays('Europe/Berlin')).toBe(zoneDays('Europe/Berlin'));
    const lower = zoneDays('europe/berlin');
    expect(lower).not.toBeNull();
    expect(lower!.dayStart(20_000)).toBe(zoneDays('Europe/Berlin')!.dayStart(20_000));
    expect(zoneDays('Mars/Olympus')).toBeNull();
  });
});
