import { describe, expect, it } from 'vitest';
import { formatTimelineQuery, parseTimelineQuery } from '../../../../src/ui/views/timeline/timelineQuery.ts';

describe('timeline settings in the address', () => {
  it('reads zoom and grouping, falling back to week by status', () => {
    expect(parseTimelineQuery('?zoom=month&group=responsible')).toEqual({
      zoom: 'month',
      groupBy: 'responsible',
    });
    expect(parseTimelineQuery('')).toEqual({ zoom: 'week', groupBy: 'status' });
    expect(parseTimelineQuery('?zoom=year&group=label')).toEqual({ zoom: 'week', groupBy: 'status' });
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    expect(formatTimelineQuery('', { zoom: 'week', groupBy: 'status' })).toBe('');
    expect(formatTimelineQuery('?x=1&zoom=day', { zoom: 'week', groupBy: 'responsible' })).toBe(
      '?x=1&group=responsible',
    );
    const query = formatTimelineQuery('', { zoom: 'day', groupBy: 'responsible' });
    expect(parseTimelineQuery(query)).toEqual({ zoom: 'day', groupBy: 'responsible' });
  });
});
