import { useState } from 'react';
import type { Field as CustomField } from '../../../domain/index.ts';
import { NameField } from '../../common/Field';
import type { RunWrite } from '../lists/listDialog';
import { ListRow } from '../lists/ListRow';
import { fieldTypeName } from './fieldTypes';

interface FieldRowProps {
  field: CustomField;
  /** Whether this is the space's SLA due date. */
  isSla: boolean;
  run: RunWrite;
  onRename: (input: { fieldId: string; name: string }) => void;
  onArchive: (input: { fieldId: string; archived: boolean }) => void;
  keepFocus: () => void;
}

/** One field of the list: its name and type, or, while renamed, a form for the name. */
export function FieldRow({ field, isSla, run, onRename, onArchive, keepFocus }: FieldRowProps) {
  const [name, setName] = useState(field.name);
  return (
    <ListRow
      name={field.name}
      what="field"
      editVerb="Rename"
      title={
        <span className="label-name">
          <span>{field.name}</span>
          <span className="muted label-detail">
            {fieldTypeName(field.type)}
            {isSla && ' · SLA due date'}
          </span>
        </span>
      }
      archived={field.archived}
      run={run}
      keepFocus={keepFocus}
      onArchive={(archived) => onArchive({ fieldId: field.id, archived })}
      onEdit={() => setName(field.name)}
      onSave={() => run('rename the field', () => onRename({ fieldId: field.id, name }))}
      form={<NameField value={name} onChange={setName} autoFocus />}
    />
  );
}
