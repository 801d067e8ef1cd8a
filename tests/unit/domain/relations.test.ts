import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  DomainError,
  addRelation,
  addTodo,
  archiveCard,
  checkTodo,
  cardDateWarnings,
  cardHistory,
  createCard,
  createStatus,
  createUndo,
  moveCard,
  readSpace,
  relationSchema,
  relationsOfCard,
  removeRelation,
  updateCard,
  type HistoryEvent,
  type RelationKind,
} from '../../../src/domain/index.ts';
import { summarizeCards, withParents } from '../../../src/domain/read/cardSummary.ts';
import { T0, ctxOf, expectRefused, freshSpace, statusIds } from './helpers.ts';

const ctx = ctxOf('alice', T0);
const DAY = 86_400_000;

/** A space with cards titled `titles`; returns the document and the card ids in that order. */
function spaceWith(...titles: string[]) {
  const doc = freshSpace();
  const statusId = statusIds(doc)[0]!;
  const ids = titles.map((title) => createCard(doc, { statusId, title }, ctx));
  return { doc, ids };
}

const relatedOf = (doc: Y.Doc, cardId: string) =>
  cardHistory(doc, cardId)
    .filter((event): event is Extract<HistoryEvent, { type: 'related' }> => event.type === 'related')
    .map(({ other, role, added }) => ({ other, role, added }));

const live = (doc: Y.Doc) =>
  Object.values(readSpace(doc).relations)
    .filter((relation) => !relation.removed)
    .map(({ kind, from, to }) => `${kind}:${from}>${to}`)
    .sort();

describe('relations', () => {
  it('relates a parent to its child and a card to its next, with an event on each card', () => {
    const { doc, ids } = spaceWith('Repair dishwasher', 'Order pump', 'Fit pump');
    const [repair, order, fit] = ids as [string, string, string];
    const parentId = addRelation(doc, { kind: 'parent', from: repair, to: order }, ctx);
    const nextId = addRelation(doc, { kind: 'next', from: order, to: fit }, ctx);
    expect(parentId).toBe(`parent:${order}`);
    expect(nextId).toBe(`next:${order}:${fit}`);
    const relation = readSpace(doc).relations[parentId]!;
    expect(relationSchema.parse(relation)).toEqual(relation);
    expect(relation).toEqual({
      id: parentId,
      kind: 'parent',
      from: repair,
      to: order,
      createdAt: T0,
      createdBy: 'alice',
      removed: false,
    });
    expect(relatedOf(doc, repair)).toEqual([{ other: order, role: 'child', added: true }]);
    expect(relatedOf(doc, order)).toEqual([
      { other: repair, role: 'parent', added: true },
      { other: fit, role: 'next', added: true },
    ]);
    expect(relatedOf(doc, fit)).toEqual([{ other: order, role: 'previous', added: true }]);
    const space = readSpace(doc);
    expect(relationsOfCard(space.relations, order).map(({ role, other }) => [role, other])).toEqual([
      ['parent', repair],
      ['next', fit],
    ]);
  });

  it('refuses unknown and archived cards, self relations, duplicates, second parents and circles', () => {
    const { doc, ids } = spaceWith('A', 'B', 'C', 'D');
    const [a, b, c, d] = ids as [string, string, string, string];
    addRelation(doc, { kind: 'parent', from: a, to: b }, ctx);
    addRelation(doc, { kind: 'parent', from: b, to: c }, ctx);
    addRelation(doc, { kind: 'next', from: a, to: d }, ctx);
    expectRefused(doc, 'unknown_card', () => addRelation(doc, { kind: 'next', from: a, to: 'nope' }, ctx));
    expectRefused(doc, 'self_relation', () => addRelation(doc, { kind: 'next', from: a, to: a }, ctx));
    expectRefused(doc, 'invalid_input', () =>
      addRelation(doc, { kind: 'sibling' as RelationKind, from: a, to: c }, ctx),
    );
    // The same relation again, the reverse one, or another kind between the same two cards.
    expectRefused(doc, 'duplicate_relation', () => addRelation(doc, { kind: 'parent', from: a, to: b }, ctx));
    expectRefused(doc, 'duplicate_relation', () => addRelation(doc, { kind: 'next', from: b, to: a }, ctx));
    expectRefused(doc, 'duplicate_relation', () => addRelation(doc, { kind: 'parent', from: d, to: a }, ctx));
    expectRefused(doc, 'two_parents', () => addRelation(doc, { kind: 'parent', from: d, to: c }, ctx));
    // C is A's grandchild: A cannot become C's child.
    expectRefused(doc, 'relation_cycle', () => addRelation(doc, { kind: 'parent', from: c, to: a }, ctx));
    addRelation(doc, { kind: 'next', from: d, to: c }, ctx);
    expectRefused(doc, 'relation_cycle', () => addRelation(doc, { kind: 'next', from: c, to: a }, ctx));
    archiveCard(doc, { cardId: d, archived: true }, ctx);
    expectRefused(doc, 'card_archived', () => addRelation(doc, { kind: 'next', from: b, to: d }, ctx));
  });

  it('removes a relation, keeps its record, and relates the cards again through the same record', () => {
    const { doc, ids } = spaceWith('A', 'B', 'C');
    const [a, b, c] = ids as [string, string, string];
    const id = addRelation(doc, { kind: 'parent', from: a, to: b }, ctx);
    removeRelation(doc, { relationId: id }, ctxOf('bob', T0 + 1));
    expect(readSpace(doc).relations[id]!.removed).toBe(true);
    expect(relatedOf(doc, b).at(-1)).toEqual({ other: a, role: 'parent', added: false });
    expectRefused(doc, 'unknown_relation', () => removeRelation(doc, { relationId: id }, ctx));
    expectRefused(doc, 'unknown_relation', () => removeRelation(doc, { relationId: `next:${a}:${c}` }, ctx));
    expectRefused(doc, 'invalid_input', () => removeRelation(doc, { relationId: 'parent:' }, ctx));
    // B's parent slot takes another parent now.
    expect(addRelation(doc, { kind: 'parent', from: c, to: b }, ctxOf('bob', T0 + 2))).toBe(id);
    expect(readSpace(doc).relations[id]).toMatchObject({ from: c, createdBy: 'bob', removed: false });
  });

  it('removes a relation to a card archived since', () => {
    const { doc, ids } = spaceWith('A', 'B');
    const id = addRelation(doc, { kind: 'next', from: ids[0]!, to: ids[1]! }, ctx);
    archiveCard(doc, { cardId: ids[1]!, archived: true }, ctx);
    removeRelation(doc, { relationId: id }, ctx);
    expect(live(doc)).toEqual([]);
  });

  it('undoes and redoes linking and unlinking, with events for both cards', () => {
    const { doc, ids } = spaceWith('A', 'B');
    const [a, b] = ids as [string, string];
    const undo = createUndo(doc, ctx);
    const id = addRelation(doc, { kind: 'next', from: a, to: b }, ctx);
    expect(undo.undo()).toBe(true);
    expect(live(doc)).toEqual([]);
    expect(relatedOf(doc, a).at(-1)).toEqual({ other: b, role: 'next', added: false });
    expect(relatedOf(doc, b).at(-1)).toEqual({ other: a, role: 'previous', added: false });
    expect(undo.redo()).toBe(true);
    expect(live(doc)).toEqual([`next:${a}>${b}`]);
    removeRelation(doc, { relationId: id }, ctx);
    undo.undo();
    expect(live(doc)).toEqual([`next:${a}>${b}`]);
    expect(relatedOf(doc, a).map((event) => event.added)).toEqual([true, false, true, false, true]);
    undo.destroy();
  });

  it('refuses to undo an unlinking when the cards were related the other way since', () => {
    const { doc, ids } = spaceWith('A', 'B');
    const [a, b] = ids as [string, string];
    const id = addRelation(doc, { kind: 'next', from: a, to: b }, ctx);
    const undo = createUndo(doc, ctx);
    removeRelation(doc, { relationId: id }, ctx);
    // A colleague (not undoable here) relates them the other way round.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    addRelation(peer, { kind: 'next', from: b, to: a }, ctxOf('bob'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    expectRefused(doc, 'duplicate_relation', () => undo.undo());
    expect(live(doc)).toEqual([`next:${b}>${a}`]);
    undo.destroy();
  });

  it('flags a child ending after or starting before its parent, and a next card starting too early', () => {
    const { doc, ids } = spaceWith('Parent', 'Child', 'Next', 'Undated');
    const [parent, child, next, undated] = ids as [string, string, string, string];
    updateCard(doc, { cardId: parent, start: T0, due: T0 + 5 * DAY }, ctx);
    updateCard(doc, { cardId: child, start: T0 + DAY, due: T0 + 6 * DAY }, ctx);
    updateCard(doc, { cardId: next, start: T0 + 3 * DAY, due: T0 + 9 * DAY }, ctx);
    addRelation(doc, { kind: 'parent', from: parent, to: child }, ctx);
    addRelation(doc, { kind: 'next', from: parent, to: next }, ctx);
    addRelation(doc, { kind: 'next', from: child, to: undated }, ctx);
    const { relations, cards } = readSpace(doc);
    expect(cardDateWarnings(relations, cards, child)).toEqual([
      { role: 'parent', other: parent, conflict: 'child_ends_late' },
    ]);
    expect(cardDateWarnings(relations, cards, parent)).toEqual([
      { role: 'child', other: child, conflict: 'child_ends_late' },
      { role: 'next', other: next, conflict: 'next_starts_early' },
    ]);
    expect(cardDateWarnings(relations, cards, undated)).toEqual([]);
    updateCard(doc, { cardId: child, start: T0 - DAY, due: T0 + 2 * DAY }, ctx);
    updateCard(doc, { cardId: next, start: T0 + 5 * DAY + 1 }, ctx);
    const after = readSpace(doc);
    expect(cardDateWarnings(after.relations, after.cards, parent)).toEqual([
      { role: 'child', other: child, conflict: 'child_starts_early' },
    ]);
  });
});

describe('relations a faulty peer wrote', () => {
  it('reads them as removed, and a link of the same cards rewrites the record whole', () => {
    const { doc, ids } = spaceWith('A', 'B');
    const [a, b] = ids as [string, string];
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const relations = peer.getMap('relations');
    relations.set('junk', 'not a relation');
    const odd = new Y.Map<unknown>();
    relations.set(`next:${a}:${b}`, odd);
    odd.set('kind', 'sibling');
    odd.set('from', b);
    odd.set('to', a);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));

    const space = readSpace(doc);
    expect(space.relations['junk']).toBeUndefined();
    expect(space.relations[`next:${a}:${b}`]!.removed).toBe(true);
    expect(relationsOfCard(space.relations, a)).toEqual([]);
    expect(addRelation(doc, { kind: 'next', from: a, to: b }, ctx)).toBe(`next:${a}:${b}`);
    expect(live(doc)).toEqual([`next:${a}>${b}`]);
  });
});

describe('relations under concurrent edits', () => {
  it('leaves one relation when two people relate the same cards at once', () => {
    const { doc, ids } = spaceWith('A', 'B');
    const [a, b] = ids as [string, string];
    const left = new Y.Doc();
    const right = new Y.Doc();
    Y.applyUpdate(left, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(right, Y.encodeStateAsUpdate(doc));
    addRelation(left, { kind: 'next', from: a, to: b }, ctxOf('alice'));
    addRelation(right, { kind: 'next', from: a, to: b }, ctxOf('bob'));
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    expect(live(left)).toEqual([`next:${a}>${b}`]);
    expect(readSpace(left).relations).toEqual(readSpace(right).relations);
    expect(relationsOfCard(readSpace(left).relations, a)).toHaveLength(1);
  });

  it('converges to the same relations, with at most one parent per card, whatever each replica did', () => {
    const { doc, ids } = spaceWith('A', 'B', 'C', 'D');
    const base = Y.encodeStateAsUpdate(doc);
    const op = fc.record({
      remove: fc.boolean(),
      kind: fc.constantFrom<RelationKind>('parent', 'next'),
      from: fc.integer({ min: 0, max: 3 }),
      to: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 6 }), fc.array(op, { maxLength: 6 }), (leftOps, rightOps) => {
        const replicas = [leftOps, rightOps].map((ops, i) => {
          const replica = new Y.Doc();
          replica.clientID = 10 + i;
          Y.applyUpdate(replica, base);
          for (const { remove, kind, from, to } of ops) {
            try {
              if (!remove) addRelation(replica, { kind, from: ids[from]!, to: ids[to]! }, ctx);
              else {
                const relationId = kind === 'parent' ? `parent:${ids[to]}` : `next:${ids[from]}:${ids[to]}`;
                removeRelation(replica, { relationId }, ctx);
              }
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
            }
          }
          return replica;
        });
        const [left, right] = replicas as [Y.Doc, Y.Doc];
        Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
        Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
        const relations = readSpace(left).relations;
        expect(relations).toEqual(readSpace(right).relations);
        for (const card of ids) {
          const parents = relationsOfCard(relations, card).filter(({ role }) => role === 'parent');
          expect(parents.length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150, seed: 5 },
    );
  });
});

describe('progress with child cards', () => {
  it('counts completed children like checked to-dos, leaving out archived and cancelled ones', () => {
    const { doc, ids } = spaceWith('Repair', 'Order part', 'Fit part', 'Old try', 'Dropped idea');
    const [repair, order, fit, old, dropped] = ids as [string, string, string, string, string];
    const [, , done] = statusIds(doc) as [string, string, string];
    const todo = addTodo(doc, { cardId: repair, text: 'Call customer' }, ctx);
    for (const child of [order, fit, old, dropped]) {
      addRelation(doc, { kind: 'parent', from: repair, to: child }, ctx);
    }
    const progress = () => summarizeCards(doc, 'space1', [repair]).get(repair)!.progress;
    // One to-do and four children, none done.
    expect(progress()).toBe(0);
    checkTodo(doc, { cardId: repair, todoId: todo, done: true }, ctx);
    moveCard(doc, { cardId: order, toStatusId: done }, ctx);
    archiveCard(doc, { cardId: old, archived: true }, ctx);
    // 2 of 4: the to-do and the order are done; the archived try no longer counts.
    expect(progress()).toBe(50);
    const cancelled = createStatus(doc, { name: 'Cancelled', role: 'cancelled' }, ctx);
    moveCard(doc, { cardId: dropped, toStatusId: cancelled }, ctx);
    // 2 of 3: the cancelled idea is neither done nor still to do.
    expect(progress()).toBe(66);
    expect(summarizeCards(doc, 'space1', [repair]).get(repair)!.todos).toEqual({ done: 1, total: 1 });
    expect(withParents(doc, [fit, dropped])).toEqual(new Set([fit, dropped, repair]));
    expect(withParents(doc, [repair])).toEqual(new Set([repair]));
  });
});
