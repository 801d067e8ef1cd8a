import { useCallback, useRef, useState } from 'react';
import { removeMember, setMember, type Member, type Workspace } from '../api';
import { FormError } from '../common/FormError';
import { useSubmit } from '../common/useSubmit';
import { MEMBER_ROLES, memberRoleLabel } from './memberRoles';

interface MemberRowProps {
  workspace: Workspace;
  member: Member;
  /** The workspace's owner sees the controls; everyone else reads the name and role. */
  manage: boolean;
  /** The row is the signed-in user's own: never a Remove, but Leave where `canLeave`. */
  own: boolean;
  /** They may leave the workspace from this row (see `mayLeave`; never its only owner). */
  canLeave: boolean;
  /** The membership changed on the server (`removed`: it is gone): the directory is asked again. */
  onChanged: (member: Member, removed: boolean) => void;
}

/**
 * One person of a workspace: name, email (owners only) and role, which an owner changes or removes; on
 * one's own row, the way to leave the workspace (the server keeps its last owner).
 */
export function MemberRow({ workspace, member, manage, own, canLeave, onChanged }: MemberRowProps) {
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  // The role just chosen, shown until the directory lists a different role than it did then (the
  // choice, once stored; or someone else's change), so the selector never flicks back meanwhile.
  const [chosen, setChosen] = useState<{ from: Workspace['role']; role: Workspace['role'] } | null>(null);
  const shownRole = chosen?.from === member.role ? chosen.role : member.role;

  const changeRole = useCallback(
    async (role: Workspace['role']) => {
      setChosen({ from: member.role, role });
      try {
        // Roles are set by email; owners are sent every member's email, so it is there when this runs.
        await setMember(workspace.id, { email: member.email ?? '', role });
      } catch (error) {
        setChosen(null);
        throw error;
      }
      onChanged(member, false);
    },
    [workspace.id, member, onChanged],
  );
  const remove = useCallback(async () => {
    await removeMember(workspace.id, member.id);
    onChanged(member, true);
  }, [workspace.id, member, onChanged]);
  const roleChange = useSubmit(changeRole);
  const removal = useSubmit(remove);

  const cancel = () => {
    setConfirming(false);
    // The Remove button comes back where the confirmation was; focus goes with it.
    requestAnimationFrame(() => removeButton.current?.focus());
  };

  return (
    <li className="person">
      <div className="person-head">
        <span className="person-name">{member.name}</span>
        {member.email && <span className="muted">{member.email}</span>}
        {manage && member.email ? (
          <select
            className="select"
            aria-label={`Role of ${member.name}`}
            value={shownRole}
            aria-disabled={roleChange.pending}
            onChange={(event) => void roleChange.submit(event.target.value as Workspace['role'])}
          >
            {MEMBER_ROLES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          <span className="badge">{memberRoleLabel(member.role)}</span>
        )}
        {(own ? canLeave : manage) && !confirming && (
          <button type="button" ref={removeButton} onClick={() => setConfirming(true)}>
            {own ? `Leave ${workspace.name}` : `Remove ${member.name}`}
          </button>
        )}
      </div>
      {confirming && (
        <div
          className="row person-confirm"
          role="group"
          aria-label={own ? `Leave ${workspace.name}?` : `Remove ${member.name}?`}
        >
          <span>
            {own
              ? `Leave ${workspace.name}? ${
                  workspace.type === 'public'
                    ? 'You can still read its spaces as a visitor, and join it again.'
                    : 'Its spaces close to you until an owner adds you again.'
                }`
              : `Remove ${member.name} from ${workspace.name}?`}
          </span>
          <button
            type="button"
            className="danger"
            aria-disabled={removal.pending}
            onClick={() => void removal.submit()}
          >
            {own ? `Yes, leave ${workspace.name}` : `Yes, remove ${member.name}`}
          </button>
          {/* Focus starts on the harmless choice: Enter by habit must not remove someone. */}
          <button type="button" onClick={cancel} autoFocus>
            Cancel
          </button>
        </div>
      )}
      <FormError message={roleChange.error ?? removal.error} />
    </li>
  );
}

/**
 * Whether someone may leave `workspace` from their row: where leaving takes their access away, as the
 * server allows it — a private workspace, or a public one they are more than a visitor of. Everyone is in
 * an organisation-wide one.
 */
export function mayLeave(workspace: Workspace): boolean {
  return workspace.type === 'private' || (workspace.type === 'public' && workspace.role !== 'visitor');
}
