/**
 * A card's notes are a `Y.Text` inside the card's record (since schema version 3), so two people editing
 * them — at once, or offline and syncing later — keep both their changes: Yjs merges the characters each
 * inserted and deleted. A plain string value (schema 2 and before) would be last-writer-wins: one person's
 * whole text replaced the other's.
 *
 * The app saves a note as its whole new text; `replaceText` turns that into edits of only the lines that
 * changed, so what someone else wrote elsewhere in the notes, at the same time or offline, stays.
 */
import { diffIndices } from 'node-diff3';
import * as Y from 'yjs';
import { DomainError } from '../errors.ts';
import { spaceMaps, type YRecord } from '../schema.ts';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Lines with their line breaks (the last one may have none). */
const lines = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/**
 * Above this many lines on the two sides together, a save is one edit from the first to the last change:
 * the line comparison grows with the product of the two lengths.
 */
const MAX_LINES = 4000;

/**
 * Edits `text` so that it reads `next`, deleting and inserting only where it differs: each run of changed
 * lines on its own (a save that changed the first and the last line leaves the lines between untouched,
 * so a colleague's edit there merges), and inside a run only the characters between what the old and
 * new run share at the start and at the end.
 */
export function replaceText(text: Y.Text, next: string): void {
  const now = text.toString();
  if (now === next) return;
  const before = lines(now);
  const after = lines(next);
  if (before.length + after.length > MAX_LINES) return replaceSpan(text, 0, now, next);
  const starts = [0];
  for (const line of before) starts.push(starts[starts.length - 1]! + line.length);
  // The last run first: the positions of the runs before it stay as they were.
  for (const run of diffIndices(before, after).reverse()) {
    const [from, count] = run.buffer1;
    replaceSpan(text, starts[from]!, before.slice(from, from + count).join(''), run.buffer2Content.join(''));
  }
}

/**
 * Replaces `old`, found in `text` at `at`, with `next`: only what lies between their common start and end.
 * Never splits a character made of two UTF-16 units (Yjs would store a broken half as U+FFFD).
 */
function replaceSpan(text: Y.Text, at: number, old: string, next: string): void {
  let start = 0;
  const most = Math.min(old.length, next.length);
  while (start < most && old.charCodeAt(start) === next.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(old.charCodeAt(start - 1))) start--;
  let end = 0;
  while (
    end < most - start &&
    old.charCodeAt(old.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  ) {
    end++;
  }
  if (end > 0 && isLowSurrogate(old.charCodeAt(old.length - end))) end--;
  const removed = old.length - start - end;
  if (removed > 0) text.delete(at + start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted !== '') text.insert(at + start, inserted);
}

/** The schema version from which card notes are a `Y.Text` (see `migrations/v3.ts`). */
const NOTES_TEXT_VERSION = 3;

/**
 * Refuses (`card_not_upgraded`) notes that cannot be edited in place yet: a copy of a space not upgraded
 * yet (an offline copy from before version 3), where making the text here could race the upgrade's own and
 * the text kept would drop the edit. Call before the operation's transaction.
 */
export function requireEditableNotes(doc: Y.Doc, card: YRecord): void {
  if (card.get('notes') instanceof Y.Text) return;
  const version = spaceMaps(doc).meta.get('schemaVersion');
  if (typeof version === 'number' && version >= NOTES_TEXT_VERSION) return;
  throw new DomainError(
    'card_not_upgraded',
    "This card's notes are from an older version. Its space is upgraded when it next syncs; try again then.",
  );
}

/**
 * The card's notes as a `Y.Text`, inside the operation's transaction. In an upgraded space a card may still
 * hold a string: written by a page of an older Afterboard left open somewhere. The upgrade has run, so the
 * text is made here with those words, racing nothing.
 */
export function notesText(card: YRecord): Y.Text {
  const notes = card.get('notes');
  if (notes instanceof Y.Text) return notes;
  const text = new Y.Text(typeof notes === 'string' ? notes : '');
  card.set('notes', text);
  return text;
}
