import { useCallback, useState, type FormEvent } from 'react';
import { createWorkspace, type Workspace, type WorkspaceType } from '../api';
import { Field } from '../common/Field';
import { FormError } from '../common/FormError';
import { useSubmit } from '../common/useSubmit';
import { WORKSPACE_TYPES } from './workspaceTypes';
import { NAME_MAX } from '../../domain/index.ts';

export function CreateWorkspaceForm({ onCreated }: { onCreated: (workspace: Workspace) => void }) {
  const [name, setName] = useState('');
  const [type, setType] = useState<WorkspaceType>('private');

  const action = useCallback(async () => {
    onCreated(await createWorkspace({ name: name.trim(), type }));
    setName('');
  }, [name, type, onCreated]);
  const { submit, pending, error } = useSubmit(action);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  return (
    <form className="inline-form" onSubmit={onSubmit} aria-labelledby="new-workspace-heading">
      <h3 id="new-workspace-heading">New workspace</h3>
      <div className="row">
        <Field
          label="Workspace name"
          maxLength={NAME_MAX}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
        />
        <fieldset className="choice">
          <legend>Who can see it</legend>
          {WORKSPACE_TYPES.map((option) => (
            <label key={option.value} title={option.hint}>
              <input
                type="radio"
                name="type"
                value={option.value}
                checked={type === option.value}
                onChange={() => setType(option.value)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" aria-disabled={pending}>
          Create workspace
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}
