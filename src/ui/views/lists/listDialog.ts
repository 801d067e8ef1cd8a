import { useEffect, useRef, useState } from 'react';
import { DomainError } from '../../../domain/index.ts';
import '../labels/labels.css';

/** The look the space's list dialogs share (labels, custom fields, columns, archived cards), rows included. */
export const LIST_DIALOG_CLASSES = { backdrop: 'labels-backdrop', box: 'labels-dialog', head: 'labels-head' };

/** Runs one write; on refusal the dialog shows why and it returns false (the document is unchanged). */
export type RunWrite = (what: string, write: () => void) => boolean;

/**
 * What to tell the user about a refused write, in words they can act on: `needs` when the input was
 * malformed ("a label needs a name of 1–200 characters"), a message per domain code where the domain's own
 * is not the user's, and the domain's message otherwise.
 */
export function refusal(
  what: string,
  caught: unknown,
  needs: string,
  byCode: Readonly<Record<string, (error: DomainError) => string>> = {},
): string {
  if (caught instanceof DomainError) {
    if (caught.code === 'invalid_input') return `Could not ${what}: ${needs}.`;
    const say = byCode[caught.code];
    if (say) return `Could not ${what}: ${say(caught)}`;
  }
  return `Could not ${what}: ${caught instanceof Error ? caught.message : 'unknown error'}`;
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
