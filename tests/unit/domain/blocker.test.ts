import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  BLOCKER_REASON_MAX,
  archiveCard,
  cardHistory,
  cardProgress,
  cardSchema,
  clearBlocker,
  countTodos,
  createCard,
  readSpace,
  setBlocker,
} from '../../../src/domain/index.ts';
import { T0, ctxOf, expectRefused, freshSpace, statusIds } from './helpers.ts';

const alice = ctxOf('alice', T0);
const bob = ctxOf('bob', T0 + 1000);

function spaceWithCard() {
  const doc = freshSpace();
  const cardId = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Repair 12' }, alice);
  return { doc, cardId };
}

const blockedEvents = (doc: Y.Doc, cardId: string) =>
  cardHistory(doc, cardId)
    .filter((event) => event.type === 'blocked')
    .map(({ id: _id, ...rest }) => rest);

describe('blocker', () => {
  it('stores the reason with who and when, replaces it, and clears it, recording each change', () => {
    const { doc, cardId } = spaceWithCard();
    expect(readSpace(doc).cards[cardId]!.blocker).toBeNull();
    setBlocker(doc, { cardId, reason: ' Waiting for spare part ' }, alice);
    setBlocker(doc, { cardId, reason: 'Waiting for spare part' }, bob);
    const card = readSpace(doc).cards[cardId]!;
    expect(card.blocker).toEqual({ reason: 'Waiting for spare part', by: 'alice', at: T0 });
    expect(cardSchema.parse(card)).toEqual(card);
    setBlocker(doc, { cardId, reason: 'Customer unreachable' }, bob);
    expect(readSpace(doc).cards[cardId]!.blocker).toEqual({
      reason: 'Customer unreachable',
      by: 'bob',
      at: T0 + 1000,
    });
    clearBlocker(doc, { cardId }, alice);
    clearBlocker(doc, { cardId }, alice);
    expect(readSpace(doc).cards[cardId]!.blocker).toBeNull();
    expect(blockedEvents(doc, cardId)).toEqual([
      { card: cardId, type: 'blocked', at: T0, by: 'alice', reason: 'Waiting for spare part' },
      { card: cardId, type: 'blocked', at: T0 + 1000, by: 'bob', reason: 'Customer unreachable' },
      { card: cardId, type: 'blocked', at: T0, by: 'alice', reason: null },
    ]);
  });

  it('leaves one whole blocker when two people block the card at once', () => {
    const { doc, cardId } = spaceWithCard();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    setBlocker(doc, { cardId, reason: 'Parts' }, alice);
    setBlocker(peer, { cardId, reason: 'Customer away' }, bob);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const blocker = readSpace(doc).cards[cardId]!.blocker;
    expect(readSpace(peer).cards[cardId]!.blocker).toEqual(blocker);
    expect([
      { reason: 'Parts', by: 'alice', at: T0 },
      { reason: 'Customer away', by: 'bob', at: T0 + 1000 },
    ]).toContainEqual(blocker);
    expect(blockedEvents(doc, cardId)).toHaveLength(2);
  });

  it('refuses bad input and changes nothing', () => {
    const { doc, cardId } = spaceWithCard();
    expectRefused(doc, 'empty_text', () => setBlocker(doc, { cardId, reason: '  ' }, alice));
    expectRefused(doc, 'invalid_input', () =>
      setBlocker(doc, { cardId, reason: 'x'.repeat(BLOCKER_REASON_MAX + 1) }, alice),
    );
    expectRefused(doc, 'invalid_input', () => setBlocker(doc, { cardId } as never, alice));
    expectRefused(doc, 'unknown_card', () => clearBlocker(doc, { cardId: 'zz' }, alice));
    archiveCard(doc, { cardId, archived: true }, alice);
    expectRefused(doc, 'card_archived', () => setBlocker(doc, { cardId, reason: 'Parts' }, alice));
  });
});

describe('progress', () => {
  it('counts checked live to-dos, and a Completed-role status as done', () => {
    const counts = countTodos([
      { done: true },
      { done: false },
      { done: true, removed: true },
      { done: false },
    ]);
    expect(counts).toEqual({ done: 1, total: 3 });
    expect(cardProgress(counts, 'in_progress')).toBe(33);
    expect(cardProgress({ done: 2, total: 3 }, 'in_progress')).toBe(66);
    expect(cardProgress(counts, 'completed')).toBe(100);
    expect(cardProgress({ done: 0, total: 0 }, 'completed')).toBe(100);
    expect(cardProgress({ done: 0, total: 0 }, 'not_started')).toBeNull();
    expect(cardProgress({ done: 3, total: 3 }, null)).toBe(100);
  });
});
