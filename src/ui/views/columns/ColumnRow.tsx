import { useState } from 'react';
import type { Status, StatusRole } from '../../../domain/index.ts';
import { Field } from '../../common/Field';
import { ROLE_LABELS } from '../kanban/roles';
import type { RunWrite } from '../lists/listDialog';
import { ListRow } from '../lists/ListRow';
import { RoleChoice } from './RoleChoice';

interface ColumnRowProps {
  status: Status;
  /** How many cards the column holds now. */
  cards: number;
  run: RunWrite;
  onRename: (input: { statusId: string; name: string }) => void;
  onRole: (input: { statusId: string; role: StatusRole }) => void;
  onArchive: (input: { statusId: string; archived: boolean }) => void;
  keepFocus: () => void;
}

/** One column of the list: its name, role and card count, or, while edited, a form for name and role. */
export function ColumnRow({ status, cards, run, onRename, onRole, onArchive, keepFocus }: ColumnRowProps) {
  const [name, setName] = useState(status.name);
  const [role, setRole] = useState(status.role);
  return (
    <ListRow
      name={status.name}
      what="column"
      title={
        <span className="label-name">
          {status.name}
          <span className="muted">
            {ROLE_LABELS[status.role]}
            {!status.archived && ` · ${cards === 1 ? '1 card' : `${cards} cards`}`}
          </span>
        </span>
      }
      archived={status.archived}
      run={run}
      keepFocus={keepFocus}
      onArchive={(archived) => onArchive({ statusId: status.id, archived })}
      onEdit={() => {
        setName(status.name);
        setRole(status.role);
      }}
      onSave={() =>
        run('save the column', () => {
          // The name first: a name another column has is refused before anything is written.
          if (name.trim() !== status.name) onRename({ statusId: status.id, name });
          if (role !== status.role) onRole({ statusId: status.id, role });
        })
      }
      form={
        <>
          <Field
            label="Name"
            value={name}
            maxLength={200}
            onChange={(event) => setName(event.target.value)}
            autoFocus
          />
          <RoleChoice value={role} onChange={setRole} />
        </>
      }
    />
  );
}
