// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { DAY_MS } from '../../../../src/analytics/zoneDays.ts';
import { addRelation, initSpaceDoc, orderedStatuses } from '../../../../src/domain/index.ts';
import { boardPicture } from '../../../../src/sync/boardPicture.ts';
import { bindSpaceActions, bridgeSpace, readSpaceState } from '../../../../src/sync/index.ts';
import { CardPanel } from '../../../../src/ui/card/CardPanel';
import { MAX_LINK_CHOICES } from '../../../../src/ui/card/RelationSection';
import { allCommands } from '../../../../src/ui/commands/registry';
import { ReadOnlyContext } from '../../../../src/ui/common/readOnly';

const T0 = Date.UTC(2026, 10, 2);

/** A space with a repair (days 0–4), its parts order (days 2–6) and a test run; the panel of the repair. */
function openRepair(readOnly = false) {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1' }, { actor: 'u1' });
  const { store } = bridgeSpace(doc);
  const actions = bindSpaceActions({ doc }, 'u1');
  const statusId = orderedStatuses(doc)[0]!.id;
  const repair = actions.createCard({ statusId, title: 'Repair pump' });
  const order = actions.createCard({ statusId, title: 'Order seal' });
  const test = actions.createCard({ statusId, title: 'Test run' });
  actions.updateCard({ cardId: repair, start: T0, due: T0 + 4 * DAY_MS });
  actions.updateCard({ cardId: order, start: T0 + 2 * DAY_MS, due: T0 + 6 * DAY_MS });
  const view = (
    <ReadOnlyContext.Provider value={readOnly}>
      <CardPanel cardId={repair} store={store} actions={actions} onClose={vi.fn()} />
    </ReadOnlyContext.Provider>
  );
  render(view);
  return { store, actions, repair, order, test };
}

function link(as: string, title: string) {
  fireEvent.change(screen.getByRole('combobox', { name: 'Link as' }), {
    target: { value: as },
  });
  const picker = screen.getByRole('combobox', { name: 'Card to link' });
  const option = within(picker).getByRole('option', { name: title }) as HTMLOptionElement;
  fireEvent.change(picker, { target: { value: option.value } });
  fireEvent.click(screen.getByRole('button', { name: 'Link' }));
}

const related = () =>
  within(screen.getByRole('list', { name: 'Related cards' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('card panel: relations', () => {
  beforeAll(() => {
    // jsdom lays nothing out; the command only needs the call to exist.
    HTMLElement.prototype.scrollIntoView = () => {};
  });
  afterEach(cleanup);

  it('offers the link form in the command palette, to members only', () => {
    openRepair();
    const command = allCommands().find((candidate) => candidate.id === 'card-link')!;
    expect(command.label).toBe('Link this card to another card');
    act(() => command.perform());
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Link as' }));
    cleanup();
    openRepair(true);
    expect(allCommands().some((candidate) => candidate.id === 'card-link')).toBe(false);
  });

  it('links cards as child and next, lists them as links, warns of date conflicts, removes one', () => {
    const { store, repair, order } = openRepair();
    expect(screen.getByText('Not linked to other cards.')).toBeTruthy();
    link('child', 'Order seal');
    link('next', 'Test run');
    expect(related()).toEqual(['ChildOrder sealRemove', 'Next cardTest runRemove']);
    expect(screen.getByRole('link', { name: 'Order seal' }).getAttribute('href')).toBe(
      `/space/space1/card/${order}`,
    );
    expect(store.getState().relations[`parent:${order}`]).toMatchObject({ from: repair, removed: false });
    // The order ends two days after the repair it belongs to.
    expect(
      within(screen.getByRole('list', { name: 'Date conflicts' })).getByRole('listitem').textContent,
    ).toBe('Its child “Order seal” ends after it');
    expect(screen.getByRole('list', { name: 'History' }).textContent).toContain(
      'linked it to its next card “Test run”',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Remove the link to “Order seal”' }));
    expect(related()).toEqual(['Next cardTest runRemove']);
    expect(screen.queryByRole('list', { name: 'Date conflicts' })).toBeNull();
  });

  it('keeps the focus in the section when a link is removed', async () => {
    openRepair();
    link('child', 'Order seal');
    link('next', 'Test run');
    fireEvent.click(screen.getByRole('button', { name: 'Remove the link to “Order seal”' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Remove the link to “Test run”' }),
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove the link to “Test run”' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Card to link' })),
    );
  });

  it('finds the card to link by the words of its title, and links the best match with Enter', async () => {
    const { store, actions, repair, order } = openRepair();
    const statusId = store.getState().cards[repair]!.pos.statusId;
    act(() => {
      for (let i = 1; i <= MAX_LINK_CHOICES + 5; i++)
        actions.createCard({ statusId, title: `Spare part ${i}` });
    });
    const picker = screen.getByRole('combobox', { name: 'Card to link' });
    const listed = () => within(picker).getAllByRole('option').slice(1);
    // A long space lists the first cards and says how to find the others.
    expect(listed()).toHaveLength(MAX_LINK_CHOICES);
    expect(picker.getAttribute('aria-describedby')).not.toBeNull();
    expect(screen.getByText(/The first 200 of 207 cards are listed/)).toBeTruthy();

    const find = screen.getByRole('searchbox', { name: 'Find a card to link' });
    // Any case and accents, words in any order.
    fireEvent.change(find, { target: { value: 'SÉAL ord' } });
    expect(listed().map((option) => option.textContent)).toEqual(['Order seal']);
    expect((picker as HTMLSelectElement).value).toBe(order);
    expect(screen.queryByText(/cards are listed/)).toBeNull();
    // A screen reader hears which card Enter links, as the select shows it.
    await waitFor(() =>
      expect(document.querySelector('[data-announcer]')?.textContent).toBe(
        'One card matches; Enter links “Order seal”.',
      ),
    );
    fireEvent.submit(find.closest('form')!);
    expect(store.getState().relations[`parent:${order}`]).toMatchObject({ from: repair });
    // Linked: the search starts afresh.
    expect((find as HTMLInputElement).value).toBe('');

    // The best matches first: titles that start with the words (in reading order, 9 before 90), then
    // those that merely hold them.
    fireEvent.change(find, { target: { value: 'spare part 9' } });
    const titles = listed().map((option) => option.textContent);
    expect(titles.slice(0, 3)).toEqual(['Spare part 9', 'Spare part 90', 'Spare part 91']);
    expect(titles.indexOf('Spare part 19')).toBe(11);
    fireEvent.change(find, { target: { value: 'gearbox' } });
    expect(within(picker).getByRole('option', { name: 'No card matches' })).toBeTruthy();
    expect((picker as HTMLSelectElement).value).toBe('');
  });

  it('says why a link is refused and changes nothing', () => {
    const { store } = openRepair();
    link('parent', 'Order seal');
    link('parent', 'Test run');
    expect(screen.getByRole('alert').textContent).toContain('The card already has a parent');
    expect(Object.keys(store.getState().relations)).toHaveLength(1);
  });

  it('does not offer a card already related to this one', () => {
    openRepair();
    link('child', 'Order seal');
    const picker = screen.getByRole('combobox', { name: 'Card to link' });
    expect(within(picker).queryByRole('option', { name: 'Order seal' })).toBeNull();
    // Nor does the search pick it.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a card to link' }), {
      target: { value: 'seal' },
    });
    expect(within(picker).getByRole('option', { name: 'No card matches' })).toBeTruthy();
  });

  it('names a related archived card, and while the space loads says it is still coming', async () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, { actor: 'u1' });
    const actions = bindSpaceActions({ doc }, 'u1');
    const statusId = orderedStatuses(doc)[0]!.id;
    const repair = actions.createCard({ statusId, title: 'Repair pump' });
    const order = actions.createCard({ statusId, title: 'Order seal' });
    addRelation(doc, { kind: 'parent', from: repair, to: order }, { actor: 'u1' });
    actions.archiveCard({ cardId: order, archived: true });
    // The board snapshot a reload paints first holds no archived card.
    let loaded!: () => void;
    const bridged = bridgeSpace(doc, { whenLoaded: new Promise<void>((resolve) => (loaded = resolve)) });
    bridged.showSnapshot(boardPicture(readSpaceState(doc)));
    render(<CardPanel cardId={repair} store={bridged.store} actions={actions} onClose={vi.fn()} />);
    expect(related()[0]).toContain('A card still loading');

    loaded();
    await act(() => bridged.whenLive);
    expect(related()[0]).toContain('Order seal (archived)');
  });

  it('shows a visitor the relations without the means to change them', () => {
    const { actions, repair, test } = openRepair(true);
    // A member linked them elsewhere; the visitor's panel follows the document.
    act(() => void actions.addRelation({ kind: 'next', from: repair, to: test }));
    expect(screen.getByRole('link', { name: 'Test run' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove the link/ })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Card to link' })).toBeNull();
  });
});
