// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addComment, initSpaceDoc, orderedStatuses } from '../../../../src/domain/index.ts';
import { bindSpaceActions, bridgeSpace } from '../../../../src/sync/index.ts';
import { CardPanel } from '../../../../src/ui/card/CardPanel';
import { PeopleContext } from '../../../../src/ui/card/people';
import { forgetKeptDrafts } from '../../../../src/ui/common/keptDraft';
import { ArchivedContext, ReadOnlyContext } from '../../../../src/ui/common/readOnly';
import { stubApi } from '../stubApi';

const people = { u1: 'Ada Lovelace', u2: 'Bob Builder', u3: 'Cleo Carter' };

function openCard(readOnly = false) {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1' }, { actor: 'u1' });
  const { store } = bridgeSpace(doc);
  const actions = bindSpaceActions({ doc }, 'u1');
  const statusId = orderedStatuses(doc)[0]!.id;
  const cardId = actions.createCard({ statusId, title: 'Claim 4711' });
  render(
    <ReadOnlyContext.Provider value={readOnly}>
      <PeopleContext.Provider value={people}>
        <CardPanel cardId={cardId} store={store} actions={actions} onClose={vi.fn()} />
      </PeopleContext.Provider>
    </ReadOnlyContext.Provider>,
  );
  return { doc, store, cardId };
}

function addTodoByKeyboard(text: string) {
  const field = screen.getByRole('textbox', { name: 'New to-do' });
  fireEvent.change(field, { target: { value: text } });
  fireEvent.submit(field.closest('form')!);
}

const todoTexts = () =>
  within(screen.getByRole('list', { name: 'To-dos' }))
    .getAllByRole('checkbox')
    .map((box) => box.getAttribute('aria-label'));

describe('card panel: to-dos', () => {
  afterEach(cleanup);

  it('adds, checks, edits, reorders and deletes to-dos', () => {
    const { store, cardId } = openCard();
    addTodoByKeyboard('Check serial number');
    addTodoByKeyboard('Order seal');
    addTodoByKeyboard('Call customer');
    expect(todoTexts()).toEqual(['Check serial number', 'Order seal', 'Call customer']);
    expect((screen.getByRole('textbox', { name: 'New to-do' }) as HTMLInputElement).value).toBe('');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Order seal' }));
    expect(screen.getByText('1 of 3 done')).toBeTruthy();
    expect(store.getState().badges[cardId]).toEqual({ todosDone: 1, todosTotal: 3, comments: 0 });

    const edit = screen.getByRole('textbox', { name: 'Edit to-do: Order seal' });
    fireEvent.change(edit, { target: { value: 'Order seal kit' } });
    fireEvent.keyDown(edit, { key: 'Enter' });
    fireEvent.blur(edit);
    fireEvent.click(screen.getByRole('button', { name: 'Move up: Call customer' }));
    expect(todoTexts()).toEqual(['Check serial number', 'Call customer', 'Order seal kit']);

    fireEvent.click(screen.getByRole('button', { name: 'Delete to-do: Check serial number' }));
    expect(todoTexts()).toEqual(['Call customer', 'Order seal kit']);
    expect(screen.getByRole('list', { name: 'History' }).textContent).toContain('checked “Order seal kit”');
  });

  it('keeps the focus on a to-do whose text Enter saved', async () => {
    const { store } = openCard();
    addTodoByKeyboard('Order seal');
    const edit = screen.getByRole('textbox', { name: 'Edit to-do: Order seal' });
    edit.focus();
    fireEvent.change(edit, { target: { value: 'Order seal kit' } });
    fireEvent.keyDown(edit, { key: 'Enter' });
    expect(Object.values(store.getState().todos).map((todo) => todo.text)).toContain('Order seal kit');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('textbox', { name: 'Edit to-do: Order seal kit' }),
      ),
    );
  });

  it('keeps what the user types in a to-do when a colleague changes the same to-do meanwhile', () => {
    const { doc, store, cardId } = openCard();
    addTodoByKeyboard('Send voucher');
    const edit = screen.getByRole('textbox', { name: 'Edit to-do: Send voucher' }) as HTMLInputElement;
    act(() => edit.focus());
    fireEvent.change(edit, { target: { value: 'Send voucher (20 EUR, registered mail)' } });
    const todoId = Object.keys(store.getState().todos)[0]!;
    const colleague = bindSpaceActions({ doc }, 'u2');
    act(() => colleague.editTodo({ cardId, todoId, text: 'Send voucher today' }));
    // The field is the same element, still focused, with the user's text; a notice says what happened.
    const field = screen.getByRole('textbox', { name: 'Edit to-do: Send voucher today' });
    expect(field).toBe(edit);
    expect(document.activeElement).toBe(edit);
    expect(edit.value).toBe('Send voucher (20 EUR, registered mail)');
    expect(screen.getByRole('status').textContent).toMatch(/Someone else changed the to-do/);
    fireEvent.blur(edit);
    expect(store.getState().todos[todoId]?.text).toBe('Send voucher (20 EUR, registered mail)');
  });

  it('keeps the focus on a moved to-do, on its other arrow once it reaches an end', async () => {
    openCard();
    addTodoByKeyboard('A');
    addTodoByKeyboard('B');
    addTodoByKeyboard('C');
    fireEvent.click(screen.getByRole('button', { name: 'Move down: A' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move down: A' })),
    );
    // Now last: its Move down is disabled, and Move up has the focus.
    fireEvent.click(screen.getByRole('button', { name: 'Move down: A' }));
    expect(todoTexts()).toEqual(['B', 'C', 'A']);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move up: A' })),
    );
  });

  it('keeps the focus in the list when a to-do is deleted', async () => {
    openCard();
    addTodoByKeyboard('A');
    addTodoByKeyboard('B');
    fireEvent.click(screen.getByRole('button', { name: 'Delete to-do: A' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'B' })));
    fireEvent.click(screen.getByRole('button', { name: 'Delete to-do: B' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'New to-do' })),
    );
  });

  it('shows a refused blank to-do and keeps the list as it was', () => {
    openCard();
    addTodoByKeyboard('   ');
    expect(screen.getByRole('alert').textContent).toMatch(/^Could not add the to-do/);
    expect(screen.queryByRole('list', { name: 'To-dos' })).toBeNull();
  });
});

describe('card panel: comments', () => {
  afterEach(cleanup);

  it('adds a comment with Enter, lists it with its author, and lets its author edit and delete it', () => {
    const { store, cardId } = openCard();
    const field = screen.getByRole('textbox', { name: 'New comment' });
    fireEvent.change(field, { target: { value: 'Customer sent photos' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    const thread = screen.getByRole('list', { name: 'Comments' });
    const comment = within(thread).getByRole('listitem', { name: 'Comment by Ada Lovelace' });
    expect(comment.textContent).toContain('Customer sent photos');
    expect(within(comment).getByRole('time')).toBeTruthy();
    expect((field as HTMLTextAreaElement).value).toBe('');
    expect(store.getState().badges[cardId]?.comments).toBe(1);

    fireEvent.click(within(comment).getByRole('button', { name: 'Edit' }));
    const edit = within(comment).getByRole('textbox', { name: 'Edit comment' });
    fireEvent.change(edit, { target: { value: 'Customer sent 3 photos' } });
    fireEvent.keyDown(edit, { key: 'Enter', ctrlKey: true });
    expect(comment.textContent).toContain('Customer sent 3 photos');
    expect(document.activeElement).toBe(within(comment).getByRole('button', { name: 'Edit' }));
    expect(comment.textContent).toContain('(edited)');

    fireEvent.click(within(comment).getByRole('button', { name: 'Delete' }));
    expect(comment.textContent).toContain('Comment deleted');
    expect(document.activeElement).toBe(field);
    expect(store.getState().badges[cardId]).toBeUndefined();
  });

  it('keeps a comment being written when the card is closed and opened again, until it is sent', () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, { actor: 'u1' });
    const { store } = bridgeSpace(doc);
    const actions = bindSpaceActions({ doc }, 'u1');
    const cardId = actions.createCard({ statusId: orderedStatuses(doc)[0]!.id, title: 'Claim 4712' });
    const panel = () => <CardPanel cardId={cardId} store={store} actions={actions} onClose={vi.fn()} />;
    const field = () => screen.getByRole('textbox', { name: 'New comment' }) as HTMLTextAreaElement;
    const first = render(panel());
    fireEvent.change(field(), { target: { value: 'Asked the customer for the serial' } });
    first.unmount();
    // Someone else signed in next in this tab does not find it.
    const other = render(
      <CardPanel cardId={cardId} store={store} actions={bindSpaceActions({ doc }, 'u2')} onClose={vi.fn()} />,
    );
    expect(field().value).toBe('');
    other.unmount();
    // Opened again (or the page reloaded in this tab): the draft is there, not sent.
    const again = render(panel());
    expect(field().value).toBe('Asked the customer for the serial');
    expect(store.getState().badges[cardId]).toBeUndefined();
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(store.getState().badges[cardId]?.comments).toBe(1);
    again.unmount();
    render(panel());
    expect(field().value).toBe('');

    // A sign-out forgets what was being written.
    fireEvent.change(field(), { target: { value: 'Half a thought' } });
    cleanup();
    forgetKeptDrafts();
    render(panel());
    expect(field().value).toBe('');
  });

  it('stores and shows the people a comment @mentions', () => {
    const { store } = openCard();
    const field = screen.getByRole('textbox', { name: 'New comment' });
    fireEvent.change(field, { target: { value: '@Bob Builder can you call them?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Comment' }));
    expect(Object.values(store.getState().comments)[0]!.mentions).toEqual(['u2']);
    const comment = screen.getByRole('listitem', { name: 'Comment by Ada Lovelace' });
    expect(within(comment).getByText('@Bob Builder').tagName).toBe('STRONG');
  });

  it('offers the people whose name fits an @ being typed, completes the chosen one and says who it notifies', () => {
    const { store } = openCard();
    const field = screen.getByRole('textbox', { name: 'New comment' }) as HTMLTextAreaElement;
    const type = (value: string) => {
      field.setSelectionRange(0, 0);
      fireEvent.change(field, {
        target: { value, selectionStart: value.length, selectionEnd: value.length },
      });
    };
    type('Can you look @bo');
    const list = screen.getByRole('listbox', { name: 'People to mention' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Bob Builder']);
    expect(field.getAttribute('aria-activedescendant')).toBe(within(list).getByRole('option').id);
    fireEvent.keyDown(field, { key: 'Enter' });
    // Enter chose the name; it did not send the comment.
    expect(field.value).toBe('Can you look @Bob Builder ');
    expect(screen.queryByRole('listbox', { name: 'People to mention' })).toBeNull();
    expect(screen.getByText('Notifies Bob Builder')).toBeTruthy();
    expect(Object.values(store.getState().comments)).toEqual([]);

    // Escape puts the list away and leaves the panel open.
    type('@a');
    expect(screen.getByRole('listbox', { name: 'People to mention' })).toBeTruthy();
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('listbox', { name: 'People to mention' })).toBeNull();
    expect(field.isConnected).toBe(true);
  });

  it('offers no edit or delete on someone else’s comment, and shows it live', () => {
    const { doc, cardId } = openCard();
    act(() => {
      addComment(doc, { cardId, text: 'Parts arrive Friday' }, { actor: 'u2' });
    });
    const comment = screen.getByRole('listitem', { name: 'Comment by Bob Builder' });
    expect(comment.textContent).toContain('Parts arrive Friday');
    expect(within(comment).queryByRole('button')).toBeNull();
    expect(screen.getByRole('list', { name: 'History' }).textContent).toContain('Bob Builder commented');
  });
});

describe('card panel: blocker and co-workers', () => {
  afterEach(cleanup);

  it('marks the card blocked with a reason and clears it', () => {
    const { store, cardId } = openCard();
    fireEvent.change(screen.getByRole('textbox', { name: 'Blocker' }), {
      target: { value: 'Waiting for the seal kit' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Mark blocked' }));
    expect(store.getState().cards[cardId]?.blocker?.reason).toBe('Waiting for the seal kit');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove blocker' }));
    expect(screen.getByRole('status').textContent).toContain('by Ada Lovelace');
    fireEvent.click(screen.getByRole('button', { name: 'Remove blocker' }));
    expect(store.getState().cards[cardId]?.blocker).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Blocker' }));
    const history = screen.getByRole('list', { name: 'History' }).textContent;
    expect(history).toContain('marked it blocked: Waiting for the seal kit');
    expect(history).toContain('removed the blocker');
  });

  it('picks co-workers from the people the board knows', () => {
    const { store, cardId } = openCard();
    const coworkers = screen.getByRole('group', { name: 'Co-workers' });
    expect(
      within(coworkers)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement!.textContent),
    ).toEqual(['Ada Lovelace', 'Bob Builder', 'Cleo Carter']);
    fireEvent.click(within(coworkers).getByRole('checkbox', { name: 'Cleo Carter' }));
    expect(store.getState().cards[cardId]?.coworkers).toEqual(['u3']);
    expect(screen.getByRole('list', { name: 'History' }).textContent).toContain(
      'added Cleo Carter as co-worker',
    );
    // The responsible person is on the card in that role: not offered as a co-worker too.
    fireEvent.change(screen.getByLabelText('Responsible'), { target: { value: 'u2' } });
    expect(within(coworkers).queryByRole('checkbox', { name: 'Bob Builder' })).toBeNull();
    expect(within(coworkers).getByRole('checkbox', { name: 'Cleo Carter' })).toBeTruthy();
  });

  it('offers a visitor nothing to change, but lets them comment through the server', async () => {
    const { doc, cardId } = openCard(true);
    // Controls inside a disabled fieldset are disabled without their own attribute.
    for (const control of [
      screen.getByRole('textbox', { name: 'New to-do' }),
      screen.getByRole('button', { name: 'Mark blocked' }),
      screen.getByRole('checkbox', { name: 'Bob Builder' }),
    ]) {
      expect(control.matches(':disabled'), control.outerHTML).toBe(true);
    }
    const calls = stubApi({
      [`POST /api/spaces/space1/cards/${cardId}/comments`]: { status: 201, body: { id: 'c1' } },
    });
    const field = screen.getByRole('textbox', { name: 'New comment' });
    expect(field.matches(':disabled')).toBe(false);
    fireEvent.change(field, { target: { value: 'Same here, @Bob Builder' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(() => expect((field as HTMLTextAreaElement).value).toBe(''));
    expect(calls.map((call) => call.body)).toEqual([{ text: 'Same here, @Bob Builder', mentions: ['u2'] }]);
    // Nothing was written to the document by the visitor's own client: the server does it.
    expect(doc.getMap('comments').size).toBe(0);
    vi.unstubAllGlobals();
  });

  it('shows the comments of a card in an archived space, and takes none', () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, { actor: 'u1' });
    const { store } = bridgeSpace(doc);
    const actions = bindSpaceActions({ doc }, 'u1');
    const cardId = actions.createCard({ statusId: orderedStatuses(doc)[0]!.id, title: 'Claim 4711' });
    actions.addComment({ cardId, text: 'Parts ordered.', mentions: [] });
    render(
      <ReadOnlyContext.Provider value={true}>
        <ArchivedContext.Provider value={true}>
          <CardPanel cardId={cardId} store={store} actions={actions} onClose={vi.fn()} />
        </ArchivedContext.Provider>
      </ReadOnlyContext.Provider>,
    );
    expect(screen.getByRole('list', { name: 'Comments' }).textContent).toContain('Parts ordered.');
    expect(screen.queryByRole('textbox', { name: 'New comment' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
  });
});
