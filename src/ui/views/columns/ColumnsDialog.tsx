import { useId, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { NAME_MAX, sortKeyed, type StatusRole } from '../../../domain/index.ts';
import { useSpaceStore, type SpaceStore } from '../../../state/index.ts';
import type { SpaceActions } from '../../../sync/index.ts';
import { FormError } from '../../common/FormError';
import { ModalDialog } from '../../common/ModalDialog';
import { LIST_DIALOG_CLASSES, refusal, useListDialog } from '../lists/listDialog';
import { ColumnRow } from './ColumnRow';
import { newColumnPlace } from './newColumnPlace';
import { RoleChoice } from './RoleChoice';

interface ColumnsDialogProps {
  spaceName: string;
  store: SpaceStore;
  actions: Pick<SpaceActions, 'createStatus' | 'updateStatus' | 'archiveStatus'>;
  onClose: () => void;
  /** Where focus goes back on closing: the control that opened it. */
  returnFocus?: HTMLElement | null;
}

/**
 * The space's columns (its statuses) in board order: add one, rename it, change its role, archive an
 * empty one and restore it in its old place. The board's own drag moves them. Every change is one domain
 * operation and syncs at once; it shares the labels dialog's look.
 */
export function ColumnsDialog({ spaceName, store, actions, onClose, returnFocus }: ColumnsDialogProps) {
  const statuses = useSpaceStore(
    store,
    useShallow((state) => sortKeyed(Object.values(state.statuses))),
  );
  const counts = useSpaceStore(
    store,
    useShallow((state) => statuses.map((status) => state.columns[status.id]?.length ?? 0)),
  );
  const live = statuses.filter((status) => !status.archived);
  const archived = statuses.filter((status) => status.archived);
  const [name, setName] = useState('');
  const [role, setRole] = useState<StatusRole>('in_progress');
  const idBase = useId();
  const { error, run, nameInput, box, keepFocus } = useListDialog((what, caught) =>
    refusal(what, caught, `a column needs a name of 1–${NAME_MAX} characters`),
  );
  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    if (
      run('add the column', () => actions.createStatus({ name, role, afterId: newColumnPlace(live, role) }))
    ) {
      setName('');
      nameInput.current?.focus();
    }
  };
  const row = (status: (typeof statuses)[number]) => (
    <ColumnRow
      key={status.id}
      status={status}
      cards={counts[statuses.indexOf(status)] ?? 0}
      run={run}
      onUpdate={actions.updateStatus}
      onArchive={actions.archiveStatus}
      keepFocus={keepFocus}
    />
  );

  return (
    <ModalDialog
      title={`Columns of ${spaceName}`}
      onClose={onClose}
      returnFocus={returnFocus}
      classes={LIST_DIALOG_CLASSES}
      boxRef={box}
    >
      <FormError message={error} />
      <p className="muted">
        A column&rsquo;s role tells the flow charts where work waits, runs and ends: cards in a Completed or
        Cancelled column count as finished, so their due dates are no longer missed. A new column goes before
        the first finished one (a finished one at the end); drag a column&rsquo;s grip on the board to move
        it.
      </p>
      <form className="label-form" onSubmit={onCreate} aria-label="New column">
        <div className="row">
          <div className="field">
            <label htmlFor={`${idBase}-name`}>Column name</label>
            <input
              id={`${idBase}-name`}
              ref={nameInput}
              value={name}
              maxLength={NAME_MAX}
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <RoleChoice value={role} onChange={setRole} />
        </div>
        <div className="row">
          <button type="submit" className="primary">
            Add column
          </button>
        </div>
      </form>
      <ul className="label-list" aria-label="Columns">
        {live.map(row)}
      </ul>
      {archived.length > 0 && (
        <>
          <h3>Archived</h3>
          <p className="muted">
            Off the board, with the archived cards they held: restoring one puts it back where it was.
          </p>
          <ul className="label-list" aria-label="Archived columns">
            {archived.map(row)}
          </ul>
        </>
      )}
    </ModalDialog>
  );
}
