import { describe, expect, it } from 'vitest';
import {
  feedKeyOfDragId,
  inboxDragId,
  sectionDrop,
  sectionPlace,
} from '../../../../src/ui/myspace/sectionDrop';
import { columnDropId } from '../../../../src/ui/views/kanban/preview';

const sections: Record<string, string[]> = { s1: ['a', 'b', 'c'], s2: ['x', 'y'], s3: [] };
const ids = (sectionId: string) => sections[sectionId] ?? [];
const sectionOf = (id: string) =>
  Object.keys(sections).find((sectionId) => sections[sectionId]!.includes(id)) ?? null;
const drop = (active: string, over: string | null) => sectionDrop(active, over, ids, sectionOf);

describe('a drop on the MySpace sections board', () => {
  it('reorders within a section as a sortable list does', () => {
    expect(drop('a', 'c')).toEqual({ sectionId: 's1', afterId: 'c' });
    expect(drop('c', 'a')).toEqual({ sectionId: 's1', afterId: null });
    expect(drop('c', 'b')).toEqual({ sectionId: 's1', afterId: 'a' });
  });

  it('takes the place of the card it is dropped on in another section', () => {
    expect(drop('a', 'y')).toEqual({ sectionId: 's2', afterId: 'x' });
    expect(drop('a', 'x')).toEqual({ sectionId: 's2', afterId: null });
  });

  it('goes to the end of a section dropped on its empty space, or first in an empty one', () => {
    expect(drop('a', columnDropId('s2'))).toEqual({ sectionId: 's2', afterId: 'y' });
    expect(drop('a', columnDropId('s1'))).toEqual({ sectionId: 's1', afterId: 'c' });
    expect(drop('b', columnDropId('s3'))).toEqual({ sectionId: 's3', afterId: null });
  });

  it('tells the place a drop leaves the card at, for the announcements, also where it stays', () => {
    const place = (active: string, over: string | null) => {
      const found = sectionPlace(active, over, ids, sectionOf);
      return found && `${found.index + 1} of ${found.order.length} in ${found.sectionId}`;
    };
    expect(place('b', 'b')).toBe('2 of 3 in s1');
    expect(place('a', 'y')).toBe('2 of 3 in s2');
    expect(place('a', columnDropId('s1'))).toBe('3 of 3 in s1');
    expect(place(inboxDragId('rma:pump'), columnDropId('s3'))).toBe('1 of 1 in s3');
    expect(place('a', null)).toBeNull();
  });

  it('changes nothing when the card stays where it was or lands nowhere', () => {
    expect(drop('b', 'b')).toBeNull();
    expect(drop('c', columnDropId('s1'))).toBeNull();
    expect(drop('a', null)).toBeNull();
    expect(drop('a', 'unknown')).toBeNull();
  });

  it('places an inbox card like a mirror from elsewhere', () => {
    const inbox = inboxDragId('rma:c7');
    expect(feedKeyOfDragId(inbox)).toBe('rma:c7');
    expect(feedKeyOfDragId('a')).toBeNull();
    expect(drop(inbox, 'b')).toEqual({ sectionId: 's1', afterId: 'a' });
    expect(drop(inbox, columnDropId('s3'))).toEqual({ sectionId: 's3', afterId: null });
  });
});
