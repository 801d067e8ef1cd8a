/**
 * The writes the app makes on the signed-in user's own document, bound to them so React code never sees a
 * `Y.Doc`: saved views of the Flow charts, personal reminders, and MySpace (sections, mirrors, priorities,
 * triage).
 */
import {
  addMirror,
  clearReminder,
  createSection,
  deleteSection,
  deleteView,
  markReminderFired,
  moveMirror,
  moveSection,
  removeMirror,
  renameSection,
  saveView,
  setMirrorPriority,
  setReminder,
  triageCard,
} from '../domain/index.ts';
import type { DocumentHandle } from './documentPool.ts';

type Input<Op> = Op extends (doc: never, input: infer I, ctx: never) => unknown ? I : never;

export interface UserActions {
  /** Saves a space's Flow settings under a name; `replace` overwrites a view of that name. Returns its id. */
  saveView(input: { name: string; spaceId: string; query: string; replace?: boolean }): string;
  deleteView(input: { viewId: string }): void;
  /** Adds a MySpace section and returns its id. */
  createSection(input: Input<typeof createSection>): string;
  renameSection(input: Input<typeof renameSection>): void;
  moveSection(input: Input<typeof moveSection>): void;
  deleteSection(input: Input<typeof deleteSection>): void;
  /** Mirrors a card into a section (and takes it out of the inbox); returns the mirror id. */
  addMirror(input: Input<typeof addMirror>): string;
  moveMirror(input: Input<typeof moveMirror>): void;
  removeMirror(input: Input<typeof removeMirror>): void;
  setMirrorPriority(input: Input<typeof setMirrorPriority>): void;
  /** Takes a card out of the inbox without mirroring it. */
  triageCard(input: Input<typeof triageCard>): void;
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
    createSection: (input) => createSection(doc, input, ctx),
    renameSection: (input) => renameSection(doc, input, ctx),
    moveSection: (input) => moveSection(doc, input, ctx),
    deleteSection: (input) => deleteSection(doc, input, ctx),
    addMirror: (input) => addMirror(doc, input, ctx),
    moveMirror: (input) => moveMirror(doc, input, ctx),
    removeMirror: (input) => removeMirror(doc, input, ctx),
    setMirrorPriority: (input) => setMirrorPriority(doc, input, ctx),
    triageCard: (input) => triageCard(doc, input, ctx),
    setReminder: (input) => setReminder(doc, input, ctx),
    clearReminder: (input) => clearReminder(doc, input, ctx),
    markReminderFired: (input) => markReminderFired(doc, input, ctx),
  };
}
