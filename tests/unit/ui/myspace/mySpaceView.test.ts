import { describe, expect, it } from 'vitest';
import { MYSPACE_VIEWS, searchOfView, viewOfSearch } from '../../../../src/ui/myspace/mySpaceView';

describe('the MySpace view in the address', () => {
  it('reads back every view it writes', () => {
    for (const view of MYSPACE_VIEWS) expect(viewOfSearch(searchOfView(view))).toBe(view);
  });

  it('shows the sections board for no view or one it does not know', () => {
    expect(viewOfSearch('')).toBe('sections');
    expect(viewOfSearch('?view=timeline')).toBe('sections');
    expect(viewOfSearch('?other=1&view=space')).toBe('space');
  });
});
