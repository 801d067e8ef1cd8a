// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SpaceStore } from '../../../../src/state/index.ts';
import { PeopleContext } from '../../../../src/ui/card/people';
import { ColumnHarness } from './ColumnHarness';
import { Column } from '../../../../src/ui/views/kanban/Column';
import type { DragPreview } from '../../../../src/ui/views/kanban/preview';
import { card, DAY, NOW, spaceStore, status } from './fixtures';

const todo = status('s1', 'Intake', 'not_started', 'a0');
const doing = status('s2', 'Repair', 'in_progress', 'a1');

function board() {
  return spaceStore(
    [todo, doing],
    [
      card('c2', 'Inspect returned drill', 's1', 'a1'),
      card('c1', 'Replace pump seal', 's1', 'a0'),
      card('c3', 'Refund order 1042', 's1', 'a2'),
      card('c4', 'Archived one', 's1', 'a3', { archived: true }),
      card('c5', 'Ship replacement', 's2', 'a0'),
    ],
  );
}

function renderColumn(
  store: SpaceStore,
  props: { preview?: DragPreview | null; onAdd?: () => void; people?: Record<string, string> } = {},
) {
  return render(
    <PeopleContext.Provider value={props.people ?? {}}>
      <ColumnHarness store={store}>
        <Column
          status={todo}
          labels={{}}
          preview={props.preview ?? null}
          activeId={null}
          cardsBound={false}
          cardsDroppable
          now={NOW}
          onAdd={props.onAdd ?? (() => {})}
        />
      </ColumnHarness>
    </PeopleContext.Provider>,
  );
}

const titles = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.getAttribute('aria-label'));

/** The text of `element` a screen reader reads, hidden parts left out (jsdom has no `innerText`). */
function spokenText(node: Node): string {
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(spokenText).join('');
}

describe('column', () => {
  afterEach(cleanup);

  it('is a list named after its status with its unarchived cards in key order', () => {
    renderColumn(board());
    const list = screen.getByRole('list', { name: 'Intake' });
    expect(titles(list)).toEqual(['Replace pump seal', 'Inspect returned drill', 'Refund order 1042']);
    const header = screen.getByRole('region', { name: 'Intake' });
    expect(within(header).getByText('Not started')).toBeTruthy();
    expect(within(header).getByText('3', { exact: false }).textContent).toBe('3 cards');
  });

  it('names each card by its title and describes it by its due date and responsible person', () => {
    const store = spaceStore(
      [todo, doing],
      [card('c1', 'Replace pump seal', 's1', 'a0', { due: NOW - 2 * DAY, responsible: 'u7' })],
    );
    renderColumn(store, { people: { u7: 'Jonas Weber' } });
    const item = screen.getByRole('listitem', { name: 'Replace pump seal' });
    const description = (item.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id))
      .filter((element) => element !== null)
      .map(spokenText)
      .join(' ');
    // Flex items read with a space between them in a browser; jsdom lays nothing out.
    expect(description).toMatch(/^overdue Nov 18\s*Jonas Weber$/);
  });

  it('follows the store: a card moved away leaves the list', () => {
    const store = board();
    renderColumn(store);
    const state = store.getState();
    act(() =>
      store.setState({
        columns: { ...state.columns, s1: ['c1', 'c3'], s2: ['c2', 'c5'] },
        cards: { ...state.cards, c2: { ...state.cards.c2!, pos: { statusId: 's2', key: 'a1' } } },
      }),
    );
    expect(titles(screen.getByRole('list', { name: 'Intake' }))).toEqual([
      'Replace pump seal',
      'Refund order 1042',
    ]);
  });

  it('shows the card a drag brings in at its preview place, and counts it as the eye does', () => {
    renderColumn(board(), { preview: { cardId: 'c5', statusId: 's1', index: 1 } });
    const list = screen.getByRole('list', { name: 'Intake' });
    expect(titles(list)).toEqual([
      'Replace pump seal',
      'Ship replacement',
      'Inspect returned drill',
      'Refund order 1042',
    ]);
    expect(screen.getByTitle('4 cards').textContent).toBe('4 cards');
  });

  it('says when it is empty and still is a list to drop into', () => {
    renderColumn(spaceStore([todo], []));
    const list = screen.getByRole('list', { name: 'Intake' });
    expect(within(list).queryAllByRole('listitem')).toHaveLength(0);
    expect(within(list).getByText('No cards')).toBeTruthy();
  });

  it('adds a card by title at the bottom on Enter and at the top on request, ready for the next', () => {
    const onAdd = vi.fn();
    renderColumn(board(), { onAdd });
    const field = screen.getByLabelText('New card in Intake') as HTMLInputElement;

    fireEvent.change(field, { target: { value: '  Call customer back ' } });
    fireEvent.submit(field.form!);
    expect(onAdd).toHaveBeenLastCalledWith('s1', 'Call customer back', 'bottom');
    expect(field.value).toBe('');

    fireEvent.change(field, { target: { value: 'Order spare part' } });
    const top = screen.getByRole('button', { name: 'Add card to top of Intake' });
    top.focus();
    fireEvent.click(top);
    expect(onAdd).toHaveBeenLastCalledWith('s1', 'Order spare part', 'top');
    // The button pressed, the field has the focus again for the next title.
    expect(document.activeElement).toBe(field);
  });

  it('keeps the title and says why when a card cannot be added', () => {
    renderColumn(board(), {
      onAdd: () => {
        throw new Error('The title is empty.');
      },
    });
    const field = screen.getByLabelText('New card in Intake') as HTMLInputElement;
    fireEvent.click(screen.getByRole('button', { name: 'Add card to Intake' }));
    expect(screen.getByRole('alert').textContent).toBe('Type a title first.');

    fireEvent.change(field, { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add card to Intake' }));
    expect(screen.getByRole('alert').textContent).toBe('The title is empty.');
    expect(field.value).toBe('x');
  });

  it('says so when a title reaches its 500-character limit, instead of cutting it silently', () => {
    renderColumn(board());
    const field = screen.getByLabelText('New card in Intake') as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'x'.repeat(499) } });
    expect(screen.queryByText(/at most 500 characters/)).toBeNull();
    fireEvent.change(field, { target: { value: 'x'.repeat(500) } });
    expect(
      screen
        .getByText('A title holds at most 500 characters; anything beyond is left out.')
        .getAttribute('role'),
    ).toBe('status');
  });
});

describe('collapsed column', () => {
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('hides its cards and quick-add but keeps its name and count, and expands again', () => {
    renderColumn(board());
    const toggle = screen.getByRole('button', { name: 'Collapse Intake' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(toggle);

    const list = screen.getByRole('list', { name: 'Intake' });
    expect(within(list).queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.queryByLabelText('New card in Intake')).toBeNull();
    expect(screen.getByText('3', { exact: false }).textContent).toBe('3 cards');

    fireEvent.click(screen.getByRole('button', { name: 'Expand Intake' }));
    expect(within(screen.getByRole('list', { name: 'Intake' })).getAllByRole('listitem')).toHaveLength(3);
  });

  it('stays collapsed when the board is shown again, in this browser', () => {
    const store = board();
    const first = renderColumn(store);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse Intake' }));
    first.unmount();

    const again = renderColumn(store);
    expect(screen.getByRole('button', { name: 'Expand Intake' }).getAttribute('aria-expanded')).toBe('false');
    expect(within(screen.getByRole('list', { name: 'Intake' })).queryAllByRole('listitem')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Expand Intake' }));
    again.unmount();

    renderColumn(store);
    expect(screen.getByRole('button', { name: 'Collapse Intake' })).toBeTruthy();
    expect(localStorage.length).toBe(0);
  });
});
