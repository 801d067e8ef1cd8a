import { describe, expect, it } from 'vitest';
import { findMentions, splitMentions } from '../../../../src/ui/card/mentions';

const people = { u1: 'Ann', u2: 'Ann Lee', u3: 'Bob (Field)', u4: 'Zoë' };

describe('mentions', () => {
  it('finds the people named after an @, longest name first, ignoring case', () => {
    expect(findMentions('@ann lee and @Ann, cc @Bob (Field).', people)).toEqual(['u1', 'u2', 'u3']);
    expect(findMentions('@Zoë!', people)).toEqual(['u4']);
  });

  it('needs the name to end where a word ends, and an @ before it', () => {
    expect(findMentions('@Annabel, Ann Lee, mail@Annex', people)).toEqual([]);
  });

  it('cuts text into plain runs and the mentions of the people stored with the comment', () => {
    expect(splitMentions('Hi @Ann Lee and @Ann!', ['u2'], people)).toEqual([
      { text: 'Hi ' },
      { text: '@Ann Lee', userId: 'u2' },
      { text: ' and @Ann!' },
    ]);
    expect(splitMentions('No one', [], people)).toEqual([{ text: 'No one' }]);
  });

  it('takes a name typed without its accents, and shows the mention as it was typed', () => {
    const team = { t: 'Tomás García', s: 'Jörg Straße' };
    expect(findMentions('@tomas garcia, @Jorg Straße', team)).toEqual(['s', 't']);
    // ß typed as ss, and an accent typed as a letter and a combining mark, find the same people.
    expect(findMentions('@Jorg Strasse', team)).toEqual(['s']);
    expect(findMentions('@Toma\u0301s Garci\u0301a', team)).toEqual(['t']);
    expect(splitMentions('Hi @JÖRG STRASSE and @Toma\u0301s Garci\u0301a.', ['s', 't'], team)).toEqual([
      { text: 'Hi ' },
      { text: '@JÖRG STRASSE', userId: 's' },
      { text: ' and ' },
      { text: '@Toma\u0301s Garci\u0301a', userId: 't' },
      { text: '.' },
    ]);
    expect(splitMentions('Straße: @Tomas Garcia!', ['t'], team)).toEqual([
      { text: 'Straße: ' },
      { text: '@Tomas Garcia', userId: 't' },
      { text: '!' },
    ]);
  });
});
