import { useEffect, useRef } from 'react';
import { ModalDialog } from '../common/ModalDialog';
import { LIST_DIALOG_CLASSES } from '../views/lists/listDialog';
import { formatKeys } from './command';
import { useAllCommands } from './registry';

/**
 * Keys of the boards (a space's and MySpace's) and their lists that are not commands: dnd-kit's keyboard
 * drag and the lists' own.
 */
const BOARD_KEYS: readonly [string, string][] = [
  ['← → ↑ ↓', 'Go to the card beside, above or below the focused one'],
  ['Home End', "Go to the first or last card of the focused card's column or section"],
  ['Enter', 'Open the focused card'],
  ['Space', 'Lift the focused card or column; Space again drops it'],
  ['← → ↑ ↓', 'Move a lifted card between and within columns'],
  ['Escape', 'Put a lifted card back; close a panel or dialog'],
];

/**
 * "Keyboard shortcuts" (`?`): the shortcuts of the commands on offer where the user is, read from the one
 * list of commands the palette shows, then the board's keys that are not commands.
 */
export function ShortcutsDialog({
  onClose,
  returnFocus,
}: {
  onClose: () => void;
  returnFocus: HTMLElement | null;
}) {
  const commands = useAllCommands().filter(
    (command) => command.keys !== undefined && (command.enabled?.() ?? true),
  );
  const box = useRef<HTMLDivElement | null>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <ModalDialog
      title="Keyboard shortcuts"
      onClose={onClose}
      returnFocus={returnFocus}
      classes={LIST_DIALOG_CLASSES}
      boxRef={box}
    >
      <ShortcutTable
        caption="Shortcuts here"
        rows={commands.map((command) => [formatKeys(command.keys!), command.label])}
      />
      <ShortcutTable caption="On a board" rows={BOARD_KEYS} />
    </ModalDialog>
  );
}

/** Keys beside what they do, named by its caption. */
function ShortcutTable({ caption, rows }: { caption: string; rows: readonly [string, string][] }) {
  return (
    <table className="shortcut-table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([keys, what]) => (
          <tr key={`${keys} ${what}`}>
            <th scope="row">
              <kbd>{keys}</kbd>
            </th>
            <td>{what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
