import { useRef, useState } from 'react';
import type { Status, StatusRole } from '../../../domain/index.ts';
import { NameField } from '../../common/Field';
import { ROLE_LABELS } from '../kanban/roles';
import type { RunWrite } from '../lists/listDialog';
import { changedFields } from '../lists/changedFields';
import { ListRow } from '../lists/ListRow';
import { RoleChoice } from './RoleChoice';

interface ColumnRowProps {
  status: Status;
  /** How many cards the column holds now. */
  cards: number;
  run: RunWrite;
  onUpdate: (input: { statusId: string; name?: string; role?: StatusRole }) => void;
  onArchive: (input: { statusId: string; archived: boolean }) => void;
  keepFocus: () => void;
}

/** One column of the list: its name, role and card count, or, while edited, a form for name and role. */
export function ColumnRow({ status, cards, run, onUpdate, onArchive, keepFocus }: ColumnRowProps) {
  const [name, setName] = useState(status.name);
  const [role, setRole] = useState(status.role);
  const start = useRef({ name: status.name, role: status.role });
  return (
    <ListRow
      name={status.name}
      what="column"
      title={
        <span className="label-name">
          <span>{status.name}</span>
          <span className="muted label-detail">
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
        start.current = { name: status.name, role: status.role };
        setName(status.name);
        setRole(status.role);
      }}
      onSave={() =>
        run('save the column', () =>
          onUpdate({ statusId: status.id, ...changedFields(start.current, { name, role }) }),
        )
      }
      form={
        <>
          <NameField value={name} onChange={setName} autoFocus />
          <RoleChoice value={role} onChange={setRole} />
        </>
      }
    />
  );
}
