// A card's notes merge: two people editing them at once, or offline and syncing later, keep both changes.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createCard,
  createUndo,
  migrate,
  readSpace,
  SCHEMA_VERSION,
  updateCard,
  type DomainUndo,
} from '../../../src/domain/index.ts';
import { replaceText } from '../../../src/domain/records/cardNotes.ts';
import { ctxOf, expectRefused, freshSpace, statusIds, T0 } from './helpers.ts';

const alice = ctxOf('alice');
const bob = ctxOf('bob');

/** Exchanges what each replica lacks, as the server relays it once both are online. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote');
}

const notesOf = (doc: Y.Doc, cardId: string) => readSpace(doc).cards[cardId]!.notes;

/** A space with one card whose notes are `notes` (three lines), and a second replica of it. */
function twoReplicas(notes = 'Line one\nLine two\nLine three') {
  const doc = freshSpace();
  const cardId = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Pump leaks', notes }, alice);
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  return { doc, peer, cardId };
}

describe('card notes', () => {
  let undo: DomainUndo | undefined;
  afterEach(() => undo?.destroy());

  it('keeps both people’s changes made offline to different lines', () => {
    const { doc, peer, cardId } = twoReplicas();
    updateCard(doc, { cardId, notes: 'Line one (Alice: customer called)\nLine two\nLine three' }, alice);
    updateCard(peer, { cardId, notes: 'Line one\nLine two\nLine three (Bob: seal ordered)' }, bob);
    sync(doc, peer);
    const both = 'Line one (Alice: customer called)\nLine two\nLine three (Bob: seal ordered)';
    expect(notesOf(doc, cardId)).toBe(both);
    expect(notesOf(peer, cardId)).toBe(both);
  });

  it('keeps what both typed where they typed at the same place, and the same on both replicas', () => {
    const { doc, peer, cardId } = twoReplicas();
    updateCard(doc, { cardId, notes: 'Line one\nLine two\nLine three\nAlice was here' }, alice);
    updateCard(peer, { cardId, notes: 'Line one\nLine two\nLine three\nBob was here' }, bob);
    sync(doc, peer);
    const merged = notesOf(doc, cardId);
    expect(notesOf(peer, cardId)).toBe(merged);
    expect(merged).toContain('Alice was here');
    expect(merged).toContain('Bob was here');
  });

  it('keeps a colleague’s offline edit between two places one person changed in one save', () => {
    const { doc, peer, cardId } = twoReplicas('line1\nline2\nline3\nline4\nline5\n');
    updateCard(doc, { cardId, notes: 'LINE1\nline2\nline3\nline4\nLINE5\n' }, alice);
    updateCard(peer, { cardId, notes: 'line1\nline2\nthird line changed\nline4\nline5\n' }, bob);
    sync(doc, peer);
    const both = 'LINE1\nline2\nthird line changed\nline4\nLINE5\n';
    expect(notesOf(doc, cardId)).toBe(both);
    expect(notesOf(peer, cardId)).toBe(both);
  });

  it('always ends with exactly the text saved, whatever the lines and characters', () => {
    // A small deterministic generator: lines of letters, blanks, emoji and empty lines, edited at random.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['a', 'b', ' ', '😀', '😁', '\n', '\n', 'é', 'xyz'];
    const textOf = (length: number) => Array.from({ length }, () => pieces[random(pieces.length)]).join('');
    const doc = new Y.Doc();
    const text = doc.getText('t');
    for (let round = 0; round < 300; round++) {
      const next = textOf(random(40));
      replaceText(text, next);
      expect(text.toString()).toBe(next);
    }
  });

  it('edits only what differs, never splitting a character of two UTF-16 units', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'Seal 😀 ordered');
    replaceText(text, 'Seal 😁 ordered');
    expect(text.toString()).toBe('Seal 😁 ordered');
    replaceText(text, 'Seal ordered');
    expect(text.toString()).toBe('Seal ordered');
    replaceText(text, '');
    expect(text.toString()).toBe('');
    replaceText(text, 'New notes');
    expect(text.toString()).toBe('New notes');
  });

  it('undoes and redoes an edit of the notes, keeping a colleague’s later edit elsewhere in them', () => {
    const { doc, peer, cardId } = twoReplicas();
    undo = createUndo(doc, ctxOf('alice', T0 + 10));
    updateCard(doc, { cardId, notes: 'Line one\nLine 2\nLine three' }, alice);
    expect(undo.undo()).toBe(true);
    expect(notesOf(doc, cardId)).toBe('Line one\nLine two\nLine three');
    expect(undo.redo()).toBe(true);
    expect(notesOf(doc, cardId)).toBe('Line one\nLine 2\nLine three');

    // A colleague adds a line afterwards: undo takes back only Alice's own change.
    sync(doc, peer);
    updateCard(peer, { cardId, notes: 'Line one\nLine 2\nLine three\nBob: done' }, bob);
    sync(doc, peer);
    expect(undo.undo()).toBe(true);
    expect(notesOf(doc, cardId)).toBe('Line one\nLine two\nLine three\nBob: done');
    // Changed since in the very words the step changed: refused, and said so.
    expect(undo.redo()).toBe(true);
    sync(doc, peer);
    updateCard(peer, { cardId, notes: 'Line one\nLine 2, checked\nLine three\nBob: done' }, bob);
    sync(doc, peer);
    expectRefused(doc, 'changed_since', () => undo!.undo());
    expect(notesOf(doc, cardId)).toBe('Line one\nLine 2, checked\nLine three\nBob: done');
  });

  it('upgrades an older space’s notes to mergeable text with the same words', () => {
    const { doc, cardId } = twoReplicas();
    // A copy from schema 2: the notes a plain string.
    doc.transact(() => {
      (doc.getMap('cards').get(cardId) as Y.Map<unknown>).set('notes', 'Old notes');
      doc.getMap('meta').set('schemaVersion', 2);
    });
    expectRefused(doc, 'card_not_upgraded', () => updateCard(doc, { cardId, notes: 'New' }, alice));
    expect(migrate(doc, 'space')).toBe(true);
    expect(readSpace(doc).meta.schemaVersion).toBe(SCHEMA_VERSION.space);
    expect((doc.getMap('cards').get(cardId) as Y.Map<unknown>).get('notes')).toBeInstanceOf(Y.Text);
    expect(notesOf(doc, cardId)).toBe('Old notes');
    updateCard(doc, { cardId, notes: 'Old notes, and new' }, alice);
    expect(notesOf(doc, cardId)).toBe('Old notes, and new');
  });

  it('makes a text again of notes a page of an older version wrote as a string into an upgraded space', () => {
    const { doc, cardId } = twoReplicas();
    const yCard = doc.getMap('cards').get(cardId) as Y.Map<unknown>;
    doc.transact(() => yCard.set('notes', 'Written by an old page'));
    expect(notesOf(doc, cardId)).toBe('Written by an old page');
    updateCard(doc, { cardId, notes: 'Written by an old page, and edited' }, alice);
    expect(yCard.get('notes')).toBeInstanceOf(Y.Text);
    expect(notesOf(doc, cardId)).toBe('Written by an old page, and edited');
  });
});
