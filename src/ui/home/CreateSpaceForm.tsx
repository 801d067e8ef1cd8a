import { useCallback, useId, useState, type FormEvent } from 'react';
import { DEFAULT_TEMPLATE_ID, TEMPLATES } from '../../domain/index.ts';
import { createSpace, type Workspace } from '../api';
import { Field } from '../common/Field';
import { FormError } from '../common/FormError';
import { useSubmit } from '../common/useSubmit';
import { NAME_MAX } from '../../domain/index.ts';

/** The server answers a new space with its id only; the page keeps the name it sent alongside. */
export interface CreatedSpace {
  id: string;
  name: string;
}

interface CreateSpaceFormProps {
  workspace: Workspace;
  /** The workspace's folders, when its document is open; the space may go into one. */
  folders?: readonly { id: string; name: string }[];
  onCreated: (space: CreatedSpace) => void;
  autoFocus?: boolean;
}

export function CreateSpaceForm({
  workspace,
  folders = [],
  onCreated,
  autoFocus = false,
}: CreateSpaceFormProps) {
  const [name, setName] = useState('');
  const [folderId, setFolderId] = useState('');
  const folderFieldId = useId();
  const [template, setTemplate] = useState(DEFAULT_TEMPLATE_ID);
  const templateId = useId();

  const action = useCallback(async () => {
    const spaceName = name.trim();
    const id = await createSpace(workspace.id, {
      name: spaceName,
      template,
      ...(folderId ? { folderId } : {}),
    });
    onCreated({ id, name: spaceName });
    setName('');
  }, [workspace.id, name, template, folderId, onCreated]);
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
          maxLength={NAME_MAX}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoFocus={autoFocus}
          required
        />
        <div className="field">
          <label htmlFor={templateId}>Template</label>
          <select
            id={templateId}
            className="select"
            value={template}
            title={TEMPLATES.find((t) => t.id === template)?.description}
            onChange={(event) => setTemplate(event.target.value)}
          >
            {TEMPLATES.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        {folders.length > 0 && (
          <div className="field">
            <label htmlFor={folderFieldId}>Folder</label>
            <select
              id={folderFieldId}
              className="select"
              value={folderId}
              onChange={(event) => setFolderId(event.target.value)}
            >
              <option value="">No folder</option>
              {folders.map((folder) => (
                <option key={folder.id} value={folder.id}>
                  {folder.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" aria-disabled={pending} aria-label={`Create space in ${workspace.name}`}>
          Create space
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}
