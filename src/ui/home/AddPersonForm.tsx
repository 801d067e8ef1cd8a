import { useCallback, useId, useState, type FormEvent } from 'react';
import { ApiError, setMember, type Workspace } from '../api';
import { Field } from '../common/Field';
import { FormError } from '../common/FormError';
import { useSubmit } from '../common/useSubmit';
import { MEMBER_ROLES } from './memberRoles';

interface AddPersonFormProps {
  workspace: Workspace;
  /** The person is in (or their role changed): the directory is asked again. */
  onAdded: (email: string) => void;
}

/**
 * An owner adds someone who already has an account, by email. There are no invitations by mail: the
 * server answers `unknown_user` for an address nobody signed up with, and the form says what to do.
 */
export function AddPersonForm({ workspace, onAdded }: AddPersonFormProps) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Workspace['role']>('member');
  const roleId = useId();

  const action = useCallback(async () => {
    const address = email.trim();
    try {
      await setMember(workspace.id, { email: address, role });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'unknown_user') {
        throw new ApiError(
          error.code,
          'No account uses this email yet: ask them to sign up first.',
          error.status,
        );
      }
      throw error;
    }
    setEmail('');
    onAdded(address);
  }, [workspace.id, email, role, onAdded]);
  const { submit, pending, error } = useSubmit(action);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label={`Add a person to ${workspace.name}`}>
      <div className="row">
        <Field
          label="Email of the person to add"
          name="email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
        />
        <div className="field">
          <label htmlFor={roleId}>Role</label>
          <select
            id={roleId}
            className="select"
            value={role}
            onChange={(event) => setRole(event.target.value as Workspace['role'])}
          >
            {MEMBER_ROLES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" aria-disabled={pending} aria-label={`Add to ${workspace.name}`}>
          Add
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}
