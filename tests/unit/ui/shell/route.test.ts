import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_PAGE,
  calendarPath,
  cardPath,
  flowPath,
  MYSPACE_PAGE,
  mySpaceCardPath,
  parseRoute,
  spacePath,
  viewPath,
} from '../../../../src/ui/shell/route.ts';
import { MYSPACE_PATH, SPACE_PATH } from '../../../../src/ui/shell/routePattern.ts';

describe('routes', () => {
  it('reads a space, its flow view and a card panel from the path', () => {
    expect(parseRoute(spacePath('s1'))).toEqual({
      name: 'space',
      spaceId: 's1',
      cardId: null,
      view: 'board',
    });
    expect(parseRoute(flowPath('s1'))).toEqual({ name: 'space', spaceId: 's1', cardId: null, view: 'flow' });
    expect(parseRoute(cardPath('s1', 'c1'))).toEqual({
      name: 'space',
      spaceId: 's1',
      cardId: 'c1',
      view: 'board',
    });
    expect(parseRoute('/space/s1/flow/')).toMatchObject({ view: 'flow' });
    expect(parseRoute(calendarPath('s1'))).toEqual({
      name: 'space',
      spaceId: 's1',
      cardId: null,
      view: 'calendar',
    });
  });

  it('reads the activity page', () => {
    expect(parseRoute(ACTIVITY_PAGE)).toEqual({ name: 'activity' });
    expect(parseRoute('/activity/')).toEqual({ name: 'activity' });
    expect(parseRoute('/activity/all').name).toBe('not-found');
  });

  it('reads MySpace and a mirrored card panel over it', () => {
    expect(parseRoute(MYSPACE_PAGE)).toEqual({ name: 'myspace', card: null });
    expect(parseRoute('/myspace/')).toEqual({ name: 'myspace', card: null });
    expect(parseRoute(mySpaceCardPath('s1', 'c1'))).toEqual({
      name: 'myspace',
      card: { spaceId: 's1', cardId: 'c1' },
    });
    for (const path of ['/myspace/card/s1', '/myspace/s1', '/myspaces']) {
      expect(MYSPACE_PATH.test(path)).toBe(false);
      expect(parseRoute(path).name).toBe('not-found');
    }
  });

  it('answers every such path offline and no other', () => {
    for (const path of [
      '/space/s1',
      '/space/s1/',
      '/space/s1/flow',
      '/space/s1/calendar',
      '/space/s1/card/c1',
      '/space/s1/calendar/card/c1',
      '/space/s1/flow/card/c1',
    ]) {
      expect(SPACE_PATH.test(path)).toBe(true);
    }
    for (const path of ['/space/s1/flows', '/space/s1/card/c1/flow', '/space/s1/board/card/c1', '/space']) {
      expect(SPACE_PATH.test(path)).toBe(false);
      expect(parseRoute(path).name).toBe('not-found');
    }
  });

  it('opens a card over the view it was opened from, and closes back to that view', () => {
    expect(cardPath('s1', 'c1')).toBe('/space/s1/card/c1');
    for (const view of ['flow', 'calendar', 'timeline'] as const) {
      const path = cardPath('s1', 'c1', view);
      expect(path).toBe(`/space/s1/${view}/card/c1`);
      expect(parseRoute(path)).toEqual({ name: 'space', spaceId: 's1', cardId: 'c1', view });
      expect(parseRoute(viewPath('s1', view))).toEqual({ name: 'space', spaceId: 's1', cardId: null, view });
    }
    expect(viewPath('s1', 'board')).toBe('/space/s1');
  });
});
