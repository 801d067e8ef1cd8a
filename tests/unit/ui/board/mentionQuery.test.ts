import { describe, expect, it } from 'vitest';
import { completeMention, mentionAt, suggestPeople } from '../../../../src/ui/card/mentionQuery';

const people = { u1: 'Bob Builder', u2: 'Ada Lovelace', u3: 'Bea Bobson', u4: 'Carl Ode' };

describe('mentions while writing', () => {
  it('finds the @word before the caret, only at a word start and on one line', () => {
    expect(mentionAt('Can you look @Bo', 16)).toEqual({ start: 13, query: 'Bo' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('@Bob Bu', 7)).toEqual({ start: 0, query: 'Bob Bu' });
    expect(mentionAt('mail me at bob@example.com', 26)).toBeNull();
    expect(mentionAt('@Bob\nnext line', 14)).toBeNull();
    expect(mentionAt('no mention here', 15)).toBeNull();
    expect(mentionAt('@ Bob', 5)).toBeNull();
    expect(mentionAt('@Bob Builder ', 13)).toBeNull();
  });

  it('offers names that start with the query, then names with a later word that does', () => {
    expect(suggestPeople(people, 'bo').map((p) => p.name)).toEqual(['Bob Builder', 'Bea Bobson']);
    expect(suggestPeople(people, 'b').map((p) => p.name)).toEqual(['Bea Bobson', 'Bob Builder']);
    expect(suggestPeople(people, '').map((p) => p.name)).toEqual([
      'Ada Lovelace',
      'Bea Bobson',
      'Bob Builder',
      'Carl Ode',
    ]);
    expect(suggestPeople(people, 'zz')).toEqual([]);
  });

  it('finds names with accents from a query typed without them, and the other way round', () => {
    const team = { t: 'Tomás García', j: 'Jonas Weber' };
    expect(suggestPeople(team, 'tomas').map((p) => p.name)).toEqual(['Tomás García']);
    expect(suggestPeople(team, 'GARC').map((p) => p.name)).toEqual(['Tomás García']);
    expect(suggestPeople(team, 'Jónas').map((p) => p.name)).toEqual(['Jonas Weber']);
  });

  it('completes the mention to the full name with a space after it, never two', () => {
    expect(completeMention('Can you look @Bo', 13, 16, 'Bob Builder')).toEqual({
      text: 'Can you look @Bob Builder ',
      caret: 26,
    });
    // Inside the text the space already there follows the name; the caret goes past it.
    expect(completeMention('Can you look @Bo please', 13, 16, 'Bob Builder')).toEqual({
      text: 'Can you look @Bob Builder please',
      caret: 26,
    });
  });
});
