// @vitest-environment jsdom
// "Add a card" from the keyboard (N) and the palette: the focus goes to the right column's quick-add field.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { allCommands } from '../../../../src/ui/commands/registry';
import { useShortcuts } from '../../../../src/ui/commands/useShortcuts';
import { SpaceCardScope } from '../../../../src/ui/views/SpaceCardScope';
import { KanbanBoard } from '../../../../src/ui/views/kanban/KanbanBoard';
import { ADA, card, QUIET_ACTIONS, spaceStore, status } from './fixtures';

const user = ADA;
const actions = QUIET_ACTIONS;

function Board({ readOnly = false }: { readOnly?: boolean }) {
  useShortcuts();
  const store = spaceStore(
    [status('s1', 'Intake', 'not_started', 'a0'), status('s2', 'Repair', 'in_progress', 'a1')],
    [card('c1', 'Replace pump seal', 's1', 'a0'), card('c2', 'Ship replacement', 's2', 'a0')],
  );
  return (
    <SpaceCardScope store={store} workspaceId={null} readOnly={readOnly} manageLabels={null} user={user}>
      <KanbanBoard store={store} actions={actions} />
    </SpaceCardScope>
  );
}

describe('adding a card from the keyboard', () => {
  afterEach(cleanup);

  it('puts the focus in the quick-add field of the focused card’s column, or of the first column', () => {
    render(<Board />);
    const shipped = screen.getByRole('listitem', { name: 'Ship replacement' });
    shipped.focus();
    fireEvent.keyDown(shipped, { key: 'n' });
    const repairField = screen.getByLabelText('New card in Repair') as HTMLInputElement;
    expect(document.activeElement).toBe(repairField);
    // Escape drops what was typed and goes back to the card.
    fireEvent.change(repairField, { target: { value: 'Half a tit' } });
    fireEvent.keyDown(repairField, { key: 'Escape' });
    expect(repairField.value).toBe('');
    expect(document.activeElement).toBe(shipped);
    fireEvent.keyDown(shipped, { key: 'n' });
    expect(document.activeElement).toBe(repairField);

    // Typed in a field, N is a letter.
    fireEvent.keyDown(document.activeElement!, { key: 'n' });
    expect(document.activeElement).toBe(screen.getByLabelText('New card in Repair'));

    (document.activeElement as HTMLElement).blur();
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(document.activeElement).toBe(screen.getByLabelText('New card in Intake'));

    // The palette offers each column by name.
    allCommands()
      .find((command) => command.label === 'Add a card to Repair')!
      .perform();
    expect(document.activeElement).toBe(screen.getByLabelText('New card in Repair'));
  });

  it('tells how to move a column on its grip, and how to move a card on a card', () => {
    render(<Board />);
    const spoken = (element: HTMLElement) =>
      element
        .getAttribute('aria-describedby')!
        .split(' ')
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    const grip = screen.getByRole('button', { name: 'Move column Repair' });
    expect(spoken(grip)).toMatch(/^To move this column, press Space\. .*left and right arrow keys/);
    expect(spoken(grip)).not.toContain('card');
    expect(spoken(screen.getByRole('listitem', { name: 'Ship replacement' }))).toContain(
      'To move this card, press Space.',
    );
  });

  it('offers a reader no way to add a card, nor tells them how to move one', () => {
    render(<Board readOnly />);
    expect(allCommands().filter((command) => command.label.startsWith('Add a card'))).toEqual([]);
    const item = screen.getByRole('listitem', { name: 'Ship replacement' });
    const descriptions = item
      .getAttribute('aria-describedby')!
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '');
    expect(descriptions.some((text) => text.includes('press Space'))).toBe(false);
  });
});
