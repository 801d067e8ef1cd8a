import { describe, expect, it } from 'vitest';
import {
  COMMENT_TEXT_MAX,
  addComment,
  archiveCard,
  cardComments,
  cardHistory,
  commentSchema,
  createCard,
  deleteComment,
  editComment,
} from '../../../src/domain/index.ts';
import { T0, ctxOf, expectRefused, freshSpace, statusIds } from './helpers.ts';

const alice = ctxOf('alice', T0);
const bob = ctxOf('bob', T0 + 60_000);

function spaceWithCard() {
  const doc = freshSpace();
  const cardId = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Complaint 88' }, alice);
  return { doc, cardId };
}

describe('comments', () => {
  it('adds comments in time order with their author, and records each as commented', () => {
    const { doc, cardId } = spaceWithCard();
    const late = addComment(doc, { cardId, text: 'Customer called again' }, bob);
    const early = addComment(doc, { cardId, text: '  Parts ordered @bob ' }, alice);
    const comments = cardComments(doc, cardId);
    expect(comments.map((c) => c.id)).toEqual([early, late]);
    expect(commentSchema.parse(comments[0])).toEqual(comments[0]);
    expect(comments[0]).toMatchObject({
      card: cardId,
      text: 'Parts ordered @bob',
      by: 'alice',
      at: T0,
      editedAt: null,
      deleted: false,
      mentions: [],
    });
    const events = cardHistory(doc, cardId).filter((event) => event.type === 'commented');
    expect(events.map(({ id: _id, ...rest }) => rest)).toEqual([
      { card: cardId, type: 'commented', at: T0 + 60_000, by: 'bob', commentId: late },
      { card: cardId, type: 'commented', at: T0, by: 'alice', commentId: early },
    ]);
  });

  it('lets the author edit and delete, leaving a deleted comment’s author and time but no text', () => {
    const { doc, cardId } = spaceWithCard();
    const id = addComment(doc, { cardId, text: 'Wrong part' }, alice);
    const events = cardHistory(doc, cardId).length;
    editComment(doc, { cardId, commentId: id, text: 'Right part' }, ctxOf('alice', T0 + 5));
    expect(cardComments(doc, cardId)[0]).toMatchObject({ text: 'Right part', editedAt: T0 + 5 });
    deleteComment(doc, { cardId, commentId: id }, alice);
    deleteComment(doc, { cardId, commentId: id }, alice);
    expect(cardComments(doc, cardId)[0]).toMatchObject({ text: '', by: 'alice', at: T0, deleted: true });
    expect(JSON.stringify(doc.getMap('comments').toJSON())).not.toContain('Right part');
    expect(cardHistory(doc, cardId)).toHaveLength(events);
  });

  it('keeps the people a comment mentions, replaced by an edit and dropped by a delete', () => {
    const { doc, cardId } = spaceWithCard();
    const id = addComment(
      doc,
      { cardId, text: '@Bob @Cleo please check', mentions: ['cleo', 'bob', 'bob'] },
      alice,
    );
    expect(cardComments(doc, cardId)[0]!.mentions).toEqual(['bob', 'cleo']);
    editComment(doc, { cardId, commentId: id, text: '@Bob please check', mentions: ['bob'] }, alice);
    expect(cardComments(doc, cardId)[0]).toMatchObject({ text: '@Bob please check', mentions: ['bob'] });
    editComment(doc, { cardId, commentId: id, text: '@Bob please check now' }, alice);
    expect(cardComments(doc, cardId)[0]!.mentions).toEqual(['bob']);
    deleteComment(doc, { cardId, commentId: id }, alice);
    expect(cardComments(doc, cardId)[0]!.mentions).toEqual([]);
    expectRefused(doc, 'invalid_input', () =>
      addComment(doc, { cardId, text: 'Hi', mentions: ['not an id'] }, alice),
    );
    expectRefused(doc, 'invalid_input', () =>
      addComment(doc, { cardId, text: 'Hi', mentions: Array.from({ length: 51 }, (_, i) => `u${i}`) }, alice),
    );
  });

  it('refuses bad input, other people’s comments and archived cards, changing nothing', () => {
    const { doc, cardId } = spaceWithCard();
    const id = addComment(doc, { cardId, text: 'Mine' }, alice);
    expectRefused(doc, 'empty_text', () => addComment(doc, { cardId, text: ' \n ' }, alice));
    expectRefused(doc, 'invalid_input', () =>
      addComment(doc, { cardId, text: 'x'.repeat(COMMENT_TEXT_MAX + 1) }, alice),
    );
    expectRefused(doc, 'unknown_card', () => addComment(doc, { cardId: 'zz', text: 'Hi' }, alice));
    expectRefused(doc, 'not_author', () => editComment(doc, { cardId, commentId: id, text: 'Hijack' }, bob));
    expectRefused(doc, 'not_author', () => deleteComment(doc, { cardId, commentId: id }, bob));
    expectRefused(doc, 'unknown_comment', () => deleteComment(doc, { cardId, commentId: 'zz' }, alice));
    expectRefused(doc, 'empty_text', () => editComment(doc, { cardId, commentId: id, text: '' }, alice));
    deleteComment(doc, { cardId, commentId: id }, alice);
    expectRefused(doc, 'comment_deleted', () =>
      editComment(doc, { cardId, commentId: id, text: 'Back' }, alice),
    );
    archiveCard(doc, { cardId, archived: true }, alice);
    expectRefused(doc, 'card_archived', () => addComment(doc, { cardId, text: 'Hi' }, alice));
  });
});
