import { useId } from 'react';
import { STATUS_ROLES, type StatusRole } from '../../../domain/index.ts';
import { ROLE_LABELS } from '../kanban/roles';

interface RoleChoiceProps {
  value: StatusRole;
  onChange: (role: StatusRole) => void;
}

/** A column's role: what the flow charts read it as, and whether its cards count as finished. */
export function RoleChoice({ value, onChange }: RoleChoiceProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Role</label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value as StatusRole)}
      >
        {STATUS_ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
    </div>
  );
}
