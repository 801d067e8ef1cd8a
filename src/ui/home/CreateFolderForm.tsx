import { useState, type FormEvent } from 'react';
import type { WorkspaceActions } from '../../sync/index.ts';
import { Field } from '../common/Field';
import { FormError } from '../common/FormError';
import { NAME_MAX } from '../../domain/index.ts';

interface CreateFolderFormProps {
  workspaceName: string;
  actions: WorkspaceActions;
}

/** Adds a folder to the workspace's document; it syncs like any edit and works offline. */
export function CreateFolderForm({ workspaceName, actions }: CreateFolderFormProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    try {
      actions.createFolder({ name: name.trim() });
      setName('');
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The folder could not be created.');
    }
  };
  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label={`New folder in ${workspaceName}`}>
      <div className="row">
        <Field
          label="Folder name"
          maxLength={NAME_MAX}
          name="folder"
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
        />
        <button type="submit" aria-label={`Create folder in ${workspaceName}`}>
          Create folder
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}
