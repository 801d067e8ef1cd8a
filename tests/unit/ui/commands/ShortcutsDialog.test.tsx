// @vitest-environment jsdom
// "?" shows the keyboard shortcuts of the commands on offer, and the board's own keys; Escape closes it.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../../../src/ui/commands/command';
import { matchesKeys } from '../../../../src/ui/commands/command';
import { useCommands } from '../../../../src/ui/commands/registry';
import { ShortcutsDialog } from '../../../../src/ui/commands/ShortcutsDialog';
import { useShortcuts } from '../../../../src/ui/commands/useShortcuts';

function Shell() {
  const [from, setFrom] = useState<HTMLElement | null | undefined>(undefined);
  const commands = useMemo<Command[]>(
    () => [
      { id: 'undo', label: 'Undo', keys: 'Mod+Z', perform: vi.fn() },
      { id: 'off', label: 'Not now', keys: 'X', enabled: () => false, perform: vi.fn() },
      { id: 'home', label: 'Go to Home', perform: vi.fn() },
      {
        id: 'shortcuts',
        label: 'Show keyboard shortcuts',
        keys: '?',
        perform: () => setFrom(document.activeElement as HTMLElement),
      },
    ],
    [],
  );
  useCommands(commands);
  useShortcuts();
  return (
    <>
      <button type="button">Somewhere</button>
      {from !== undefined && <ShortcutsDialog onClose={() => setFrom(undefined)} returnFocus={from} />}
    </>
  );
}

describe('keyboard shortcuts dialog', () => {
  afterEach(cleanup);

  it('lists the shortcuts on offer and the board keys, and gives the focus back on Escape', () => {
    render(<Shell />);
    const somewhere = screen.getByRole('button', { name: 'Somewhere' });
    somewhere.focus();
    // Typed with Shift on most layouts, without on some: "?" opens it either way.
    fireEvent.keyDown(somewhere, { key: '?', shiftKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const here = within(dialog).getByRole('table', { name: 'Shortcuts here' });
    const rows = within(here)
      .getAllByRole('row')
      .map((row) => row.textContent);
    // Commands without a shortcut, or not on offer now, are not listed.
    expect(rows).toEqual(['Ctrl+ZUndo', '?Show keyboard shortcuts']);
    expect(within(dialog).getByRole('table', { name: 'On a board' }).textContent).toContain('Enter');
    // A single key inside the dialog is the dialog's: "?" there does not open it again over itself.
    fireEvent.keyDown(dialog, { key: '?', shiftKey: true });
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(somewhere);
  });

  it('matches a punctuation shortcut with or without Shift, and letters only without', () => {
    const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
    expect(matchesKeys(key({ key: '?', shiftKey: true }), '?')).toBe(true);
    expect(matchesKeys(key({ key: '?' }), '?')).toBe(true);
    expect(matchesKeys(key({ key: 'N', shiftKey: true }), 'N')).toBe(false);
    expect(matchesKeys(key({ key: '?', ctrlKey: true }), '?')).toBe(false);
  });
});
