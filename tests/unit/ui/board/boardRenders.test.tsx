// @vitest-environment jsdom
// What re-renders the board's cards (counted as renders of their fronts), and which cards hold
// dnd-kit's hooks: every one that does re-runs them on each render of dnd-kit's context, so at rest none.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SpaceState, SpaceStore } from '../../../../src/state/index.ts';
import type { SpaceActions } from '../../../../src/sync/index.ts';
import { keepEqual } from '../../../../src/sync/bridge/keepEqual.ts';
import type { User } from '../../../../src/ui/api';
import { SpaceCardScope } from '../../../../src/ui/views/SpaceCardScope';
import { KanbanBoard } from '../../../../src/ui/views/kanban/KanbanBoard';
import { card, label, spaceStore, status } from './fixtures';

const sortableCalls = vi.hoisted(() => new Map<string, number>());
const frontRenders = vi.hoisted(() => new Map<string, number>());

vi.mock('../../../../src/ui/card/CardView', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/ui/card/CardView')>();
  const { memo } = await import('react');
  const render = (original.CardView as unknown as { type: typeof original.CardView }).type;
  return {
    ...original,
    CardView: memo((props: Parameters<typeof render>[0]) => {
      frontRenders.set(props.card.id, (frontRenders.get(props.card.id) ?? 0) + 1);
      return render(props);
    }),
  };
});

vi.mock('@dnd-kit/sortable', async (importOriginal) => {
  const original = await importOriginal<typeof import('@dnd-kit/sortable')>();
  return {
    ...original,
    useSortable: (args: Parameters<typeof original.useSortable>[0]) => {
      const id = String(args.id);
      sortableCalls.set(id, (sortableCalls.get(id) ?? 0) + 1);
      return original.useSortable(args);
    },
  };
});

const CARD_IDS = ['c1', 'c2', 'c3', 'c4', 'c5'];
const user: User = { id: 'u1', name: 'Ada', email: 'ada@example.com' } as User;
const actions = {
  undo: () => false,
  redo: () => false,
  onOthersCardMoves: () => () => {},
} as unknown as SpaceActions;

function board(): SpaceStore {
  return spaceStore(
    [status('s1', 'Intake', 'not_started', 'a0'), status('s2', 'Repair', 'in_progress', 'a1')],
    [
      card('c1', 'Replace pump seal', 's1', 'a0', { labels: ['l1'] }),
      card('c2', 'Inspect returned drill', 's1', 'a1'),
      card('c3', 'Refund order 1042', 's1', 'a2'),
      card('c4', 'Ship replacement', 's2', 'a0'),
      card('c5', 'Call the customer', 's2', 'a1'),
    ],
    [label('l1', 'Urgent', 'red')],
  );
}

/** The space page's part above the board: state of its own that changes while the board stays. */
function Page({ store }: { store: SpaceStore }) {
  const [connection, setConnection] = useState('connecting');
  return (
    <SpaceCardScope store={store} workspaceId={null} readOnly={false} manageLabels={null} user={user}>
      <button type="button" onClick={() => setConnection('syncing')}>
        {connection}
      </button>
      <KanbanBoard store={store} actions={actions} />
    </SpaceCardScope>
  );
}

/** Renders of the cards' fronts since the last reset. */
const cardRenders = () => CARD_IDS.map((id) => frontRenders.get(id) ?? 0);
/** useSortable calls of the cards since the last reset. */
const hookCalls = () => CARD_IDS.map((id) => sortableCalls.get(id) ?? 0);
/** A state as read again from elsewhere (IndexedDB, the document): equal, but no object shared. */
const reread = (state: SpaceState): SpaceState => structuredClone(state);
const noPause = async () => {};

describe('board renders', () => {
  let store: SpaceStore;
  beforeEach(() => {
    store = board();
    // The snapshot the board paints first: no history yet.
    store.setState({ ...reread(store.getState()), historyLength: -1 }, true);
    render(<Page store={store} />);
    expect(screen.getAllByRole('listitem', { name: /./ })).toHaveLength(5);
    sortableCalls.clear();
    frontRenders.clear();
  });
  afterEach(cleanup);

  it('draws every card in its column', () => {
    expect(screen.getAllByRole('listitem', { name: /./ }).length).toBe(5);
    expect(screen.getByRole('list', { name: 'Intake' }).children).toHaveLength(3);
  });

  it("gives no card dnd-kit's hooks until one is reached for, then that card only", async () => {
    const card = screen.getByRole('listitem', { name: /^Inspect returned drill/ });
    expect(card.getAttribute('aria-roledescription')).toBe('card');
    // Described by its front's details, then by how to move it.
    const describedBy = card.getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(describedBy.at(-1)!)?.textContent).toMatch(
      /To move this card, press Space/,
    );
    act(() => store.setState({ labels: { ...store.getState().labels } }));
    expect(hookCalls()).toEqual([0, 0, 0, 0, 0]);
    card.focus();
    fireEvent.keyDown(card, { key: ' ', code: 'Space' });
    expect(await screen.findByText(/^Picked up Inspect returned drill/)).toBeTruthy();
    const [c1, c2, c3, c4, c5] = hookCalls();
    expect(c2).toBeGreaterThan(0);
    // Lifting binds the cards of the column the drag is in, and no other column's.
    expect(c1! > 0 && c3! > 0).toBe(true);
    expect([c4, c5]).toEqual([0, 0]);
    fireEvent.keyDown(card, { key: 'Escape', code: 'Escape' });
  });

  it("gives the columns dnd-kit's hooks from a grip reached for until a card is lifted", async () => {
    const columnCalls = () => ['status:s1', 'status:s2'].map((id) => sortableCalls.get(id) ?? 0);
    const grip = screen.getByRole('button', { name: 'Move column Repair' });
    expect(grip.getAttribute('aria-roledescription')).toBe('column');
    act(() => store.setState({ labels: { ...store.getState().labels } }));
    expect(columnCalls()).toEqual([0, 0]);
    // A column moved with the keyboard: every column is bound at the key, and moves aside.
    grip.focus();
    fireEvent.keyDown(grip, { key: ' ', code: 'Space' });
    // jsdom measures nothing: the lifted column is at once over the first place.
    expect(await screen.findByText(/^Column Repair (picked up at|is over) position/)).toBeTruthy();
    expect(grip.getAttribute('aria-pressed')).toBe('true');
    expect(columnCalls().every((count) => count > 0)).toBe(true);
    fireEvent.keyDown(grip, { key: 'Escape', code: 'Escape' });
    await act(async () => {});
    expect(grip.getAttribute('aria-pressed')).toBeNull();
    // A card lifted next lets go of them: its drop re-runs no column's sortable hooks.
    const card = screen.getByRole('listitem', { name: /^Ship replacement/ });
    card.focus();
    fireEvent.keyDown(card, { key: ' ', code: 'Space' });
    expect(await screen.findByText(/^Picked up Ship replacement/)).toBeTruthy();
    sortableCalls.clear();
    fireEvent.keyDown(card, { key: ' ', code: 'Space' });
    expect(await screen.findByText(/^Ship replacement was dropped/)).toBeTruthy();
    await act(async () => {});
    expect(columnCalls()).toEqual([0, 0]);
    // The dropped card keeps its hooks (the card last reached for); its column's other cards let go.
    expect(sortableCalls.get('c4') ?? 0).toBeGreaterThan(0);
    expect(sortableCalls.get('c5') ?? 0).toBe(0);
  });

  it('leaves the cards a drag does not move aside untouched, from the lift to the drop', async () => {
    const lifted = screen.getByRole('listitem', { name: /^Inspect returned drill/ });
    const others = ['Replace pump seal', 'Refund order 1042'].map((title) =>
      screen.getByRole('listitem', { name: new RegExp(`^${title}`) }),
    );
    const restyled: string[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((record) => restyled.push((record.target as HTMLElement).dataset.cardId!)),
    );
    others.forEach((item) => observer.observe(item, { attributes: true, attributeFilter: ['style'] }));
    lifted.focus();
    fireEvent.keyDown(lifted, { key: ' ', code: 'Space' });
    expect(await screen.findByText(/^Picked up Inspect returned drill/)).toBeTruthy();
    // The lifted card holds its place, marked as its placeholder while the overlay moves.
    expect(lifted.hasAttribute('data-placeholder')).toBe(true);
    fireEvent.keyDown(lifted, { key: ' ', code: 'Space' });
    expect(await screen.findByText(/^Inspect returned drill was dropped/)).toBeTruthy();
    await act(async () => {});
    observer.disconnect();
    expect(restyled).toEqual([]);
    expect(lifted.hasAttribute('data-placeholder')).toBe(false);
  });

  it('re-renders no card when the page above the board re-renders', () => {
    act(() => screen.getByRole('button', { name: 'connecting' }).click());
    expect(screen.getByRole('button', { name: 'syncing' })).toBeTruthy();
    expect(cardRenders()).toEqual([0, 0, 0, 0, 0]);
  });

  it('re-renders no card on the swap to an equal document state with its history', async () => {
    const loaded = { ...reread(store.getState()), historyLength: 12 };
    const next = await keepEqual(store.getState(), loaded, noPause);
    act(() => store.setState(next, true));
    expect(store.getState().historyLength).toBe(12);
    expect(cardRenders()).toEqual([0, 0, 0, 0, 0]);
  });

  it('re-renders the cards when what they show changed (a label renamed)', async () => {
    const loaded = reread(store.getState());
    loaded.labels.l1 = { ...loaded.labels.l1!, name: 'Critical' };
    const next = await keepEqual(store.getState(), loaded, noPause);
    act(() => store.setState(next, true));
    expect(cardRenders().every((count) => count > 0)).toBe(true);
    expect(screen.getByRole('listitem', { name: /^Replace pump seal/ }).textContent).toContain('Critical');
  });
});
