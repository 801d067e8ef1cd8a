import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { RunWrite } from './listDialog';

interface ListRowProps {
  /** The item's name: what its buttons name for screen readers, and its edit form's name. */
  name: string;
  /** What the item is ("label"), for the edit form's name and the refusals ("archive the label"). */
  what: string;
  /** How the row shows the item (name, swatch, details). */
  title: ReactNode;
  archived: boolean;
  /** The verb of the button that opens the edit form ("Edit", or "Rename" when only the name changes). */
  editVerb?: string;
  run: RunWrite;
  /** Called when the control that had focus goes away (archived, restored), so focus stays in the dialog. */
  keepFocus: () => void;
  onArchive: (archived: boolean) => void;
  /** An edit begins: the form starts from the item as it is now (a colleague may have changed it since). */
  onEdit: () => void;
  /** Saves the form (through `run`); false keeps it open, with the refusal shown. */
  onSave: () => boolean;
  /** The edit form's inputs. */
  form: ReactNode;
}

/**
 * One item of a space's list dialog: shown with Edit and Archive, or Restore once archived; while edited, a
 * form with Save and Cancel (Escape cancels the edit, not the dialog). The buttons say their verb and name
 * the item for screen readers only, so a long name keeps its room.
 */
export function ListRow({
  name,
  what,
  title,
  archived,
  editVerb = 'Edit',
  run,
  keepFocus,
  onArchive,
  onEdit,
  onSave,
  form,
}: ListRowProps) {
  const [editing, setEditing] = useState(false);
  // After an edit ends, focus goes back to the row's Edit button, where the user left the row.
  const editButton = useRef<HTMLButtonElement>(null);
  const [backToEdit, setBackToEdit] = useState(false);
  useEffect(() => {
    if (!backToEdit || editing) return;
    setBackToEdit(false);
    if (editButton.current) editButton.current.focus();
    else keepFocus();
  }, [backToEdit, editing, keepFocus]);
  const named = <span className="visually-hidden">{name}</span>;

  if (archived) {
    return (
      <li className="label-row">
        {title}
        <button
          type="button"
          onClick={() => {
            if (run(`restore the ${what}`, () => onArchive(false))) keepFocus();
          }}
        >
          Restore {named}
        </button>
      </li>
    );
  }

  const end = () => {
    setEditing(false);
    setBackToEdit(true);
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (onSave()) end();
  };
  if (editing) {
    return (
      <li className="label-row">
        <form
          className="label-form"
          onSubmit={save}
          aria-label={`${editVerb} ${what} ${name}`}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            end();
          }}
        >
          {form}
          <div className="row">
            <button type="submit" className="primary">
              Save
            </button>
            <button type="button" onClick={end}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="label-row">
      {title}
      <button
        type="button"
        ref={editButton}
        onClick={() => {
          onEdit();
          setEditing(true);
        }}
      >
        {editVerb} {named}
      </button>
      <button
        type="button"
        onClick={() => {
          if (run(`archive the ${what}`, () => onArchive(true))) keepFocus();
        }}
      >
        Archive {named}
      </button>
    </li>
  );
}
