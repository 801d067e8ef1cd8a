import { useId, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { compareKeyed, NAME_MAX, slaFieldOf, type FieldType } from '../../../domain/index.ts';
import { useSpaceStore, type SpaceStore } from '../../../state/index.ts';
import type { SpaceActions } from '../../../sync/index.ts';
import { FormError } from '../../common/FormError';
import { ModalDialog } from '../../common/ModalDialog';
import { LIST_DIALOG_CLASSES, refusal, useListDialog } from '../lists/listDialog';
import { FieldRow } from './FieldRow';
import { FIELD_TYPE_NAMES } from './fieldTypes';

interface FieldsDialogProps {
  spaceName: string;
  store: SpaceStore;
  actions: Pick<SpaceActions, 'createField' | 'renameField' | 'archiveField' | 'setSlaField'>;
  onClose: () => void;
  /** Where focus goes back on closing: the control that opened it. */
  returnFocus?: HTMLElement | null;
}

/**
 * The space's custom fields: create (date, text or number), rename, archive and restore, and the choice of
 * the date field that is the SLA due date. Every change is one domain operation and syncs at once; it
 * shares the labels dialog's look, as both manage a list that belongs to the space.
 */
export function FieldsDialog({ spaceName, store, actions, onClose, returnFocus }: FieldsDialogProps) {
  const fields = useSpaceStore(
    store,
    useShallow((state) => Object.values(state.fields).sort(compareKeyed)),
  );
  const slaFieldId = useSpaceStore(store, (state) => slaFieldOf(state.settings, state.fields));
  const live = fields.filter((field) => !field.archived);
  const archived = fields.filter((field) => field.archived);
  const dateFields = live.filter((field) => field.type === 'date');
  const [name, setName] = useState('');
  const [type, setType] = useState<FieldType>('date');
  const idBase = useId();
  const { error, run, nameInput, box, keepFocus } = useListDialog((what, caught) =>
    refusal(what, caught, `a field needs a name of 1–${NAME_MAX} characters and a type`),
  );
  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    if (run('create the field', () => actions.createField({ name, type }))) {
      setName('');
      nameInput.current?.focus();
    }
  };
  const row = (field: (typeof fields)[number]) => (
    <FieldRow
      key={field.id}
      field={field}
      isSla={field.id === slaFieldId}
      run={run}
      onRename={actions.renameField}
      onArchive={actions.archiveField}
      keepFocus={keepFocus}
    />
  );

  return (
    <ModalDialog
      title={`Fields of ${spaceName}`}
      onClose={onClose}
      returnFocus={returnFocus}
      classes={LIST_DIALOG_CLASSES}
      boxRef={box}
    >
      <FormError message={error} />
      <form className="label-form" onSubmit={onCreate} aria-label="New field">
        <div className="row">
          <div className="field">
            <label htmlFor={`${idBase}-name`}>Field name</label>
            <input
              id={`${idBase}-name`}
              ref={nameInput}
              value={name}
              maxLength={NAME_MAX}
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${idBase}-type`}>Type</label>
            <select
              id={`${idBase}-type`}
              className="select"
              value={type}
              onChange={(event) => setType(event.target.value as FieldType)}
            >
              {FIELD_TYPE_NAMES.map((entry) => (
                <option key={entry.type} value={entry.type}>
                  {entry.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="row">
          <button type="submit" className="primary">
            Create field
          </button>
        </div>
      </form>
      {live.length === 0 && <p className="muted">No fields yet.</p>}
      <ul className="label-list" aria-label="Fields">
        {live.map(row)}
      </ul>
      <div className="field">
        <label htmlFor={`${idBase}-sla`}>SLA due date</label>
        <select
          id={`${idBase}-sla`}
          className="select"
          value={slaFieldId ?? ''}
          aria-describedby={`${idBase}-sla-hint`}
          onChange={(event) =>
            run('choose the SLA field', () => actions.setSlaField({ fieldId: event.target.value || null }))
          }
        >
          <option value="">No SLA</option>
          {dateFields.map((field) => (
            <option key={field.id} value={field.id}>
              {field.name}
            </option>
          ))}
        </select>
        <span id={`${idBase}-sla-hint`} className="hint">
          The date field by which each card must be done; the Flow view measures SLA attainment from it.
        </span>
      </div>
      {archived.length > 0 && (
        <>
          <h3>Archived</h3>
          <p className="muted">Hidden on cards, which keep their values: restoring one shows them again.</p>
          <ul className="label-list" aria-label="Archived fields">
            {archived.map(row)}
          </ul>
        </>
      )}
    </ModalDialog>
  );
}
