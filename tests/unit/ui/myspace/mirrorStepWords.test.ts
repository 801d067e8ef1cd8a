import { describe, expect, it } from 'vitest';
import { feedKey, type FeedEntry, type Mirror, type Section } from '../../../../src/domain/index.ts';
import { mirrorStepWords } from '../../../../src/ui/myspace/mirrorStepWords';
import { mirror, summary } from './fixtures';

const sections: Record<string, Section> = {
  s1: { id: 's1', name: 'Today', key: 'a0' },
  s2: { id: 's2', name: 'Waiting', key: 'a1' },
};
const entries: Record<string, FeedEntry> = {
  [feedKey('rma', 'pump')]: {
    state: 'live',
    reasons: ['mirrored'],
    summary: summary('rma', 'pump', { title: 'Pump seal' }),
  },
  [feedKey('rma', 'door')]: {
    state: 'live',
    reasons: ['mirrored'],
    summary: summary('rma', 'door', { title: 'Door hinge' }),
  },
};
const pump = mirror('m1', 'rma', 'pump', 's1', 'a0');
const door = mirror('m2', 'rma', 'door', 's1', 'a1');
const words = (before: Record<string, Mirror>, after: Record<string, Mirror>) =>
  mirrorStepWords(before, { mirrors: after, sections }, entries);

describe('the words of a MySpace undo step', () => {
  it('says where a moved card is now, by section and 1-based position', () => {
    const moved = { ...door, sectionId: 's2', key: 'a0' };
    expect(words({ m1: pump, m2: moved }, { m1: pump, m2: door })).toBe(
      'Door hinge is at position 2 of 2 in section Today',
    );
    expect(words({ m1: pump, m2: door }, { m1: pump, m2: moved })).toBe(
      'Door hinge is at position 1 of 1 in section Waiting',
    );
  });

  it('says a card left or came back, a change in place, several cards, or nothing', () => {
    expect(words({ m1: pump, m2: door }, { m1: pump })).toBe('Door hinge is no longer in MySpace');
    expect(words({ m1: pump }, { m1: pump, m2: door })).toBe(
      'Door hinge is at position 2 of 2 in section Today',
    );
    expect(words({ m1: pump }, { m1: { ...pump, important: true } })).toBe('a change to Pump seal');
    expect(words({ m1: pump, m2: door }, {})).toBe('changes to 2 cards in MySpace');
    const same = { m1: pump };
    expect(words(same, same)).toBeNull();
  });
});
