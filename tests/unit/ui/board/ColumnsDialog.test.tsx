// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { initSpaceDoc, sortKeyed } from '../../../../src/domain/index.ts';
import { bindSpaceActions, bridgeSpace } from '../../../../src/sync/index.ts';
import { ColumnsDialog } from '../../../../src/ui/views/columns/ColumnsDialog';

function openDialog() {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1', template: 'basic' }, { actor: 'u1' });
  const { store } = bridgeSpace(doc);
  const actions = bindSpaceActions({ doc }, 'u1');
  render(<ColumnsDialog spaceName="Returns desk" store={store} actions={actions} onClose={vi.fn()} />);
  const dialog = screen.getByRole('dialog', { name: 'Columns of Returns desk' });
  /** The live columns in board order, as name and role. */
  const board = () =>
    sortKeyed(Object.values(store.getState().statuses))
      .filter((status) => !status.archived)
      .map((status) => `${status.name} (${status.role})`);
  const statusId = (name: string) =>
    Object.values(store.getState().statuses).find((status) => status.name === name)!.id;
  return { dialog, board, actions, statusId };
}

function add(dialog: HTMLElement, name: string, role: string) {
  const form = within(dialog).getByRole('form', { name: 'New column' });
  fireEvent.change(within(form).getByLabelText('Column name'), { target: { value: name } });
  fireEvent.change(within(form).getByLabelText('Role'), { target: { value: role } });
  fireEvent.click(within(form).getByRole('button', { name: 'Add column' }));
}

const alertText = (dialog: HTMLElement) => within(dialog).queryByRole('alert')?.textContent ?? null;

describe('columns dialog', () => {
  afterEach(() => {
    cleanup();
    document.body.replaceChildren();
  });

  it('lists the columns in board order with their role and card count, and adds one where work flows', () => {
    const { dialog, board, actions, statusId } = openDialog();
    // A colleague's card arriving: the counts follow.
    act(() => void actions.createCard({ statusId: statusId('Doing'), title: 'Replace the pump' }));
    const list = within(dialog).getByRole('list', { name: 'Columns' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^To doNot started · 0 cards/),
      expect.stringMatching(/^DoingIn progress · 1 card/),
      expect.stringMatching(/^DoneCompleted · 0 cards/),
    ]);
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Column name'));
    // A working column goes before the first finished one; a finished one at the end.
    add(dialog, 'Awaiting parts', 'information');
    add(dialog, 'Scrapped', 'cancelled');
    expect(board()).toEqual([
      'To do (not_started)',
      'Doing (in_progress)',
      'Awaiting parts (information)',
      'Done (completed)',
      'Scrapped (cancelled)',
    ]);
    expect((within(dialog).getByLabelText('Column name') as HTMLInputElement).value).toBe('');
  });

  it('renames a column and changes its role in one edit; Escape ends only the edit', () => {
    const { dialog, board } = openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Edit Doing' }));
    let form = within(dialog).getByRole('form', { name: 'Edit column Doing' });
    fireEvent.keyDown(within(form).getByLabelText('Name'), { key: 'Escape' });
    expect(within(dialog).queryByRole('form', { name: 'Edit column Doing' })).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Columns of Returns desk' })).toBe(dialog);
    // Back where the user left the row.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Edit Doing' }));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Edit Doing' }));
    form = within(dialog).getByRole('form', { name: 'Edit column Doing' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'In repair' } });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'not_started' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(board()).toEqual(['To do (not_started)', 'In repair (not_started)', 'Done (completed)']);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Edit In repair' }));
  });

  it('refuses a name another column has, and changes nothing', () => {
    const { dialog, board } = openDialog();
    add(dialog, 'done', 'completed');
    expect(alertText(dialog)).toBe('Could not add the column: this space already has a column named “Done”.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Edit Doing' }));
    const form = within(dialog).getByRole('form', { name: 'Edit column Doing' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'To do' } });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'cancelled' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(alertText(dialog)).toContain('already has a column named “To do”');
    expect(board()).toEqual(['To do (not_started)', 'Doing (in_progress)', 'Done (completed)']);
  });

  it('archives only an empty column, says why otherwise, and restores it in its place', () => {
    const { dialog, board, actions, statusId } = openDialog();
    const card = actions.createCard({ statusId: statusId('Doing'), title: 'Replace the pump' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive Doing' }));
    expect(alertText(dialog)).toBe(
      'Could not archive the column: move the card in this column to another one, or archive it, first.',
    );
    expect(board()).toHaveLength(3);

    actions.moveCard({ cardId: card, toStatusId: statusId('Done') });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive Doing' }));
    expect(alertText(dialog)).toBeNull();
    expect(board()).toEqual(['To do (not_started)', 'Done (completed)']);
    // The pressed button went with its row: focus stays in the dialog.
    expect(document.activeElement).toBe(dialog);
    const archived = within(dialog).getByRole('list', { name: 'Archived columns' });
    fireEvent.click(within(archived).getByRole('button', { name: 'Restore Doing' }));
    expect(board()).toEqual(['To do (not_started)', 'Doing (in_progress)', 'Done (completed)']);
    expect(within(dialog).queryByRole('list', { name: 'Archived columns' })).toBeNull();
  });

  it('refuses to archive the last column', () => {
    const { dialog, actions, statusId } = openDialog();
    actions.archiveStatus({ statusId: statusId('To do'), archived: true });
    actions.archiveStatus({ statusId: statusId('Doing'), archived: true });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive Done' }));
    expect(alertText(dialog)).toBe('Could not archive the column: a space needs at least one column.');
  });

  it('says how to bring back a column whose name a live one has taken, and saves a new name and role as one undo step', () => {
    const { dialog, board, actions, statusId } = openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Edit Doing' }));
    const form = within(dialog).getByRole('form', { name: 'Edit column Doing' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'In repair' } });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'information' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(board()).toEqual(['To do (not_started)', 'In repair (information)', 'Done (completed)']);
    act(() => void actions.undo());
    expect(board()).toEqual(['To do (not_started)', 'Doing (in_progress)', 'Done (completed)']);

    act(() => actions.archiveStatus({ statusId: statusId('Doing'), archived: true }));
    add(dialog, 'doing', 'in_progress');
    const archived = within(dialog).getByRole('list', { name: 'Archived columns' });
    fireEvent.click(within(archived).getByRole('button', { name: 'Restore Doing' }));
    expect(alertText(dialog)).toBe(
      'Could not restore the column: this space already has a column named “doing”. Rename that one first, then restore this one.',
    );
  });

  it("writes only what the edit changed, keeping a colleague's rename made meanwhile", () => {
    const { dialog, board, actions, statusId } = openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Edit Doing' }));
    const form = within(dialog).getByRole('form', { name: 'Edit column Doing' });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'information' } });
    act(() => actions.updateStatus({ statusId: statusId('Doing'), name: 'In repair' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(board()).toEqual(['To do (not_started)', 'In repair (information)', 'Done (completed)']);
  });
});
