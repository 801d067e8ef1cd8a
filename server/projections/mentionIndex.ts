/**
 * Who has been mentioned in the comments of each card of a space document, kept up to date as comments
 * are added or edited, so finding a card's followers does not read every comment of the space at each
 * event. Built on first use; a card's mentioned users are the union over its live comments.
 */
import * as Y from 'yjs';
import { spaceMaps, type YRecord } from '../../src/domain/index.ts';
import { readMentions } from '../../src/domain/records/comment.ts';

export class MentionIndex {
  private readonly comments: Y.Map<YRecord>;
  /** Comment id → its card; null until first asked. */
  private byComment: Map<string, string> | null = null;
  /** Card id → its comments' mentions by comment id. */
  private readonly byCard = new Map<string, Map<string, readonly string[]>>();

  constructor(doc: Y.Doc) {
    this.comments = spaceMaps(doc).comments;
    this.comments.observeDeep((events) => {
      if (this.byComment === null) return;
      for (const event of events) {
        if (event.target === this.comments && event instanceof Y.YMapEvent) {
          for (const id of event.keysChanged) this.refresh(id);
        } else if (typeof event.path[0] === 'string') {
          this.refresh(event.path[0]);
        }
      }
    });
  }

  /** Re-reads one comment (also called for a comment added in the transaction being observed). */
  refresh(commentId: string): void {
    if (this.byComment === null) return;
    const previous = this.byComment.get(commentId);
    if (previous !== undefined) this.byCard.get(previous)?.delete(commentId);
    const record = this.comments.get(commentId);
    if (!(record instanceof Y.Map)) {
      this.byComment.delete(commentId);
      return;
    }
    // Only the two fields that matter, not the whole comment: this runs for every comment of the space.
    const card = record.get('card');
    if (typeof card !== 'string') {
      this.byComment.delete(commentId);
      return;
    }
    const mentions = record.get('deleted') === true ? [] : readMentions(record.get('mentions'));
    this.byComment.set(commentId, card);
    if (mentions.length === 0) return;
    const ofCard = this.byCard.get(card) ?? new Map<string, readonly string[]>();
    ofCard.set(commentId, mentions);
    this.byCard.set(card, ofCard);
  }

  /** Reads every comment once, if not done yet. */
  build(): void {
    if (this.byComment !== null) return;
    this.byComment = new Map();
    for (const id of this.comments.keys()) this.refresh(id);
  }

  /** The users mentioned in the card's comments. */
  mentionedOn(cardId: string): Set<string> {
    this.build();
    const users = new Set<string>();
    for (const mentions of this.byCard.get(cardId)?.values() ?? []) for (const id of mentions) users.add(id);
    return users;
  }
}
