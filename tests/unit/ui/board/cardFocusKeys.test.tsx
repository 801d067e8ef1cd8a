// @vitest-environment jsdom
// Arrow keys, Home and End move the focus between a board's cards while no card is lifted.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SpaceCardScope } from '../../../../src/ui/views/SpaceCardScope';
import { KanbanBoard } from '../../../../src/ui/views/kanban/KanbanBoard';
import { ADA, card, QUIET_ACTIONS, spaceStore, status } from './fixtures';

const user = ADA;
const actions = QUIET_ACTIONS;

function Board() {
  const store = spaceStore(
    [
      status('s1', 'Intake', 'not_started', 'a0'),
      status('s2', 'Waiting', 'not_started', 'a1'),
      status('s3', 'Repair', 'in_progress', 'a2'),
    ],
    [
      card('c1', 'Replace pump seal', 's1', 'a0'),
      card('c2', 'Check boiler', 's1', 'a1'),
      card('c3', 'Order hinge', 's1', 'a2'),
      card('c4', 'Ship replacement', 's3', 'a0'),
    ],
  );
  return (
    <SpaceCardScope store={store} workspaceId={null} readOnly={false} manageLabels={null} user={user}>
      <KanbanBoard store={store} actions={actions} />
    </SpaceCardScope>
  );
}

const item = (name: string) => screen.getByRole('listitem', { name });
const press = (key: string, init: Partial<KeyboardEventInit> = {}) =>
  fireEvent.keyDown(document.activeElement!, { key, ...init });

describe('moving the focus between cards', () => {
  afterEach(cleanup);

  it('goes up and down a column, to its ends, and across to the next column that has cards', () => {
    render(<Board />);
    item('Replace pump seal').focus();
    press('ArrowDown');
    expect(document.activeElement).toBe(item('Check boiler'));
    press('ArrowDown');
    press('ArrowDown');
    // The last card stays focused: nothing below it.
    expect(document.activeElement).toBe(item('Order hinge'));
    press('Home');
    expect(document.activeElement).toBe(item('Replace pump seal'));
    press('ArrowUp');
    expect(document.activeElement).toBe(item('Replace pump seal'));
    press('End');
    expect(document.activeElement).toBe(item('Order hinge'));

    // The empty "Waiting" column is passed over.
    press('ArrowRight');
    expect(document.activeElement).toBe(item('Ship replacement'));
    press('ArrowRight');
    expect(document.activeElement).toBe(item('Ship replacement'));
    // Back the way it came: to the card it came from.
    press('ArrowLeft');
    expect(document.activeElement).toBe(item('Order hinge'));
  });

  it('makes each column one Tab stop, at the card last focused in it', () => {
    render(<Board />);
    const stops = () =>
      screen
        .getAllByRole('listitem')
        .filter((item) => item.tabIndex === 0)
        .map((item) => item.getAttribute('aria-label'));
    expect(stops()).toEqual(['Replace pump seal', 'Ship replacement']);
    item('Replace pump seal').focus();
    press('ArrowDown');
    expect(stops()).toEqual(['Check boiler', 'Ship replacement']);
    // A card focused any other way (a click, the focus a drop or a closed panel gives back) is the stop too,
    // so Tab and Shift+Tab leave the column from the card that has the focus.
    act(() => item('Order hinge').focus());
    expect(stops()).toEqual(['Order hinge', 'Ship replacement']);
    expect(item('Check boiler').tabIndex).toBe(-1);
  });

  it('leaves modified keys, and arrows pressed outside a card (in quick-add), alone', () => {
    render(<Board />);
    item('Replace pump seal').focus();
    press('ArrowDown', { shiftKey: true });
    expect(document.activeElement).toBe(item('Replace pump seal'));
    const quickAdd = screen.getByLabelText('New card in Intake');
    quickAdd.focus();
    press('ArrowUp');
    expect(document.activeElement).toBe(quickAdd);
  });
});
