import { useEffect, useRef, useState } from 'react';
import { DomainError } from '../../../domain/index.ts';
import '../labels/labels.css';

/** The look the space's list dialogs share (labels, custom fields, columns, archived cards), rows included. */
export const LIST_DIALOG_CLASSES = { backdrop: 'labels-backdrop', box: 'labels-dialog', head: 'labels-head' };

/** Runs one write; on refusal the dialog shows why and it returns false (the document is unchanged). */
export type RunWrite = (what: string, write: () => void) => boolean;

/**
 * What to tell the user about a refused write, in words they can act on: `needs` when the input was
 * malformed ("a label needs a name of 1–200 characters"), otherwise the domain's message, continuing the
 * sentence ("Could not archive the column: move the card…"). An archived item whose name a live one has
 * taken meanwhile can only come back once one of the two is renamed, which the message then says.
 */
export function refusal(what: string, caught: unknown, needs: string): string {
  if (caught instanceof DomainError && caught.code === 'invalid_input') return `Could not ${what}: ${needs}.`;
  const message = caught instanceof Error ? continued(caught.message) : 'unknown error';
  const renameFirst =
    caught instanceof DomainError && caught.code.startsWith('duplicate_') && what.startsWith('restore ')
      ? ' Rename that one first, then restore this one.'
      : '';
  return `Could not ${what}: ${message}${renameFirst}`;
}

/** A sentence continued after a colon: its first letter in lower case, unless the word is an acronym. */
function continued(sentence: string): string {
  return /^[A-Z](?![A-Z])/.test(sentence) ? sentence[0]!.toLowerCase() + sentence.slice(1) : sentence;
}

/**
 * The state a list dialog keeps: the refusal shown, the write runner, the new-item name field (focused on
 * opening) and the dialog's box, where focus goes when the control that had it leaves (a row archived, an
 * edit ended) so Escape still closes the dialog.
 */
export function useListDialog(describe: (what: string, caught: unknown) => string) {
  const [error, setError] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => nameInput.current?.focus(), []);
  const run: RunWrite = (what, write) => {
    try {
      write();
      setError(null);
      return true;
    } catch (caught) {
      setError(describe(what, caught));
      return false;
    }
  };
  const keepFocus = () => box.current?.focus();
  return { error, run, nameInput, box, keepFocus };
}
