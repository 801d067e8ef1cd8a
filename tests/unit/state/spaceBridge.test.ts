import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCardLabel,
  addRelation,
  removeRelation,
  archiveCard,
  cardsInStatus,
  createCard,
  createField,
  createLabel,
  initSpaceDoc,
  setFieldValue,
  setSlaField,
  moveCard,
  orderedStatuses,
  readSpace,
  updateCard,
} from '../../../src/domain/index.ts';
import { bridgeSpace, type SpaceBridge } from '../../../src/sync/bridge/spaceBridge.ts';
import { selectColumn, type SpaceState } from '../../../src/state/spaceStore.ts';

const ctx = { actor: 'u1', now: () => 1_700_000_000_000 };
const bridges: SpaceBridge[] = [];

afterEach(() => bridges.splice(0).forEach((b) => b.destroy()));

function bridged(doc: Y.Doc): SpaceBridge {
  const bridge = bridgeSpace(doc);
  bridges.push(bridge);
  return bridge;
}

/** A space with three statuses and `perStatus` cards in each of the first two. */
function seededSpace(perStatus = 3) {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1' }, ctx);
  const [s1, s2, s3] = orderedStatuses(doc).map((s) => s.id);
  if (!s1 || !s2 || !s3) throw new Error('template should have at least three statuses');
  const cards: string[] = [];
  for (const statusId of [s1, s2]) {
    for (let i = 0; i < perStatus; i++)
      cards.push(createCard(doc, { statusId, title: `Claim ${cards.length}` }, ctx));
  }
  return { doc, s1, s2, s3, cards };
}

/** The store must always say what the document says. */
function expectMatchesDoc(state: SpaceState, doc: Y.Doc) {
  const snapshot = readSpace(doc);
  expect(state.meta).toEqual(snapshot.meta);
  expect(state.statuses).toEqual(snapshot.statuses);
  expect(state.labels).toEqual(snapshot.labels);
  expect(state.fields).toEqual(snapshot.fields);
  expect(state.settings).toEqual(snapshot.settings);
  expect(state.cards).toEqual(snapshot.cards);
  expect(state.relations).toEqual(snapshot.relations);
  expect(state.historyLength).toBe(doc.getArray('history').length);
  for (const status of Object.values(snapshot.statuses)) {
    expect(selectColumn(status.id)(state)).toEqual(cardsInStatus(doc, status.id).map((c) => c.id));
  }
}

describe('space bridge', () => {
  it('brings relations into the store as they are made and removed, keeping the untouched ones', () => {
    const { doc, cards } = seededSpace(2);
    const { store } = bridged(doc);
    const first = addRelation(doc, { kind: 'parent', from: cards[0]!, to: cards[1]! }, ctx);
    const kept = store.getState().relations[first];
    const second = addRelation(doc, { kind: 'next', from: cards[1]!, to: cards[2]! }, ctx);
    expect(store.getState().relations[second]).toMatchObject({ kind: 'next', removed: false });
    expect(store.getState().relations[first]).toBe(kept);
    removeRelation(doc, { relationId: second }, ctx);
    expect(store.getState().relations[second]!.removed).toBe(true);
    expectMatchesDoc(store.getState(), doc);
  });

  it('brings fields, the SLA setting and card values into the store, re-reading only the touched card', () => {
    const { doc, cards } = seededSpace(1);
    const { store } = bridged(doc);
    const before = store.getState();
    const field = createField(doc, { name: 'SLA due', type: 'date' }, ctx);
    setSlaField(doc, { fieldId: field }, ctx);
    setFieldValue(doc, { cardId: cards[0]!, fieldId: field, value: 1_700_086_399_999 }, ctx);
    const after = store.getState();
    expectMatchesDoc(after, doc);
    expect(after.fields[field]).toMatchObject({ name: 'SLA due', type: 'date', archived: false });
    expect(after.settings).toEqual({ slaFieldId: field });
    expect(after.cards[cards[0]!]!.values).toEqual({ [field]: 1_700_086_399_999 });
    // The other card kept its object, so a component selecting it does not re-render.
    expect(after.cards[cards[1]!]).toBe(before.cards[cards[1]!]);
  });

  it('skips a value a faulty peer wrote into the cards map instead of crashing', () => {
    const { doc } = seededSpace(1);
    const { store } = bridged(doc);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    peer.getMap('cards').set('junk', 'not a card');
    peer.getMap('cards').set('__proto__', new Y.Map());
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
    expect(store.getState().cards['junk']).toBeUndefined();
    expect(Object.getPrototypeOf(store.getState().cards)).toBe(Object.prototype);
    expectMatchesDoc(store.getState(), doc);
  });

  it('starts with the whole space as readSpace reads it, columns in board order', () => {
    const { doc, s1, cards } = seededSpace();
    const { store } = bridged(doc);
    expectMatchesDoc(store.getState(), doc);
    expect(store.getState().columns[s1]).toEqual(cards.slice(0, 3));
  });

  it('re-reads only the edited card and keeps every other record and column object', () => {
    const { doc, cards } = seededSpace();
    const { store } = bridged(doc);
    const before = store.getState();
    const edited = cards[1]!;
    // The card record itself is changed in place (see `SpaceState.cards`): its entries are what to compare.
    const cardsBefore = { ...before.cards };

    updateCard(doc, { cardId: edited, title: 'Replace compressor' }, ctx);

    const after = store.getState();
    expect(after.cards[edited]?.title).toBe('Replace compressor');
    expect(after.cards[edited]).not.toBe(cardsBefore[edited]);
    for (const id of cards.filter((id) => id !== edited)) expect(after.cards[id]).toBe(cardsBefore[id]);
    expect(after.cards).toBe(before.cards);
    expect(after.cardsVersion).toBe(before.cardsVersion + 1);
    // A change that reads the same (a title set to what it is) counts nothing.
    updateCard(doc, { cardId: edited, title: 'Replace compressor' }, ctx);
    expect(store.getState().cardsVersion).toBe(after.cardsVersion);
    // A title does not change order: no column array is new.
    expect(after.columns).toBe(before.columns);
    expect(after.statuses).toBe(before.statuses);
    expect(after.labels).toBe(before.labels);
    expectMatchesDoc(after, doc);
  });

  it('rebuilds only the two columns a moved card left and entered', () => {
    const { doc, s1, s2, s3, cards } = seededSpace();
    createCard(doc, { statusId: s3, title: 'Untouched column' }, ctx);
    const { store } = bridged(doc);
    const before = store.getState();
    const cardsBefore = { ...before.cards };

    moveCard(doc, { cardId: cards[0]!, toStatusId: s2, afterId: cards[3]! }, ctx);

    const after = store.getState();
    expect(after.columns[s1]).toEqual(cards.slice(1, 3));
    expect(after.columns[s2]).toEqual([cards[3], cards[0], cards[4], cards[5]]);
    expect(after.columns[s3]).toBe(before.columns[s3]);
    for (const id of cards.slice(1)) expect(after.cards[id]).toBe(cardsBefore[id]);
    expectMatchesDoc(after, doc);
  });

  it('reorders within a column and drops archived cards from it', () => {
    const { doc, s1, cards } = seededSpace();
    const { store } = bridged(doc);

    moveCard(doc, { cardId: cards[2]!, toStatusId: s1, beforeId: cards[0]! }, ctx);
    expect(store.getState().columns[s1]).toEqual([cards[2], cards[0], cards[1]]);

    archiveCard(doc, { cardId: cards[0]!, archived: true }, ctx);
    expect(store.getState().columns[s1]).toEqual([cards[2], cards[1]]);
    expect(store.getState().cards[cards[0]!]?.archived).toBe(true);
    expectMatchesDoc(store.getState(), doc);
  });

  it('sees changes inside a card’s nested label set', () => {
    const { doc, cards } = seededSpace(1);
    const { store } = bridged(doc);
    const labelId = createLabel(doc, { name: 'Warranty', color: '#dd3333' }, ctx);
    const otherCard = store.getState().cards[cards[1]!];

    addCardLabel(doc, { cardId: cards[0]!, labelId }, ctx);

    expect(store.getState().cards[cards[0]!]?.labels).toEqual([labelId]);
    expect(store.getState().cards[cards[1]!]).toBe(otherCard);
    expect(store.getState().labels[labelId]?.name).toBe('Warranty');
    expectMatchesDoc(store.getState(), doc);
  });

  it('publishes one store update per transaction', () => {
    const { doc, s1 } = seededSpace(1);
    const { store } = bridged(doc);
    let updates = 0;
    store.subscribe(() => updates++);

    createCard(doc, { statusId: s1, title: 'New claim' }, ctx); // card + column + history in one transaction
    expect(updates).toBe(1);

    doc.transact(() => doc.getMap('unrelated').set('x', 1));
    expect(updates).toBe(1);
  });

  it('reflects another replica’s edits applied as a Yjs update', () => {
    const { doc, s2, cards } = seededSpace();
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    const { store } = bridged(doc);

    const vector = Y.encodeStateVector(remote);
    moveCard(remote, { cardId: cards[1]!, toStatusId: s2, beforeId: cards[3]! }, { actor: 'u2' });
    const added = createCard(remote, { statusId: s2, title: 'From a colleague' }, { actor: 'u2' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, vector));

    const state = store.getState();
    expect(state.cards[added]?.title).toBe('From a colleague');
    expect(state.columns[s2]?.[0]).toBe(cards[1]);
    expectMatchesDoc(state, doc);
  });

  it('fills an empty bridged document from a first sync of a whole space', () => {
    const { doc: source, s1, s2 } = seededSpace(40); // more cards per column than get inserted one by one
    moveCard(source, { cardId: Object.keys(readSpace(source).cards)[5]!, toStatusId: s2 }, ctx);
    const doc = new Y.Doc();
    const { store } = bridged(doc);
    expect(store.getState().cards).toEqual({});

    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));

    expectMatchesDoc(store.getState(), doc);
    expect(store.getState().columns[s1]).toHaveLength(39);
    expect(store.getState().columns[s2]).toHaveLength(41);
  });

  it('stops following the document once destroyed', () => {
    const { doc, cards } = seededSpace(1);
    const bridge = bridged(doc);
    const before = bridge.store.getState();
    bridge.destroy();

    updateCard(doc, { cardId: cards[0]!, title: 'After destroy' }, ctx);

    expect(bridge.store.getState()).toBe(before);
    expect(bridge.store.getState().cards[cards[0]!]?.title).toBe('Claim 0');
  });

  it('stays equal to the document through a long mixed sequence of edits', () => {
    const { doc, s1, s2, s3, cards } = seededSpace(4);
    const { store } = bridged(doc);
    const statuses = [s1, s2, s3];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let step = 0; step < 200; step++) {
      const cardId = cards[next(cards.length)]!;
      const toStatusId = statuses[next(3)]!;
      const target = store.getState().columns[toStatusId]?.filter((id) => id !== cardId) ?? [];
      const kind = next(4);
      if (store.getState().cards[cardId]?.archived) archiveCard(doc, { cardId, archived: false }, ctx);
      else if (kind === 0 && target.length > 0) {
        moveCard(doc, { cardId, toStatusId, afterId: target[next(target.length)]! }, ctx);
      } else if (kind <= 1) moveCard(doc, { cardId, toStatusId }, ctx);
      else if (kind === 2) updateCard(doc, { cardId, title: `Step ${step}` }, ctx);
      else archiveCard(doc, { cardId, archived: true }, ctx);
    }
    expectMatchesDoc(store.getState(), doc);
  });
});
