// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { initSpaceDoc, orderedStatuses } from '../../../../src/domain/index.ts';
import { bindSpaceActions, bridgeSpace } from '../../../../src/sync/index.ts';
import { CardPanel } from '../../../../src/ui/card/CardPanel';
import { fromDateInput } from '../../../../src/ui/card/dateInput';
import { ReadOnlyContext } from '../../../../src/ui/common/readOnly';
import { FieldsDialog } from '../../../../src/ui/views/fields/FieldsDialog';

function space() {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1', template: 'basic' }, { actor: 'u1' });
  const { store } = bridgeSpace(doc);
  const actions = bindSpaceActions({ doc }, 'u1');
  const statusId = orderedStatuses(doc)[0]!.id;
  return { doc, store, actions, statusId };
}

function createField(dialog: HTMLElement, name: string, type: string) {
  const form = within(dialog).getByRole('form', { name: 'New field' });
  fireEvent.change(within(form).getByLabelText('Field name'), { target: { value: name } });
  fireEvent.change(within(form).getByLabelText('Type'), { target: { value: type } });
  fireEvent.click(within(form).getByRole('button', { name: 'Create field' }));
}

describe('fields dialog', () => {
  afterEach(() => {
    cleanup();
    document.body.replaceChildren();
  });

  it('creates, renames and archives fields and chooses the SLA date field', () => {
    const { store, actions } = space();
    render(<FieldsDialog spaceName="Repairs" store={store} actions={actions} onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Fields of Repairs' });
    createField(dialog, 'SLA due', 'date');
    createField(dialog, 'Serial number', 'text');
    const fields = () => Object.values(store.getState().fields);
    expect(fields().map((f) => [f.name, f.type])).toEqual([
      ['SLA due', 'date'],
      ['Serial number', 'text'],
    ]);
    // Only date fields can be the SLA due date.
    const sla = within(dialog).getByLabelText('SLA due date') as HTMLSelectElement;
    expect([...sla.options].map((o) => o.text)).toEqual(['No SLA', 'SLA due']);
    fireEvent.change(sla, { target: { value: fields()[0]!.id } });
    expect(store.getState().settings.slaFieldId).toBe(fields()[0]!.id);
    expect(within(dialog).getByRole('list', { name: 'Fields' }).textContent).toContain('Date · SLA due date');

    // A second field of the same name is refused with a message, and nothing is created.
    createField(dialog, 'serial NUMBER', 'number');
    expect(within(dialog).getByRole('alert').textContent).toMatch(/already has a field named/);
    expect(fields()).toHaveLength(2);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Rename Serial number' }));
    const renaming = within(dialog).getByRole('form', { name: 'Rename field Serial number' });
    fireEvent.change(within(renaming).getByLabelText('Name'), { target: { value: 'Serial no.' } });
    fireEvent.click(within(renaming).getByRole('button', { name: 'Save' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive Serial no.' }));
    expect(within(dialog).getByRole('list', { name: 'Archived fields' }).textContent).toContain('Serial no.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore Serial no.' }));
    expect(fields().find((f) => f.name === 'Serial no.')?.archived).toBe(false);
  });
});

describe('custom fields in the card panel', () => {
  afterEach(cleanup);

  it('has one input per live field, saving a date, text and a number through the operation', () => {
    const { doc, store, actions, statusId } = space();
    const due = actions.createField({ name: 'SLA due', type: 'date' });
    const serial = actions.createField({ name: 'Serial number', type: 'text' });
    const cost = actions.createField({ name: 'Repair cost', type: 'number' });
    const gone = actions.createField({ name: 'Old field', type: 'text' });
    actions.archiveField({ fieldId: gone, archived: true });
    actions.setSlaField({ fieldId: due });
    const cardId = actions.createCard({ statusId, title: 'RMA 17' });
    render(<CardPanel cardId={cardId} store={store} actions={actions} onClose={vi.fn()} />);
    const group = screen.getByRole('group', { name: 'Fields' });
    expect(within(group).queryByLabelText('Old field')).toBeNull();

    const date = within(group).getByLabelText('SLA due') as HTMLInputElement;
    expect(date.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.change(date, { target: { value: '2026-12-14' } });
    fireEvent.blur(date);
    fireEvent.change(within(group).getByLabelText('Serial number'), { target: { value: ' SN-42 ' } });
    fireEvent.blur(within(group).getByLabelText('Serial number'));
    const number = within(group).getByLabelText('Repair cost');
    fireEvent.change(number, { target: { value: '129,50' } });
    fireEvent.blur(number);
    expect(store.getState().cards[cardId]!.values).toEqual({
      [due]: fromDateInput('2026-12-14', 'end'),
      [serial]: 'SN-42',
      [cost]: 129.5,
    });
    expect(date.value).toBe('2026-12-14');
    expect(screen.getByRole('list', { name: 'History' }).textContent).toContain('set Repair cost to 129.5');

    // Not a number: refused with a message, and the value stays.
    fireEvent.change(number, { target: { value: 'lots' } });
    fireEvent.blur(number);
    expect(screen.getByRole('alert').textContent).toMatch(/Could not save Repair cost/);
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(store.getState().cards[cardId]!.values[cost]).toBe(129.5);
    // What was typed stays in the field to be mended.
    expect((number as HTMLInputElement).value).toBe('lots');

    // A colleague's value shows up live.
    const colleague = bindSpaceActions({ doc }, 'u2');
    act(() => colleague.setFieldValue({ cardId, fieldId: serial, value: 'SN-43' }));
    expect((within(group).getByLabelText('Serial number') as HTMLInputElement).value).toBe('SN-43');
  });

  it('lets a visitor read the values but not change them', () => {
    const { store, actions, statusId } = space();
    const serial = actions.createField({ name: 'Serial number', type: 'text' });
    const cardId = actions.createCard({ statusId, title: 'RMA 18' });
    actions.setFieldValue({ cardId, fieldId: serial, value: 'SN-7' });
    render(
      <ReadOnlyContext.Provider value>
        <CardPanel cardId={cardId} store={store} actions={actions} onClose={vi.fn()} />
      </ReadOnlyContext.Provider>,
    );
    const input = screen.getByLabelText('Serial number') as HTMLInputElement;
    expect(input.value).toBe('SN-7');
    expect(input.matches(':disabled')).toBe(true);
  });
});
