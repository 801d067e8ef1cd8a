/**
 * The writes the app makes on the signed-in user's own document, bound to them so React code never sees a
 * `Y.Doc`. Saved views of the Flow charts and personal reminders.
 */
import { clearReminder, deleteView, markReminderFired, saveView, setReminder } from '../domain/index.ts';
import type { DocumentHandle } from './documentPool.ts';

export interface UserActions {
  /** Saves a space's Flow settings under a name; `replace` overwrites a view of that name. Returns its id. */
  saveView(input: { name: string; spaceId: string; query: string; replace?: boolean }): string;
  deleteView(input: { viewId: string }): void;
  /** Sets the card's personal reminder to `at` (epoch ms), replacing an earlier one; returns its id. */
  setReminder(input: { spaceId: string; cardId: string; title: string; at: number }): string;
  clearReminder(input: { reminderId: string }): void;
  /** Records that a reminder was shown, so it fires once. */
  markReminderFired(input: { reminderId: string }): void;
}

/** Binds the user-document operations to `handle`'s document, acting as `actorId`. */
export function bindUserActions(handle: Pick<DocumentHandle, 'doc'>, actorId: string): UserActions {
  const { doc } = handle;
  const ctx = { actor: actorId };
  return {
    saveView: (input) => saveView(doc, input, ctx),
    deleteView: (input) => deleteView(doc, input, ctx),
    setReminder: (input) => setReminder(doc, input, ctx),
    clearReminder: (input) => clearReminder(doc, input, ctx),
    markReminderFired: (input) => markReminderFired(doc, input, ctx),
  };
}
