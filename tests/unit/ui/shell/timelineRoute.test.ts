import { describe, expect, it } from 'vitest';
import { parseRoute, timelinePath } from '../../../../src/ui/shell/route.ts';
import { SPACE_PATH } from '../../../../src/ui/shell/routePattern.ts';

describe('the timeline route', () => {
  it('reads a space timeline from its path, offline too', () => {
    expect(timelinePath('s1')).toBe('/space/s1/timeline');
    expect(parseRoute(timelinePath('s1'))).toEqual({
      name: 'space',
      spaceId: 's1',
      cardId: null,
      view: 'timeline',
    });
    expect(parseRoute('/space/s1/timeline/')).toMatchObject({ view: 'timeline' });
    expect(SPACE_PATH.test('/space/s1/timeline')).toBe(true);
    for (const path of ['/space/s1/timelines', '/space/s1/card/c1/timeline']) {
      expect(parseRoute(path).name).toBe('not-found');
    }
  });
});
