// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { initSpaceDoc } from '../../../../src/domain/index.ts';
import { bindSpaceActions, bridgeSpace } from '../../../../src/sync/index.ts';
import { LabelsDialog } from '../../../../src/ui/views/labels/LabelsDialog';

function openDialog() {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1', template: 'basic' }, { actor: 'u1' });
  const { store } = bridgeSpace(doc);
  const actions = bindSpaceActions({ doc }, 'u1');
  const opener = document.createElement('button');
  document.body.append(opener);
  const onClose = vi.fn();
  render(
    <LabelsDialog
      spaceName="Returns desk"
      store={store}
      actions={actions}
      onClose={onClose}
      returnFocus={opener}
    />,
  );
  const dialog = screen.getByRole('dialog', { name: 'Labels of Returns desk' });
  const labels = () => Object.values(store.getState().labels);
  return { dialog, labels, onClose, opener };
}

function create(dialog: HTMLElement, name: string, colour: string) {
  const form = within(dialog).getByRole('form', { name: 'New label' });
  fireEvent.change(within(form).getByLabelText('Label name'), { target: { value: name } });
  fireEvent.click(
    within(within(form).getByRole('radiogroup', { name: 'Colour' })).getByRole('radio', { name: colour }),
  );
  fireEvent.click(within(form).getByRole('button', { name: 'Create label' }));
}

describe('labels dialog', () => {
  afterEach(() => {
    cleanup();
    document.body.replaceChildren();
  });

  it('creates a label with a named colour and lists it', () => {
    const { dialog, labels } = openDialog();
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Label name'));
    create(dialog, 'Express', 'Blue');
    expect(labels()).toEqual([
      expect.objectContaining({ name: 'Express', color: '#3b73d1', archived: false }),
    ]);
    const list = within(dialog).getByRole('list', { name: 'Labels' });
    expect(within(list).getByRole('img', { name: 'Blue' })).toBeTruthy();
    expect(list.textContent).toContain('Express');
    // The form is ready for the next one.
    expect((within(dialog).getByLabelText('Label name') as HTMLInputElement).value).toBe('');
  });

  it('renames and recolours a label in one edit', () => {
    const { dialog, labels } = openDialog();
    create(dialog, 'Express', 'Blue');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Edit Express' }));
    const form = within(dialog).getByRole('form', { name: 'Edit label Express' });
    expect((within(form).getByRole('radio', { name: 'Blue' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Urgent' } });
    fireEvent.click(within(form).getByRole('radio', { name: 'Red' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(labels()).toEqual([expect.objectContaining({ name: 'Urgent', color: '#d64545' })]);
    expect(within(dialog).getByRole('button', { name: 'Edit Urgent' })).toBeTruthy();
  });

  it('archives a label and restores it', () => {
    const { dialog, labels } = openDialog();
    create(dialog, 'Express', 'Green');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive Express' }));
    expect(labels()[0]?.archived).toBe(true);
    // The pressed button is gone with its row: focus stays in the dialog, where Escape still closes it.
    expect(document.activeElement).toBe(dialog);
    expect(within(dialog).getByRole('list', { name: 'Labels' }).textContent).not.toContain('Express');
    const archived = within(dialog).getByRole('list', { name: 'Archived labels' });
    fireEvent.click(within(archived).getByRole('button', { name: 'Restore Express' }));
    expect(labels()[0]?.archived).toBe(false);
    expect(within(dialog).queryByRole('list', { name: 'Archived labels' })).toBeNull();
  });

  it('refuses an empty name or a taken one with an alert, and writes nothing', () => {
    const { dialog, labels } = openDialog();
    create(dialog, '   ', 'Red');
    expect(within(dialog).getByRole('alert').textContent).toMatch(
      /^Could not create the label: a label needs a name/,
    );
    expect(labels()).toEqual([]);

    create(dialog, 'Express', 'Red');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    create(dialog, 'express', 'Blue');
    expect(within(dialog).getByRole('alert').textContent).toMatch(/already has a label named “Express”/);
    expect(labels()).toHaveLength(1);
  });

  it('ends an edit on Escape, without closing the dialog or saving', () => {
    const { dialog, labels, onClose } = openDialog();
    create(dialog, 'Express', 'Blue');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Edit Express' }));
    const form = within(dialog).getByRole('form', { name: 'Edit label Express' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Urgent' } });
    fireEvent.keyDown(within(form).getByLabelText('Name'), { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
    expect(within(dialog).queryByRole('form', { name: 'Edit label Express' })).toBeNull();
    expect(labels()).toEqual([expect.objectContaining({ name: 'Express' })]);
  });

  it('closes on Escape and gives focus back to what opened it', () => {
    const { dialog, onClose, opener } = openDialog();
    fireEvent.keyDown(within(dialog).getByLabelText('Label name'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(opener);
  });
});
