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

/** A space with one card whose notes are three lines, and a second replica of it. */
function twoReplicas() {
  const doc = freshSpace();
  const cardId = createCard(
    doc,
    { statusId: statusIds(doc)[0]!, title: 'Pump leaks', notes: 'Line one\nLine two\nLine three' },
    alice,
  );
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

  it('undoes and redoes an edit of the notes, but not over a colleague’s later edit', () => {
    const { doc, peer, cardId } = twoReplicas();
    undo = createUndo(doc, ctxOf('alice', T0 + 10));
    updateCard(doc, { cardId, notes: 'Line one\nLine 2\nLine three' }, alice);
    expect(undo.undo()).toBe(true);
    expect(notesOf(doc, cardId)).toBe('Line one\nLine two\nLine three');
    expect(undo.redo()).toBe(true);
    expect(notesOf(doc, cardId)).toBe('Line one\nLine 2\nLine three');

    // A colleague edits the notes afterwards: undo leaves their text alone.
    sync(doc, peer);
    updateCard(peer, { cardId, notes: 'Line one\nLine 2\nLine three\nBob: done' }, bob);
    sync(doc, peer);
    undo.undo();
    expect(notesOf(doc, cardId)).toBe('Line one\nLine 2\nLine three\nBob: done');
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
});
