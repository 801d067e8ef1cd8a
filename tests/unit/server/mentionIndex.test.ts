import { describe, expect, it } from 'vitest';
import {
  addComment,
  createCard,
  deleteComment,
  editComment,
  orderedStatuses,
} from '../../../src/domain/index.ts';
import { MentionIndex } from '../../../server/projections/mentionIndex.ts';
import { ctxOf, freshSpace } from '../domain/helpers.ts';

const ctx = ctxOf('alice');

describe('the index of who is mentioned on which card', () => {
  it('follows comments added, edited and deleted after it was built', () => {
    const doc = freshSpace();
    const statusId = orderedStatuses(doc)[0]!.id;
    const one = createCard(doc, { statusId, title: 'One' }, ctx);
    const two = createCard(doc, { statusId, title: 'Two' }, ctx);
    addComment(doc, { cardId: one, text: '@bob', mentions: ['bob'] }, ctx);
    const index = new MentionIndex(doc);
    index.build();
    expect([...index.mentionedOn(one)]).toEqual(['bob']);
    expect([...index.mentionedOn(two)]).toEqual([]);

    const later = addComment(doc, { cardId: two, text: '@carol @dan', mentions: ['carol', 'dan'] }, ctx);
    expect([...index.mentionedOn(two)].sort()).toEqual(['carol', 'dan']);
    editComment(doc, { cardId: two, commentId: later, text: '@dan', mentions: ['dan'] }, ctx);
    expect([...index.mentionedOn(two)]).toEqual(['dan']);
    deleteComment(doc, { cardId: two, commentId: later }, ctx);
    expect([...index.mentionedOn(two)]).toEqual([]);
    expect([...index.mentionedOn(one)]).toEqual(['bob']);
  });

  it('reads the comments on first use when not built yet', () => {
    const doc = freshSpace();
    const cardId = createCard(doc, { statusId: orderedStatuses(doc)[0]!.id, title: 'One' }, ctx);
    const index = new MentionIndex(doc);
    addComment(doc, { cardId, text: '@bob', mentions: ['bob'] }, ctx);
    expect([...index.mentionedOn(cardId)]).toEqual(['bob']);
  });
});
