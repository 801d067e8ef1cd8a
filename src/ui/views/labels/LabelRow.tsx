import { useState, type FormEvent } from 'react';
import type { Label } from '../../../domain/index.ts';
import { Field } from '../../common/Field';
import { ColourChoice } from './ColourChoice';
import { colourName } from './palette';

interface LabelRowProps {
  label: Label;
  /** Runs one write; false when it was refused (the dialog then shows why). */
  run: (what: string, write: () => void) => boolean;
  onUpdate: (input: { labelId: string; name: string; color: string }) => void;
  onArchive: (input: { labelId: string; archived: boolean }) => void;
  /** Called when the control that had focus goes away (archived, restored, edit ended), so focus stays in the dialog. */
  keepFocus: () => void;
}

/** One label of the list: its swatch and name, or, while edited, a form for both. */
export function LabelRow({ label, run, onUpdate, onArchive, keepFocus }: LabelRowProps) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(label.name);
  const [color, setColor] = useState(label.color);

  if (label.archived) {
    return (
      <li className="label-row">
        <LabelName label={label} />
        <button
          type="button"
          onClick={() => {
            if (run('restore the label', () => onArchive({ labelId: label.id, archived: false })))
              keepFocus();
          }}
        >
          Restore <span className="visually-hidden">{label.name}</span>
        </button>
      </li>
    );
  }

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    if (run('save the label', () => onUpdate({ labelId: label.id, name, color }))) {
      setEditing(false);
      keepFocus();
    }
  };
  const cancel = () => {
    setEditing(false);
    keepFocus();
  };
  if (editing) {
    return (
      <li className="label-row">
        <form
          className="label-form"
          onSubmit={onSave}
          aria-label={`Edit label ${label.name}`}
          // Escape ends the edit, not the whole dialog.
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            cancel();
          }}
        >
          <Field label="Name" value={name} onChange={(event) => setName(event.target.value)} autoFocus />
          <ColourChoice value={color} onChange={setColor} />
          <div className="row">
            <button type="submit" className="primary">
              Save
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="label-row">
      <LabelName label={label} />
      <button
        type="button"
        onClick={() => {
          // Start from the label as it is now: a colleague may have changed it since the last edit.
          setName(label.name);
          setColor(label.color);
          setEditing(true);
        }}
      >
        Edit <span className="visually-hidden">{label.name}</span>
      </button>
      <button
        type="button"
        onClick={() => {
          if (run('archive the label', () => onArchive({ labelId: label.id, archived: true }))) keepFocus();
        }}
      >
        Archive <span className="visually-hidden">{label.name}</span>
      </button>
    </li>
  );
}

function LabelName({ label }: { label: Label }) {
  return (
    <span className="label-name" style={{ '--label': label.color } as object}>
      <span className="label-swatch" role="img" aria-label={colourName(label.color)} />
      {label.name}
    </span>
  );
}
