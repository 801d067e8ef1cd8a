import { useCallback, useState, type FormEvent } from 'react';
import { createSpace, type Workspace } from '../api';
import { Field } from '../common/Field';
import { FormError } from '../common/FormError';
import { useSubmit } from '../common/useSubmit';

/** The server answers a new space with its id only; the page keeps the name it sent alongside. */
export interface CreatedSpace {
  id: string;
  name: string;
}

interface CreateSpaceFormProps {
  workspace: Workspace;
  onCreated: (space: CreatedSpace) => void;
  autoFocus?: boolean;
}

export function CreateSpaceForm({ workspace, onCreated, autoFocus = false }: CreateSpaceFormProps) {
  const [name, setName] = useState('');

  const action = useCallback(async () => {
    const spaceName = name.trim();
    const id = await createSpace(workspace.id, { name: spaceName });
    onCreated({ id, name: spaceName });
    setName('');
  }, [workspace.id, name, onCreated]);
  const { submit, pending, error } = useSubmit(action);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label={`New space in ${workspace.name}`}>
      <div className="row">
        <Field
          label="Space name"
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoFocus={autoFocus}
          required
        />
        <button type="submit" aria-disabled={pending} aria-label={`Create space in ${workspace.name}`}>
          Create space
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}
