import { useState, type FormEvent } from 'react';
import type { Field as CustomField } from '../../../domain/index.ts';
import { Field } from '../../common/Field';
import { fieldTypeName } from './fieldTypes';

interface FieldRowProps {
  field: CustomField;
  /** Whether this is the space's SLA due date. */
  isSla: boolean;
  /** Runs one write; false when it was refused (the dialog then shows why). */
  run: (what: string, write: () => void) => boolean;
  onRename: (input: { fieldId: string; name: string }) => void;
  onArchive: (input: { fieldId: string; archived: boolean }) => void;
  /** Called when the control that had focus goes away, so focus stays in the dialog. */
  keepFocus: () => void;
}

/** One field of the list: its name and type, or, while renamed, a form for the name. */
export function FieldRow({ field, isSla, run, onRename, onArchive, keepFocus }: FieldRowProps) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(field.name);
  const title = (
    <span className="label-name">
      {field.name}
      <span className="muted">
        {fieldTypeName(field.type)}
        {isSla && ' · SLA due date'}
      </span>
    </span>
  );

  if (field.archived) {
    return (
      <li className="label-row">
        {title}
        <button
          type="button"
          onClick={() => {
            if (run('restore the field', () => onArchive({ fieldId: field.id, archived: false })))
              keepFocus();
          }}
        >
          Restore {field.name}
        </button>
      </li>
    );
  }
  const onSave = (event: FormEvent) => {
    event.preventDefault();
    if (run('rename the field', () => onRename({ fieldId: field.id, name }))) {
      setEditing(false);
      keepFocus();
    }
  };
  if (editing) {
    return (
      <li className="label-row">
        <form className="label-form" onSubmit={onSave} aria-label={`Rename field ${field.name}`}>
          <Field label="Name" value={name} onChange={(event) => setName(event.target.value)} autoFocus />
          <div className="row">
            <button type="submit" className="primary">
              Save
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                keepFocus();
              }}
            >
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
        onClick={() => {
          // Start from the name as it is now: a colleague may have renamed it since.
          setName(field.name);
          setEditing(true);
        }}
      >
        Rename {field.name}
      </button>
      <button
        type="button"
        onClick={() => {
          if (run('archive the field', () => onArchive({ fieldId: field.id, archived: true }))) keepFocus();
        }}
      >
        Archive {field.name}
      </button>
    </li>
  );
}
