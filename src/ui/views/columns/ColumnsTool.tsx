import { useMemo, useState } from 'react';
import type { SpaceStore } from '../../../state/index.ts';
import type { SpaceActions } from '../../../sync/index.ts';
import type { Command } from '../../commands/command';
import { useCommands } from '../../commands/registry';
import { ColumnsDialog } from './ColumnsDialog';

interface ColumnsToolProps {
  spaceName: string;
  store: SpaceStore;
  actions: SpaceActions;
}

/**
 * The space header's Columns button, its palette command and the dialog they open. Offered to those who
 * edit the space (not to visitors, nor on an archived space).
 */
export function ColumnsTool({ spaceName, store, actions }: ColumnsToolProps) {
  // The control that opened the dialog, where focus returns; `true` when nothing had the focus.
  const [opener, setOpener] = useState<HTMLElement | true | null>(null);
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'manage-columns',
        label: 'Manage the columns of this space',
        // The palette has given focus back to where it was: that is where closing the dialog returns it.
        perform: () =>
          setOpener(document.activeElement instanceof HTMLElement ? document.activeElement : true),
      },
    ],
    [],
  );
  useCommands(commands);
  return (
    <div className="space-settings">
      <button type="button" onClick={(event) => setOpener(event.currentTarget)}>
        Columns
      </button>
      {opener && (
        <ColumnsDialog
          spaceName={spaceName}
          store={store}
          actions={actions}
          onClose={() => setOpener(null)}
          returnFocus={opener === true ? null : opener}
        />
      )}
    </div>
  );
}
