/**
 * A card's notes are a `Y.Text` inside the card's record (since schema version 3), so two people editing
 * them — at once, or offline and syncing later — keep both their changes: Yjs merges the characters each
 * inserted and deleted. A plain string value (schema 2 and before) would be last-writer-wins: one person's
 * whole text replaced the other's.
 *
 * The app saves a note as its whole new text; `replaceText` turns that into the smallest edit of the text
 * (the part between what the old and new text share at the start and at the end), so what someone else
 * wrote meanwhile elsewhere in the notes stays.
 */
import * as Y from 'yjs';
import { DomainError } from '../errors.ts';
import type { YRecord } from '../schema.ts';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Edits `text` so that it reads `next`, deleting and inserting only where it differs. Never splits a
 * character made of two UTF-16 units (Yjs would store a broken half as U+FFFD).
 */
export function replaceText(text: Y.Text, next: string): void {
  const now = text.toString();
  if (now === next) return;
  let start = 0;
  const most = Math.min(now.length, next.length);
  while (start < most && now.charCodeAt(start) === next.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(now.charCodeAt(start - 1))) start--;
  let end = 0;
  while (
    end < most - start &&
    now.charCodeAt(now.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  ) {
    end++;
  }
  if (end > 0 && isLowSurrogate(now.charCodeAt(now.length - end))) end--;
  const removed = now.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted !== '') text.insert(start, inserted);
}

/**
 * The card's notes as a `Y.Text`. A card of a copy not upgraded yet (schema 2, notes a string) is refused
 * (`card_not_upgraded`): making the text here could race the upgrade's own, and the text kept would drop
 * the edit (see `migrations/v3.ts`).
 */
export function notesText(card: YRecord): Y.Text {
  const notes = card.get('notes');
  if (notes instanceof Y.Text) return notes;
  throw new DomainError(
    'card_not_upgraded',
    "This card's notes are from an older version. Its space is upgraded when it next syncs; try again then.",
  );
}
