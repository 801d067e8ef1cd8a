import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  DomainError,
  addCardLabel,
  archiveCard,
  archiveLabel,
  archiveStatus,
  createLabel,
  removeCardLabel,
  renameStatus,
  cardHistory,
  cardsInStatus,
  columnKeys,
  createCard,
  createStatus,
  createUndo,
  moveCard,
  readHistory,
  readSpace,
  updateCard,
  type DomainUndo,
} from '../../../src/domain/index.ts';
import { T0, ctxOf, expectRefused, freshSpace, statusIds } from './helpers.ts';

/** Exchanges what each replica lacks. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote');
}

const ctx = ctxOf('alice', T0);
let undo: DomainUndo | undefined;
afterEach(() => undo?.destroy());

describe('undo and redo', () => {
  it('undoes and redoes a move, appending compensating events and keeping every earlier one', () => {
    const doc = freshSpace();
    const [todo, doing] = statusIds(doc);
    const card = createCard(doc, { statusId: todo!, title: 'Noisy pump' }, ctx);
    undo = createUndo(doc, ctxOf('alice', T0 + 10));
    moveCard(doc, { cardId: card, toStatusId: doing! }, ctx);
    const afterMove = readHistory(doc);

    expect(undo.undo()).toBe(true);
    expect(readSpace(doc).cards[card]!.pos.statusId).toBe(todo);
    const afterUndo = readHistory(doc);
    expect(afterUndo.slice(0, afterMove.length)).toEqual(afterMove);
    expect(afterUndo.slice(afterMove.length).map(({ id: _id, ...e }) => e)).toEqual([
      { card, type: 'moved', toStatusId: todo, at: T0 + 10, by: 'alice' },
    ]);

    expect(undo.redo()).toBe(true);
    expect(readSpace(doc).cards[card]!.pos.statusId).toBe(doing);
    expect(cardHistory(doc, card).map((e) => (e.type === 'moved' ? e.toStatusId : e.type))).toEqual([
      'created',
      doing,
      todo,
      doing,
    ]);
    expect(undo.canRedo()).toBe(false);
    expect(columnKeys(doc, doing!).map((c) => c.id)).toEqual([card]);
    expect(columnKeys(doc, todo!)).toEqual([]);
  });

  it('undoes one edit per step and records the restored values', () => {
    const doc = freshSpace();
    const card = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Noisy pump' }, ctx);
    undo = createUndo(doc, ctx);
    updateCard(doc, { cardId: card, title: 'Pump replaced', due: T0 + 5 }, ctx);
    updateCard(doc, { cardId: card, notes: 'done' }, ctx);
    undo.undo();
    expect(readSpace(doc).cards[card]).toMatchObject({ title: 'Pump replaced', due: T0 + 5, notes: '' });
    undo.undo();
    expect(readSpace(doc).cards[card]).toMatchObject({ title: 'Noisy pump', due: null });
    expect(undo.canUndo()).toBe(false);
    expect(undo.undo()).toBe(false);
    const types = cardHistory(doc, card).map((e) => e.type);
    expect(types).toEqual(['created', 'titled', 'dated', 'noted', 'noted', 'titled', 'dated']);
  });

  it("never undoes a peer's edit", () => {
    const doc = freshSpace();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const card = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Noisy pump' }, ctx);
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    undo = createUndo(doc, ctx);
    updateCard(peer, { cardId: card, title: 'From the peer' }, ctxOf('bob'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    expect(undo.canUndo()).toBe(false);
    expect(readSpace(doc).cards[card]!.title).toBe('From the peer');
  });

  it('archives an undone card creation instead of deleting it, and restores it on redo', () => {
    const doc = freshSpace();
    undo = createUndo(doc, ctx);
    const card = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Oops' }, ctx);
    expect(undo.undo()).toBe(true);
    expect(readSpace(doc).cards[card]).toMatchObject({ title: 'Oops', archived: true });
    expect(cardsInStatus(doc, statusIds(doc)[0]!)).toEqual([]);
    undo.redo();
    expect(readSpace(doc).cards[card]).toMatchObject({ title: 'Oops', archived: false });
    // Told apart from archiving by hand: the history says the creation was taken back, then redone.
    expect(
      cardHistory(doc, card).map((e) => (e.type === 'archived' ? [e.archived, e.creation] : e.type)),
    ).toEqual(['created', [true, true], [false, true]]);
    archiveCard(doc, { cardId: card, archived: true }, ctx);
    undo.undo();
    expect(
      cardHistory(doc, card)
        .slice(3)
        .map((e) => (e.type === 'archived' ? [e.archived, e.creation] : e.type)),
    ).toEqual([
      [true, undefined],
      [false, undefined],
    ]);
  });

  it("keeps a peer's edit of a card whose creation is undone", () => {
    const doc = freshSpace();
    const peer = new Y.Doc();
    undo = createUndo(doc, ctx);
    const card = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Noisy pump' }, ctx);
    sync(doc, peer);
    updateCard(peer, { cardId: card, notes: 'Customer called twice' }, ctxOf('bob'));
    sync(doc, peer);
    expect(undo.undo()).toBe(true);
    sync(doc, peer);
    for (const replica of [doc, peer]) {
      expect(readSpace(replica).cards[card]).toMatchObject({
        notes: 'Customer called twice',
        archived: true,
      });
    }
  });

  it('reverts a field only while it still holds what the operation wrote', () => {
    const doc = freshSpace();
    const peer = new Y.Doc();
    const card = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Noisy pump' }, ctx);
    undo = createUndo(doc, ctx);
    updateCard(doc, { cardId: card, title: 'Pump replaced', due: T0 }, ctx);
    sync(doc, peer);
    updateCard(peer, { cardId: card, title: 'Pump replaced, invoiced' }, ctxOf('bob'));
    sync(doc, peer);
    expect(undo.undo()).toBe(true);
    expect(readSpace(doc).cards[card]).toMatchObject({ title: 'Pump replaced, invoiced', due: null });
  });

  it('archives an undone label creation, so cards carrying it never point at a missing label', () => {
    const doc = freshSpace();
    const peer = new Y.Doc();
    const card = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Noisy pump' }, ctx);
    undo = createUndo(doc, ctx);
    const label = createLabel(doc, { name: 'Express', color: '#d64545' }, ctx);
    sync(doc, peer);
    addCardLabel(peer, { cardId: card, labelId: label }, ctxOf('bob'));
    sync(doc, peer);
    expect(undo.undo()).toBe(true);
    const space = readSpace(doc);
    expect(space.labels[label]).toMatchObject({ archived: true });
    for (const each of Object.values(space.cards)) {
      for (const id of each.labels) expect(space.labels[id]).toBeDefined();
    }
    expect(space.cards[card]!.labels).toEqual([label]);
  });

  it('refuses to undo a move back into a status a peer archived since, and drops that step', () => {
    const doc = freshSpace();
    const peer = new Y.Doc();
    const [todo, doing] = statusIds(doc);
    const card = createCard(doc, { statusId: todo!, title: 'Noisy pump' }, ctx);
    undo = createUndo(doc, ctx);
    updateCard(doc, { cardId: card, notes: 'checked' }, ctx);
    moveCard(doc, { cardId: card, toStatusId: doing! }, ctx);
    sync(doc, peer);
    archiveStatus(peer, { statusId: todo!, archived: true }, ctxOf('bob'));
    sync(doc, peer);
    expectRefused(doc, 'status_archived', () => undo!.undo());
    expect(readSpace(doc).cards[card]!.pos.statusId).toBe(doing);
    expect(undo.canUndo()).toBe(true);
    expect(undo.undo()).toBe(true);
    expect(readSpace(doc).cards[card]).toMatchObject({ notes: '', pos: { statusId: doing } });
    expect(undo.canUndo()).toBe(false);
  });

  it('refuses to redo a status archiving once the status holds a card or is the last one', () => {
    const doc = freshSpace();
    const peer = new Y.Doc();
    const [todo, doing, done] = statusIds(doc);
    undo = createUndo(doc, ctx);
    archiveStatus(doc, { statusId: doing!, archived: true }, ctx);
    undo.undo();
    sync(doc, peer);
    createCard(peer, { statusId: doing!, title: 'Peer card' }, ctxOf('bob'));
    sync(doc, peer);
    expectRefused(doc, 'status_not_empty', () => undo!.redo());
    expect(undo.canRedo()).toBe(false);

    archiveStatus(doc, { statusId: todo!, archived: true }, ctx);
    undo.undo();
    sync(doc, peer);
    archiveStatus(peer, { statusId: done!, archived: true }, ctxOf('bob'));
    const emptyDoing = cardsInStatus(peer, doing!)[0]!.id;
    archiveCard(peer, { cardId: emptyDoing, archived: true }, ctxOf('bob'));
    archiveStatus(peer, { statusId: doing!, archived: true }, ctxOf('bob'));
    sync(doc, peer);
    expectRefused(doc, 'last_status', () => undo!.redo());
  });

  it('refuses to undo a label removal once the label is archived', () => {
    const doc = freshSpace();
    const label = createLabel(doc, { name: 'Express', color: '#d64545' }, ctx);
    const card = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Pump', labels: [label] }, ctx);
    undo = createUndo(doc, ctx);
    removeCardLabel(doc, { cardId: card, labelId: label }, ctx);
    const peer = new Y.Doc();
    sync(doc, peer);
    archiveLabel(peer, { labelId: label, archived: true }, ctxOf('bob'));
    sync(doc, peer);
    expectRefused(doc, 'label_archived', () => undo!.undo());
    expect(readSpace(doc).cards[card]!.labels).toEqual([]);
  });

  it("attributes compensating events to the undone operation's author without a context", () => {
    const doc = freshSpace();
    const card = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Pump' }, ctx);
    undo = createUndo(doc);
    updateCard(doc, { cardId: card, title: 'Valve' }, ctxOf('carol'));
    undo.undo();
    expect(cardHistory(doc, card).at(-1)).toMatchObject({ type: 'titled', title: 'Pump', by: 'carol' });
  });

  it('notifies subscribers and stops recording once destroyed', () => {
    const doc = freshSpace();
    const local = createUndo(doc, ctx);
    let calls = 0;
    const unsubscribe = local.subscribe(() => calls++);
    createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Pump' }, ctx);
    local.undo();
    expect(calls).toBe(2);
    unsubscribe();
    local.destroy();
    createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Valve' }, ctx);
    expect(local.canUndo()).toBe(false);
    expect(calls).toBe(2);
  });

  it('refuses to undo a status creation while a peer has put a card in it', () => {
    const doc = freshSpace();
    const peer = new Y.Doc();
    undo = createUndo(doc, ctx);
    const status = createStatus(doc, { name: 'Review', role: 'in_progress' }, ctx);
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    createCard(peer, { statusId: status, title: 'Peer card' }, ctxOf('bob'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => undo!.undo()).toThrow(DomainError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(cardsInStatus(doc, status)).toHaveLength(1);
  });

  it('undoes status operations without touching history', () => {
    const doc = freshSpace();
    const [, doing] = statusIds(doc);
    undo = createUndo(doc, ctx);
    archiveStatus(doc, { statusId: doing!, archived: true }, ctx);
    undo.undo();
    expect(readSpace(doc).statuses[doing!]!.archived).toBe(false);
    expect(readHistory(doc)).toEqual([]);
  });

  describe("a card's dates", () => {
    /** A card with start 30 and due 40 on two synced replicas, Alice's undo recording from here on. */
    function datedCard() {
      const alice = freshSpace();
      const bob = new Y.Doc();
      const card = createCard(
        alice,
        { statusId: statusIds(alice)[0]!, title: 'Pump', start: 30, due: 40 },
        ctx,
      );
      sync(alice, bob);
      undo = createUndo(alice, ctx);
      return { alice, bob, card, dates: () => readSpace(alice).cards[card]! };
    }

    it('reverts neither date once a colleague changed one of those the step set', () => {
      const { alice, bob, card, dates } = datedCard();
      updateCard(alice, { cardId: card, title: 'Pump replaced', start: 10, due: 20 }, ctx);
      sync(alice, bob);
      updateCard(bob, { cardId: card, due: 15 }, ctxOf('bob'));
      sync(alice, bob);
      expect(undo!.undo()).toBe(true);
      // The title still held what the step wrote; the dates are Bob's pair now.
      expect(dates()).toMatchObject({ title: 'Pump', start: 10, due: 15 });
      expect(undo!.redo()).toBe(true);
      expect(dates()).toMatchObject({ title: 'Pump replaced', start: 10, due: 15 });
    });

    it('refuses a step that would put the start after a due date changed since', () => {
      const { alice, bob, card, dates } = datedCard();
      updateCard(alice, { cardId: card, start: 10 }, ctx);
      sync(alice, bob);
      updateCard(bob, { cardId: card, due: 20 }, ctxOf('bob'));
      sync(alice, bob);
      const refused = expectRefused(alice, 'invalid_dates', () => undo!.undo());
      expect(refused).toBeInstanceOf(DomainError);
      expect(undo!.canUndo()).toBe(false);
      expect(dates()).toMatchObject({ start: 10, due: 20 });
    });

    it('still undoes a title edit of a card whose dates concurrent edits left inverted', () => {
      const { alice, bob, card, dates } = datedCard();
      updateCard(alice, { cardId: card, start: 35 }, ctx);
      updateCard(bob, { cardId: card, due: 32 }, ctxOf('bob'));
      sync(alice, bob);
      expect(dates()).toMatchObject({ start: 35, due: 32 });
      updateCard(alice, { cardId: card, title: 'Pump replaced' }, ctx);
      expect(undo!.undo()).toBe(true);
      expect(dates()).toMatchObject({ title: 'Pump', start: 35, due: 32 });
    });
  });

  it('refuses to give a column or label back a name someone else has taken since, writing nothing', () => {
    const doc = freshSpace();
    const peer = new Y.Doc();
    const steps = createUndo(doc, ctx);
    undo = steps;
    const [, doing] = statusIds(doc);
    renameStatus(doc, { statusId: doing!, name: 'In repair' }, ctx);
    sync(doc, peer);
    createStatus(peer, { name: 'doing', role: 'in_progress' }, ctxOf('bob'));
    sync(doc, peer);
    const refused = expectRefused(doc, 'duplicate_status', () => steps.undo());
    expect(refused.message).toBe('This space has a column named “doing” since.');
    expect(readSpace(doc).statuses[doing!]!.name).toBe('In repair');

    const express = createLabel(doc, { name: 'Express', color: '#3b73d1' }, ctx);
    archiveLabel(doc, { labelId: express, archived: true }, ctx);
    createLabel(peer, { name: 'EXPRESS', color: '#d64545' }, ctxOf('bob'));
    sync(doc, peer);
    expectRefused(doc, 'duplicate_label', () => steps.undo());
    expect(readSpace(doc).labels[express]!.archived).toBe(true);
  });
});
