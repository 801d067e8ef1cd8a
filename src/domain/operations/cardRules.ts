/** Checks shared by the card operations: titles, dates, and the card/status/label they refer to. */
import type * as Y from 'yjs';
import { DomainError } from '../errors.ts';
import { TITLE_MAX } from '../records/card.ts';
import { flag, spaceMaps, type YRecord } from '../schema.ts';
import { requireRecord } from './collection.ts';

/**
 * Bidirectional embedding, override and isolate controls: invisible, yet they make a title display as
 * something else than what it says ("evil" shown as "live"), so titles never keep them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Drops bidi controls and trims a title; empty → `empty_title`, longer than `TITLE_MAX` characters →
 * `invalid_input`.
 */
export function cleanTitle(title: string): string {
  const trimmed = title.replace(BIDI_CONTROLS, '').trim();
  if (trimmed.length === 0) throw new DomainError('empty_title', 'A card needs a title.');
  if (trimmed.length > TITLE_MAX) {
    throw new DomainError('invalid_input', `A title can have at most ${TITLE_MAX} characters.`, {
      length: trimmed.length,
    });
  }
  return trimmed;
}

/** Refuses a start (epoch ms) later than the due date. */
export function checkDates(start: number | null, due: number | null): void {
  if (start !== null && due !== null && start > due) {
    throw new DomainError('invalid_dates', 'The start date must not be after the due date.', { start, due });
  }
}

/** The card record, or `unknown_card`. */
export function requireCard(doc: Y.Doc, cardId: string): YRecord {
  return requireRecord(spaceMaps(doc).cards, cardId, 'unknown_card', 'card');
}

/** The card record if it may be edited: unknown → `unknown_card`, archived → `card_archived`. */
export function requireEditableCard(doc: Y.Doc, cardId: string): YRecord {
  const card = requireCard(doc, cardId);
  if (flag(card, 'archived')) throw new DomainError('card_archived', 'Restore the card before editing it.');
  return card;
}

/**
 * A status cards may be put in: unknown → `unknown_status`, archived → `status_archived` (with
 * `archivedMessage`, for an operation that can say what to do about it).
 */
export function requireOpenStatus(
  doc: Y.Doc,
  statusId: string,
  archivedMessage = 'That column is archived.',
): YRecord {
  const status = requireRecord(spaceMaps(doc).statuses, statusId, 'unknown_status', 'status');
  if (flag(status, 'archived')) throw new DomainError('status_archived', archivedMessage);
  return status;
}

/** A label cards may be given: unknown → `unknown_label`, archived → `label_archived`. */
export function requireOpenLabel(doc: Y.Doc, labelId: string): YRecord {
  const label = requireRecord(spaceMaps(doc).labels, labelId, 'unknown_label', 'label');
  if (flag(label, 'archived')) throw new DomainError('label_archived', 'That label is archived.');
  return label;
}
