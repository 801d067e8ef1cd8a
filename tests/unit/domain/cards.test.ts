import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  TITLE_MAX,
  addCardLabel,
  addCoworker,
  archiveCard,
  archiveStatus,
  archiveLabel,
  cardHistory,
  cardSchema,
  cardsInStatus,
  createCard,
  createLabel,
  moveCard,
  readHistory,
  readSpace,
  removeCardLabel,
  removeCoworker,
  updateCard,
} from '../../../src/domain/index.ts';
import { T0, ctxOf, expectRefused, freshSpace, statusIds } from './helpers.ts';

const ctx = ctxOf('alice', T0);
const later = ctxOf('bob', T0 + 60_000);

/** Events without their replica-specific ids. */
function events(doc: ReturnType<typeof freshSpace>, cardId: string) {
  return cardHistory(doc, cardId).map(({ id: _id, ...rest }) => rest);
}

describe('createCard', () => {
  it('creates a card at the bottom by default and at the top when asked', () => {
    const doc = freshSpace();
    const [todo] = statusIds(doc);
    const a = createCard(doc, { statusId: todo!, title: '  Noisy pump ' }, ctx);
    const b = createCard(doc, { statusId: todo!, title: 'Leaking valve' }, ctx);
    const c = createCard(doc, { statusId: todo!, title: 'Cracked housing', position: 'top' }, ctx);
    expect(cardsInStatus(doc, todo!).map((card) => card.id)).toEqual([c, a, b]);
    const card = readSpace(doc).cards[a]!;
    expect(cardSchema.parse(card)).toEqual(card);
    expect(card).toMatchObject({
      title: 'Noisy pump',
      notes: '',
      pos: { statusId: todo },
      start: null,
      due: null,
      responsible: null,
      coworkers: [],
      labels: [],
      archived: false,
      createdAt: T0,
      createdBy: 'alice',
    });
    expect(events(doc, a)).toEqual([
      { card: a, type: 'created', at: T0, by: 'alice', title: 'Noisy pump', statusId: todo },
    ]);
  });

  it('keeps creation order when several cards are created inside one outer transaction', () => {
    const doc = freshSpace();
    const [todo] = statusIds(doc);
    const ids: string[] = [];
    doc.transact(() => {
      for (const title of ['A', 'B', 'C']) ids.push(createCard(doc, { statusId: todo!, title }, ctx));
    });
    expect(cardsInStatus(doc, todo!).map((card) => card.id)).toEqual(ids);
    expect(new Set(cardsInStatus(doc, todo!).map((card) => card.pos.key)).size).toBe(3);
  });

  it('records the initial dates, people and labels as events', () => {
    const doc = freshSpace();
    const [todo] = statusIds(doc);
    const label = createLabel(doc, { name: 'Express', color: '#d64545' }, ctx);
    const id = createCard(
      doc,
      {
        statusId: todo!,
        title: 'RMA 4711',
        start: T0,
        due: T0 + 86_400_000,
        responsible: 'bob',
        coworkers: ['carol'],
        labels: [label],
      },
      ctx,
    );
    expect(readSpace(doc).cards[id]).toMatchObject({
      start: T0,
      due: T0 + 86_400_000,
      responsible: 'bob',
      coworkers: ['carol'],
      labels: [label],
    });
    expect(events(doc, id).map((event) => event.type)).toEqual([
      'created',
      'dated',
      'dated',
      'assigned',
      'coworker',
      'labelled',
    ]);
  });

  it('keeps no bidirectional controls in a title, so it shows what it says', () => {
    const doc = freshSpace();
    const [todo] = statusIds(doc);
    const id = createCard(doc, { statusId: todo!, title: 'Refund \u202Elive\u202C order' }, ctx);
    expect(readSpace(doc).cards[id]?.title).toBe('Refund live order');
    updateCard(doc, { cardId: id, title: '\u2067Pump\u2069 swap' }, ctx);
    expect(readSpace(doc).cards[id]?.title).toBe('Pump swap');
    expectRefused(doc, 'empty_title', () => updateCard(doc, { cardId: id, title: '\u202E \u202C' }, ctx));
  });

  it('refuses bad input without writing', () => {
    const doc = freshSpace();
    const [todo] = statusIds(doc);
    expectRefused(doc, 'empty_title', () => createCard(doc, { statusId: todo!, title: ' \n\t ' }, ctx));
    expectRefused(doc, 'invalid_input', () =>
      createCard(doc, { statusId: todo!, title: 'x'.repeat(TITLE_MAX + 1) }, ctx),
    );
    expectRefused(doc, 'unknown_status', () => createCard(doc, { statusId: 'nope', title: 'X' }, ctx));
    expectRefused(doc, 'unknown_label', () =>
      createCard(doc, { statusId: todo!, title: 'X', labels: ['nope'] }, ctx),
    );
    expectRefused(doc, 'invalid_dates', () =>
      createCard(doc, { statusId: todo!, title: 'X', start: T0 + 1, due: T0 }, ctx),
    );
    expectRefused(doc, 'invalid_input', () => createCard(doc, { statusId: todo!, title: 'X', due: -5 }, ctx));
    expectRefused(doc, 'invalid_input', () =>
      createCard(doc, { statusId: todo!, title: 'X', position: 'middle' as never }, ctx),
    );
    expectRefused(doc, 'invalid_input', () => createCard(doc, null as never, ctx));
  });
});

describe('updateCard', () => {
  it('writes changed fields and appends one event per changed field only', () => {
    const doc = freshSpace();
    const [todo] = statusIds(doc);
    const id = createCard(doc, { statusId: todo!, title: 'Noisy pump', responsible: 'bob' }, ctx);
    updateCard(
      doc,
      { cardId: id, title: 'Noisy pump', notes: 'Customer called twice', due: T0 + 5, responsible: 'bob' },
      later,
    );
    expect(readSpace(doc).cards[id]).toMatchObject({
      title: 'Noisy pump',
      notes: 'Customer called twice',
      due: T0 + 5,
      responsible: 'bob',
    });
    expect(events(doc, id).slice(2)).toEqual([
      { card: id, type: 'noted', at: T0 + 60_000, by: 'bob' },
      { card: id, type: 'dated', at: T0 + 60_000, by: 'bob', field: 'due', value: T0 + 5 },
    ]);
    updateCard(doc, { cardId: id, title: ' Pump replaced ', responsible: null, due: null }, later);
    expect(
      events(doc, id)
        .slice(4)
        .map((event) => event.type),
    ).toEqual(['titled', 'dated', 'assigned']);
    expect(readSpace(doc).cards[id]).toMatchObject({ title: 'Pump replaced', due: null, responsible: null });
  });

  it('writes nothing when nothing changes', () => {
    const doc = freshSpace();
    const id = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Noisy pump' }, ctx);
    const length = readHistory(doc).length;
    updateCard(doc, { cardId: id, title: 'Noisy pump ' }, ctx);
    expect(readHistory(doc)).toHaveLength(length);
  });

  it('refuses bad input without writing', () => {
    const doc = freshSpace();
    const id = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Noisy pump', due: T0 }, ctx);
    expectRefused(doc, 'unknown_card', () => updateCard(doc, { cardId: 'nope', title: 'X' }, ctx));
    expectRefused(doc, 'empty_title', () => updateCard(doc, { cardId: id, title: '' }, ctx));
    // The new start is checked against the stored due date.
    expectRefused(doc, 'invalid_dates', () => updateCard(doc, { cardId: id, start: T0 + 1 }, ctx));
    expectRefused(doc, 'invalid_input', () =>
      updateCard(doc, { cardId: id, responsible: 'not a user id' }, ctx),
    );
    archiveCard(doc, { cardId: id, archived: true }, ctx);
    expectRefused(doc, 'card_archived', () => updateCard(doc, { cardId: id, title: 'X' }, ctx));
  });

  it('checks dates only when a call changes one, so concurrently inverted dates block no other edit', () => {
    const alice = freshSpace();
    const bob = new Y.Doc();
    const id = createCard(alice, { statusId: statusIds(alice)[0]!, title: 'Pump', start: 30, due: 40 }, ctx);
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    updateCard(alice, { cardId: id, start: 35 }, ctx);
    updateCard(bob, { cardId: id, due: 32 }, ctxOf('bob'));
    Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob));
    expect(readSpace(alice).cards[id]).toMatchObject({ start: 35, due: 32 });

    // Unchanged dates passed along (a form sends every field) are not a date edit either.
    updateCard(alice, { cardId: id, title: 'Pump replaced', start: 35, due: 32 }, ctx);
    expectRefused(alice, 'invalid_dates', () => updateCard(alice, { cardId: id, due: 33 }, ctx));
    updateCard(alice, { cardId: id, due: 36 }, ctx);
    expect(readSpace(alice).cards[id]).toMatchObject({ title: 'Pump replaced', start: 35, due: 36 });
  });
});

describe('labels and co-workers on a card', () => {
  it('adds and removes with one event per actual change', () => {
    const doc = freshSpace();
    const label = createLabel(doc, { name: 'Express', color: '#d64545' }, ctx);
    const id = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Noisy pump' }, ctx);
    addCardLabel(doc, { cardId: id, labelId: label }, ctx);
    addCardLabel(doc, { cardId: id, labelId: label }, ctx);
    addCoworker(doc, { cardId: id, userId: 'carol' }, ctx);
    addCoworker(doc, { cardId: id, userId: 'bob' }, ctx);
    expect(readSpace(doc).cards[id]).toMatchObject({ labels: [label], coworkers: ['bob', 'carol'] });
    removeCardLabel(doc, { cardId: id, labelId: label }, ctx);
    removeCoworker(doc, { cardId: id, userId: 'carol' }, ctx);
    removeCoworker(doc, { cardId: id, userId: 'carol' }, ctx);
    expect(readSpace(doc).cards[id]).toMatchObject({ labels: [], coworkers: ['bob'] });
    expect(
      events(doc, id)
        .slice(1)
        .map((e) => [e.type, 'added' in e ? e.added : null]),
    ).toEqual([
      ['labelled', true],
      ['coworker', true],
      ['coworker', true],
      ['labelled', false],
      ['coworker', false],
    ]);
  });

  it('refuses unknown or archived labels and archived cards without writing', () => {
    const doc = freshSpace();
    const label = createLabel(doc, { name: 'Express', color: '#d64545' }, ctx);
    const id = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Noisy pump' }, ctx);
    expectRefused(doc, 'unknown_label', () => addCardLabel(doc, { cardId: id, labelId: 'nope' }, ctx));
    expectRefused(doc, 'unknown_label', () => removeCardLabel(doc, { cardId: id, labelId: 'nope' }, ctx));
    expectRefused(doc, 'unknown_card', () => addCoworker(doc, { cardId: 'nope', userId: 'bob' }, ctx));
    archiveLabel(doc, { labelId: label, archived: true }, ctx);
    expectRefused(doc, 'label_archived', () => addCardLabel(doc, { cardId: id, labelId: label }, ctx));
    archiveCard(doc, { cardId: id, archived: true }, ctx);
    expectRefused(doc, 'card_archived', () => addCoworker(doc, { cardId: id, userId: 'bob' }, ctx));
  });
});

describe('archiveCard', () => {
  it('hides the card from its column, records it, and restores it in place', () => {
    const doc = freshSpace();
    const [todo, doing] = statusIds(doc);
    const a = createCard(doc, { statusId: todo!, title: 'A' }, ctx);
    const b = createCard(doc, { statusId: todo!, title: 'B' }, ctx);
    archiveCard(doc, { cardId: a, archived: true }, ctx);
    archiveCard(doc, { cardId: a, archived: true }, ctx);
    expect(cardsInStatus(doc, todo!).map((c) => c.id)).toEqual([b]);
    expectRefused(doc, 'card_archived', () => moveCard(doc, { cardId: a, toStatusId: doing! }, ctx));
    archiveCard(doc, { cardId: a, archived: false }, ctx);
    expect(cardsInStatus(doc, todo!).map((c) => c.id)).toEqual([a, b]);
    expect(events(doc, a).map((e) => (e.type === 'archived' ? e.archived : e.type))).toEqual([
      'created',
      true,
      false,
    ]);
  });

  it('refuses to restore a card into a status archived meanwhile, until the status is back', () => {
    const doc = freshSpace();
    const [todo] = statusIds(doc);
    const a = createCard(doc, { statusId: todo!, title: 'A' }, ctx);
    archiveCard(doc, { cardId: a, archived: true }, ctx);
    archiveStatus(doc, { statusId: todo!, archived: true }, ctx);
    expectRefused(doc, 'status_archived', () => archiveCard(doc, { cardId: a, archived: false }, ctx));
    archiveStatus(doc, { statusId: todo!, archived: false }, ctx);
    archiveCard(doc, { cardId: a, archived: false }, ctx);
    expect(cardsInStatus(doc, todo!).map((c) => c.id)).toEqual([a]);
  });
});
