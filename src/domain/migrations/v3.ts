/**
 * Version 3 makes every card's notes a `Y.Text` (see `records/cardNotes.ts`), so that notes two people
 * edit, at once or offline, merge instead of one text replacing the other. The text is made here, once per
 * card with the notes it had, rather than by a first edit: two people editing an old card's notes at once
 * would each make one, and the text kept would drop the other's edit. Two replicas upgrading at once each
 * make a text with the same words, and keeping either loses nothing — unless someone edits the notes
 * through the text that then loses, in the moment before the other upgrade arrives: possible only where
 * two server processes load the same old space at once. `updateCard` refuses notes in a copy not upgraded
 * yet (`card_not_upgraded`); in an upgraded space, a string written since by a page of an older version
 * still open becomes a text at the next edit (`records/cardNotes.ts`).
 */
import * as Y from 'yjs';
import type { Migration } from './types.ts';

export const SPACE_V3: Migration = {
  version: 3,
  description: 'card notes become a Y.Text that merges concurrent edits',
  up(doc) {
    for (const card of doc.getMap('cards').values()) {
      if (!(card instanceof Y.Map)) continue;
      const notes = card.get('notes');
      if (!(notes instanceof Y.Text)) card.set('notes', new Y.Text(typeof notes === 'string' ? notes : ''));
    }
  },
};
