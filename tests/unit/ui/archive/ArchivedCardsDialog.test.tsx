// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { archiveStatus, initSpaceDoc, orderedStatuses } from '../../../../src/domain/index.ts';
import { boardPicture } from '../../../../src/sync/boardPicture.ts';
import { bindSpaceActions, bridgeSpace, readSpaceState } from '../../../../src/sync/index.ts';
import { ReadOnlyContext } from '../../../../src/ui/common/readOnly';
import { ArchivedCardsDialog } from '../../../../src/ui/views/archive/ArchivedCardsDialog';

function space(archivedTitles: string[]) {
  const doc = new Y.Doc();
  initSpaceDoc(doc, { id: 'space1', template: 'warranty-claims' }, { actor: 'u1' });
  const { store, load } = bridgeSpace(doc);
  const actions = bindSpaceActions({ doc }, 'u1');
  const statuses = orderedStatuses(doc);
  actions.createCard({ statusId: statuses[0]!.id, title: 'Still on the board' });
  const ids = archivedTitles.map((title) => {
    const cardId = actions.createCard({ statusId: statuses[0]!.id, title });
    actions.archiveCard({ cardId, archived: true });
    return cardId;
  });
  return { doc, store, load, actions, statuses, ids };
}

function show(opened: ReturnType<typeof space>, readOnly = false) {
  const openCard = vi.fn();
  const onClose = vi.fn();
  render(
    <ReadOnlyContext.Provider value={readOnly}>
      <ArchivedCardsDialog
        spaceName="Claims"
        store={opened.store}
        load={opened.load}
        actions={opened.actions}
        openCard={openCard}
        onClose={onClose}
      />
    </ReadOnlyContext.Provider>,
  );
  const list = () => screen.getByRole('list', { name: 'Archived cards' });
  const titles = () =>
    within(list())
      .queryAllByRole('listitem')
      .map((item) => within(item).getAllByRole('button')[0]!.textContent);
  return { openCard, onClose, titles };
}

describe('the archived cards of a space', () => {
  afterEach(cleanup);

  it('lists them by title, finds them by a part of it, opens one, and restores one into its column', () => {
    const opened = space(['Pump seal', 'Door hinge', 'Oven door']);
    const { openCard, onClose, titles } = show(opened);
    screen.getByRole('dialog', { name: 'Archived cards in Claims' });
    expect(titles()).toEqual(['Door hinge', 'Oven door', 'Pump seal']);
    expect(screen.getByRole('status').textContent).toBe('3 archived cards');

    fireEvent.change(screen.getByLabelText('Find an archived card'), { target: { value: 'DOOR' } });
    expect(titles()).toEqual(['Door hinge', 'Oven door']);
    expect(screen.getByRole('status').textContent).toBe('2 of 3 archived cards match');

    fireEvent.click(screen.getByRole('button', { name: 'Restore Oven door' }));
    const oven = opened.ids[2]!;
    expect(opened.store.getState().cards[oven]!.archived).toBe(false);
    expect(opened.store.getState().columns[opened.statuses[0]!.id]).toContain(oven);
    expect(titles()).toEqual(['Door hinge']);

    fireEvent.click(screen.getByRole('button', { name: 'Door hinge' }));
    expect(onClose).toHaveBeenCalled();
    expect(openCard).toHaveBeenCalledWith(opened.ids[1]);
  });

  it('says why a card cannot come back when its status was archived, and keeps it archived', () => {
    const opened = space(['Pump seal']);
    const [first, second] = opened.statuses;
    // The one card still on the board leaves, so its status may be archived.
    const [board] = opened.store.getState().columns[first!.id]!;
    opened.actions.moveCard({ cardId: board!, toStatusId: second!.id });
    archiveStatus(opened.doc, { statusId: first!.id, archived: true }, { actor: 'u1' });
    show(opened);
    fireEvent.click(screen.getByRole('button', { name: 'Restore Pump seal' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Could not restore “Pump seal”: Its column is archived: restore the column first (Columns, in the space header).',
    );
    expect(opened.store.getState().cards[opened.ids[0]!]!.archived).toBe(true);
  });

  it('says it is loading while the board shows a snapshot, which holds no archived card', async () => {
    const source = space(['Pump seal']);
    let loaded!: () => void;
    const bridged = bridgeSpace(source.doc, {
      whenLoaded: new Promise<void>((resolve) => (loaded = resolve)),
    });
    bridged.showSnapshot(boardPicture(readSpaceState(source.doc)));
    const { titles } = show({ ...source, store: bridged.store, load: bridged.load });
    expect(screen.getByRole('status').textContent).toBe('Loading the archived cards…');
    expect(titles()).toEqual([]);

    loaded();
    await act(() => bridged.whenLive);
    expect(screen.getByRole('status').textContent).toBe('1 archived card');
    expect(titles()).toEqual(['Pump seal']);
  });

  it('shows a visitor the list without Restore, and a long archive a page at a time', () => {
    const opened = space(Array.from({ length: 60 }, (_, i) => `Case ${String(i).padStart(2, '0')}`));
    const { titles } = show(opened, true);
    expect(screen.queryByRole('button', { name: /^Restore/ })).toBeNull();
    expect(titles()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (10 left)' }));
    expect(titles()).toHaveLength(60);
  });
});
