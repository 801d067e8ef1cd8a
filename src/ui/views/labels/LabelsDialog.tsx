import { useId, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useSpaceStore, type SpaceStore } from '../../../state/index.ts';
import type { SpaceActions } from '../../../sync/index.ts';
import { FormError } from '../../common/FormError';
import { ModalDialog } from '../../common/ModalDialog';
import { ColourChoice } from './ColourChoice';
import { LabelRow } from './LabelRow';
import { LABEL_COLOURS } from './palette';
import { LIST_DIALOG_CLASSES, refusal, useListDialog } from '../lists/listDialog';
import { NAME_MAX } from '../../../domain/index.ts';

interface LabelsDialogProps {
  spaceName: string;
  store: SpaceStore;
  actions: Pick<SpaceActions, 'createLabel' | 'updateLabel' | 'archiveLabel'>;
  onClose: () => void;
  /**
   * Where focus goes back on closing: the control that opened it, named by the opener rather than read
   * from `document.activeElement` on mount, which a remount (Strict Mode) would find inside this dialog.
   */
  returnFocus?: HTMLElement | null;
}

/**
 * The space's labels: create, rename, recolour, archive and restore. Every change is one domain operation
 * and syncs at once, so cards everywhere follow. Escape or Close ends it, and focus goes back to whatever
 * opened it (the header's button or the card panel's link).
 */
export function LabelsDialog({ spaceName, store, actions, onClose, returnFocus }: LabelsDialogProps) {
  const labels = useSpaceStore(
    store,
    useShallow((state) => Object.values(state.labels).sort((a, b) => a.name.localeCompare(b.name))),
  );
  const live = labels.filter((label) => !label.archived);
  const archived = labels.filter((label) => label.archived);
  const [name, setName] = useState('');
  const [color, setColor] = useState<string>(LABEL_COLOURS[0].value);
  const idBase = useId();
  const { error, run, nameInput, box, keepFocus } = useListDialog((what, caught) =>
    refusal(what, caught, `a label needs a name of 1–${NAME_MAX} characters and a colour`),
  );
  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    if (run('create the label', () => actions.createLabel({ name, color }))) {
      setName('');
      nameInput.current?.focus();
    }
  };

  // One row maker for both lists: a row offers Archive or Restore by the label's own state.
  const row = (label: (typeof labels)[number]) => (
    <LabelRow
      key={label.id}
      label={label}
      run={run}
      onUpdate={actions.updateLabel}
      onArchive={actions.archiveLabel}
      keepFocus={keepFocus}
    />
  );

  return (
    <ModalDialog
      title={`Labels of ${spaceName}`}
      onClose={onClose}
      returnFocus={returnFocus}
      classes={LIST_DIALOG_CLASSES}
      boxRef={box}
    >
      <FormError message={error} />
      <form className="label-form" onSubmit={onCreate} aria-label="New label">
        <div className="field">
          <label htmlFor={`${idBase}-name`}>Label name</label>
          <input
            id={`${idBase}-name`}
            ref={nameInput}
            value={name}
            maxLength={NAME_MAX}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <ColourChoice value={color} onChange={setColor} />
        <div className="row">
          <button type="submit" className="primary">
            Create label
          </button>
        </div>
      </form>
      {live.length === 0 && <p className="muted">No labels yet.</p>}
      <ul className="label-list" aria-label="Labels">
        {live.map(row)}
      </ul>
      {archived.length > 0 && (
        <>
          <h3>Archived</h3>
          <p className="muted">Hidden on cards, which keep them: restoring one shows it there again.</p>
          <ul className="label-list" aria-label="Archived labels">
            {archived.map(row)}
          </ul>
        </>
      )}
    </ModalDialog>
  );
}
