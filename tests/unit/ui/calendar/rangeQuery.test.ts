import { describe, expect, it } from 'vitest';
import { rangeOfSearch, searchWithRange } from '../../../../src/ui/views/calendar/rangeQuery';

describe("the calendar's range in the address", () => {
  it('reads back the range it writes, keeping the other parameters', () => {
    expect(searchWithRange('?view=calendar', 'week')).toBe('?view=calendar&range=week');
    expect(rangeOfSearch('?view=calendar&range=week')).toBe('week');
    expect(searchWithRange('?view=calendar&range=week', 'month')).toBe('?view=calendar');
    expect(searchWithRange('?range=week', 'month')).toBe('');
  });

  it('shows a month for no range or one it does not know', () => {
    expect(rangeOfSearch('')).toBe('month');
    expect(rangeOfSearch('?range=year')).toBe('month');
  });
});
