import { useContext, useMemo, type RefObject } from 'react';
import type { Status } from '../../../domain/index.ts';
import type { SpaceStore } from '../../../state/index.ts';
import type { Command } from '../../commands/command';
import { useCommands } from '../../commands/registry';
import { announce } from '../../common/announce';
import { byData } from '../../common/byData';
import { ReadOnlyContext } from '../../common/readOnly';

/**
 * "Add a card" (N: to the column of the focused card, or the first column) and "Add a card to <column>"
 * for each column, in the palette and as a shortcut, as Trello's N and Linear's C: each puts the focus in
 * that column's quick-add field. Readers get none; none runs while `busy` (a drag in progress).
 */
export function useAddCardCommands(
  area: RefObject<HTMLElement | null>,
  statuses: readonly Status[],
  store: SpaceStore,
  busy: () => boolean,
): void {
  const readOnly = useContext(ReadOnlyContext);
  const commands = useMemo<Command[]>(() => {
    if (readOnly || statuses.length === 0) return [];
    const addTo = (status: Status) => {
      const root = area.current;
      if (root === null) return;
      const field = byData(root, 'quickAdd', status.id);
      if (field) {
        // Escape in the field goes back to the card the user came from (see `QuickAdd`).
        const from = document.activeElement?.closest<HTMLElement>('[data-card-id]')?.dataset.cardId;
        if (from) field.dataset.returnTo = from;
        else delete field.dataset.returnTo;
        return field.focus();
      }
      // A collapsed column draws no field: its expand button takes the focus, and says why.
      byData(root, 'columnToggle', status.id)?.focus();
      announce(`${status.name} is collapsed: expand it to add a card.`);
    };
    const focusedColumn = () => {
      const focused = document.activeElement?.closest<HTMLElement>('[data-card-id]');
      const statusId = focused ? store.getState().cards[focused.dataset.cardId!]?.pos.statusId : undefined;
      return statuses.find((status) => status.id === statusId) ?? statuses[0]!;
    };
    const enabled = () => !busy();
    return [
      { id: 'card-add', label: 'Add a card', keys: 'N', enabled, perform: () => addTo(focusedColumn()) },
      ...statuses.map((status) => ({
        id: `card-add:${status.id}`,
        label: `Add a card to ${status.name}`,
        enabled,
        perform: () => addTo(status),
      })),
    ];
  }, [readOnly, statuses, area, store, busy]);
  useCommands(commands);
}
