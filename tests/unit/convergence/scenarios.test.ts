import { describe, expect, it } from 'vitest';
import {
  archiveCard,
  archiveStatus,
  cardsInStatus,
  createCard,
  DomainError,
  moveCard,
  readHistory,
  readSpace,
  updateCard,
} from '../../../src/domain/index.ts';
import { ctxOf, freshSpace, statusIds } from '../domain/helpers.ts';
import { deliverEveryOrder, editConcurrently, replicasOf } from './harness.ts';

function setup(count: number) {
  const base = freshSpace();
  const [todo, doing, done] = statusIds(base);
  const card = createCard(base, { statusId: todo!, title: 'Warranty claim 17' }, ctxOf('alice'));
  return {
    replicas: replicasOf(base, count),
    todo: todo!,
    doing: doing!,
    done: done!,
    card,
    history: readHistory(base).length,
  };
}

describe('concurrent edits converge', () => {
  it('leaves a card moved to two statuses at once in exactly one of them', () => {
    const { replicas, doing, done, card, history } = setup(2);
    const round = editConcurrently(replicas, (doc, i) =>
      moveCard(doc, { cardId: card, toStatusId: i === 0 ? doing : done }, ctxOf(`u${i}`)),
    );
    deliverEveryOrder(replicas, round, history);
    const inDoing = cardsInStatus(replicas[0]!, doing).length;
    const inDone = cardsInStatus(replicas[0]!, done).length;
    expect(inDoing + inDone).toBe(1);
  });

  it('keeps both an edit and an archive made at once', () => {
    const { replicas, card, history } = setup(2);
    const round = editConcurrently(replicas, (doc, i) =>
      i === 0
        ? updateCard(doc, { cardId: card, title: 'Claim 17 – approved' }, ctxOf('alice'))
        : archiveCard(doc, { cardId: card, archived: true }, ctxOf('bob')),
    );
    deliverEveryOrder(replicas, round, history);
    expect(readSpace(replicas[1]!).cards[card]).toMatchObject({
      title: 'Claim 17 – approved',
      archived: true,
    });
  });

  it('orders concurrent inserts at one spot identically everywhere and can still insert between them', () => {
    const { replicas, todo, doing, history } = setup(3);
    const round = editConcurrently(replicas, (doc, i) =>
      createCard(doc, { statusId: todo, title: `Intake ${i}`, position: 'top' }, ctxOf(`u${i}`)),
    );
    deliverEveryOrder(replicas, round, history);
    const column = cardsInStatus(replicas[0]!, todo).map((c) => c.id);
    expect(column).toHaveLength(4);
    const mover = createCard(replicas[2]!, { statusId: doing, title: 'Between' }, ctxOf('carol'));
    moveCard(
      replicas[2]!,
      { cardId: mover, toStatusId: todo, afterId: column[0], beforeId: column[1] },
      ctxOf('carol'),
    );
    expect(cardsInStatus(replicas[2]!, todo).map((c) => c.id)).toEqual([
      column[0],
      mover,
      ...column.slice(1),
    ]);
  });

  it('keeps a card moved into a status that is archived at the same time, listed in that status', () => {
    const { replicas, doing, card, history } = setup(2);
    const round = editConcurrently(replicas, (doc, i) =>
      i === 0
        ? archiveStatus(doc, { statusId: doing, archived: true }, ctxOf('alice'))
        : moveCard(doc, { cardId: card, toStatusId: doing }, ctxOf('bob')),
    );
    deliverEveryOrder(replicas, round, history);
    const space = readSpace(replicas[0]!);
    expect(space.statuses[doing]!.archived).toBe(true);
    expect(cardsInStatus(replicas[0]!, doing).map((c) => c.id)).toEqual([card]);
    // Once both are known, the archived status refuses new cards, and the card can still be moved out.
    const [todo] = statusIds(replicas[0]!);
    const other = createCard(replicas[0]!, { statusId: todo!, title: 'X' }, ctxOf('alice'));
    expect(() => moveCard(replicas[0]!, { cardId: other, toStatusId: doing }, ctxOf('alice'))).toThrow(
      DomainError,
    );
    moveCard(replicas[0]!, { cardId: card, toStatusId: todo! }, ctxOf('alice'));
    expect(cardsInStatus(replicas[0]!, doing)).toEqual([]);
  });
});
