// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../../../src/ui/commands/command';
import { matchesKeys } from '../../../../src/ui/commands/command';
import { CommandPalette } from '../../../../src/ui/commands/CommandPalette';
import { useCommands } from '../../../../src/ui/commands/registry';
import { useShortcuts } from '../../../../src/ui/commands/useShortcuts';
import { MAX_CARD_RESULTS, useCardSearch } from '../../../../src/ui/views/useCardSearch';
import { createConnectionStore, type SpaceStore } from '../../../../src/state/index.ts';
import { setDocConnection } from '../../../../src/state/connectionStore.ts';
import type { DocumentPool } from '../../../../src/sync/index.ts';
import { PoolContext } from '../../../../src/ui/shell/pool';
import { card, spaceStore, status } from '../board/fixtures';

function Offer({ commands }: { commands: Command[] }) {
  useCommands(commands);
  useShortcuts();
  return null;
}

function SearchCards({ store }: { store: SpaceStore }) {
  useCardSearch('space1', store);
  return null;
}

describe('commands', () => {
  afterEach(cleanup);

  it('lists the registered commands, filters them by words, and runs the chosen one', () => {
    const home = vi.fn();
    const open = vi.fn();
    const commands: Command[] = [
      { id: 'home', label: 'Go to Home', perform: home },
      { id: 'space', label: 'Open space Intake', perform: open },
      { id: 'off', label: 'Open something unavailable', enabled: () => false, perform: vi.fn() },
    ];
    const onClose = vi.fn();
    render(
      <>
        <Offer commands={commands} />
        <CommandPalette onClose={onClose} />
      </>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Command palette' });
    expect(
      within(dialog)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Go to Home', 'Open space Intake']);

    const input = within(dialog).getByRole('combobox', { name: 'Command' });
    fireEvent.change(input, { target: { value: 'open int' } });
    expect(within(dialog).getAllByRole('option')).toHaveLength(1);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(open).toHaveBeenCalledOnce();
    expect(onClose).toHaveBeenCalledOnce();
    expect(home).not.toHaveBeenCalled();
  });

  it('ranks the command named by the words as typed first, before others holding the same words', () => {
    const archiveCard = vi.fn();
    const commands: Command[] = [
      { id: 'list', label: 'Show the archived cards of this space', perform: vi.fn() },
      { id: 'card', label: 'Archive this card', perform: archiveCard },
    ];
    render(
      <>
        <Offer commands={commands} />
        <CommandPalette onClose={() => {}} />
      </>,
    );
    const input = screen.getByRole('combobox', { name: 'Command' });
    fireEvent.change(input, { target: { value: 'archive this card' } });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Archive this card',
      'Show the archived cards of this space',
    ]);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(archiveCard).toHaveBeenCalledOnce();
  });

  it('ranks a label that starts with the first word typed before one that only holds it', () => {
    const commands: Command[] = [
      { id: 'list', label: 'Show the archived cards of this space', perform: vi.fn() },
      { id: 'card', label: 'Archive this card', perform: vi.fn() },
    ];
    render(
      <>
        <Offer commands={commands} />
        <CommandPalette onClose={() => {}} />
      </>,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Command' }), {
      target: { value: 'archive card' },
    });
    expect(screen.getAllByRole('option')[0]!.textContent).toBe('Archive this card');
  });

  it('runs a command by its shortcut, but not while typing unless it says so', () => {
    const undo = vi.fn();
    const palette = vi.fn();
    render(
      <>
        <Offer
          commands={[
            { id: 'undo', label: 'Undo', keys: 'Mod+Z', perform: undo },
            { id: 'palette', label: 'Palette', keys: 'Mod+K', inFields: true, perform: palette },
          ]}
        />
        <input aria-label="Text" />
      </>,
    );
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(undo).toHaveBeenCalledOnce();
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(undo).toHaveBeenCalledOnce();

    const field = screen.getByLabelText('Text');
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(undo).toHaveBeenCalledOnce();
    fireEvent.keyDown(field, { key: 'k', ctrlKey: true });
    expect(palette).toHaveBeenCalledOnce();
  });

  it('runs a command by any of its other shortcuts too', () => {
    const redo = vi.fn();
    render(
      <Offer
        commands={[{ id: 'redo', label: 'Redo', keys: 'Mod+Shift+Z', alsoKeys: ['Mod+Y'], perform: redo }]}
      />,
    );
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(redo).toHaveBeenCalledTimes(2);
  });

  it('matches shortcuts exactly', () => {
    const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
    expect(matchesKeys(key({ key: 'Z', ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z')).toBe(true);
    expect(matchesKeys(key({ key: 'z', ctrlKey: true }), 'Mod+Shift+Z')).toBe(false);
    expect(matchesKeys(key({ key: 'z', ctrlKey: true, altKey: true }), 'Mod+Z')).toBe(false);
  });

  it("finds the open space's cards by the words of their titles, after the commands, and opens one", async () => {
    const intake = status('s1', 'Intake', 'not_started', 'a0');
    const many = Array.from({ length: 30 }, (_, i) =>
      card(`m${i}`, `Dishwasher ${i}`, 's1', `b${String(i).padStart(2, '0')}`),
    );
    const store = spaceStore(
      [intake],
      [
        card('c1', 'RMA-1042 Dishwasher leak', 's1', 'a0'),
        card('c2', 'Replace pump seal', 's1', 'a1'),
        card('c3', 'Old dishwasher leak', 's1', 'a2', { archived: true }),
        ...many,
      ],
    );
    render(
      <>
        <Offer commands={[{ id: 'leak', label: 'Report a leak', perform: vi.fn() }]} />
        <SearchCards store={store} />
        <CommandPalette onClose={vi.fn()} />
      </>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Command palette' });
    const input = within(dialog).getByRole('combobox', { name: 'Command' });
    const options = () =>
      within(dialog)
        .queryAllByRole('option')
        .map((option) => option.textContent);
    // No query, no cards: the palette lists commands only.
    expect(options()).toEqual(['Report a leak']);

    fireEvent.change(input, { target: { value: 'LEAK dish' } });
    expect(options()).toEqual(['Open card: RMA-1042 Dishwasher leak — Intake']);
    fireEvent.change(input, { target: { value: 'leak' } });
    expect(options()).toEqual(['Report a leak', 'Open card: RMA-1042 Dishwasher leak — Intake']);
    fireEvent.change(input, { target: { value: 'dishwasher' } });
    expect(options()).toHaveLength(MAX_CARD_RESULTS);
    fireEvent.change(input, { target: { value: 'nothing like it' } });
    // The other spaces are still being asked (here the server cannot be reached at all).
    expect(within(dialog).getByText('Searching the cards of every space…')).toBeTruthy();
    await within(dialog).findByText('Nothing matches.');
    expect(
      within(dialog).getByText('Other spaces’ cards can be searched once the server is reachable again.'),
    ).toBeTruthy();

    fireEvent.change(input, { target: { value: '1042' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(window.location.pathname).toBe('/space/space1/card/c1');
  });

  it("offers the cards of other spaces the server finds after the open space's own", async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        asked.push(url);
        const hit = (spaceId: string, cardId: string, title: string, spaceName: string) => ({
          spaceId,
          spaceName,
          cardId,
          title,
          statusName: 'Intake',
        });
        return new Response(
          JSON.stringify({
            cards: [hit('space2', 'w9', 'Dishwasher leak under door', 'Warranty')],
            more: 3,
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        );
      }),
    );
    try {
      const store = spaceStore(
        [status('s1', 'Intake', 'not_started', 'a0')],
        [card('c1', 'RMA-1042 Dishwasher leak', 's1', 'a0')],
      );
      window.history.replaceState(null, '', '/space/space1');
      render(
        <>
          <SearchCards store={store} />
          <CommandPalette onClose={vi.fn()} />
        </>,
      );
      const dialog = screen.getByRole('dialog', { name: 'Command palette' });
      const input = within(dialog).getByRole('combobox', { name: 'Command' });
      fireEvent.change(input, { target: { value: 'd' } });
      fireEvent.change(input, { target: { value: 'di' } });
      fireEvent.change(input, { target: { value: 'dish leak' } });
      const options = () =>
        within(dialog)
          .queryAllByRole('option')
          .map((option) => option.textContent);
      await waitFor(() =>
        expect(options()).toEqual([
          'Open card: RMA-1042 Dishwasher leak — Intake',
          'Open card: Dishwasher leak under door — Intake in Warranty',
        ]),
      );
      // What the server left out is said, with how to reach it.
      within(dialog).getByText('3 more cards in other spaces match: type more of the title to find them.');
      // Asked once, when typing paused, for the spaces but the open one.
      expect(asked).toEqual(['/api/cards/search?q=dish+leak&exclude=space1']);
      fireEvent.keyDown(input, { key: 'ArrowDown' });
      fireEvent.keyDown(input, { key: 'Enter' });
      expect(window.location.pathname).toBe('/space/space2/card/w9');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says why other spaces could not be searched when the server refuses', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'Sign in first.' } }), {
            status: 401,
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    try {
      render(<CommandPalette onClose={vi.fn()} />);
      const dialog = screen.getByRole('dialog', { name: 'Command palette' });
      fireEvent.change(within(dialog).getByRole('combobox', { name: 'Command' }), {
        target: { value: 'pump' },
      });
      await within(dialog).findByText('Other spaces’ cards could not be searched: Sign in first.');
      expect(within(dialog).getByText('Nothing matches.')).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('does not ask the server while the page knows it is offline, and asks once it is back', async () => {
    const fetched: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        fetched.push(url);
        const hit = {
          spaceId: 'space2',
          spaceName: 'Warranty',
          cardId: 'w9',
          title: 'Pump seal',
          statusName: 'Intake',
        };
        return new Response(JSON.stringify({ cards: [hit] }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    try {
      window.history.replaceState(null, '', '/');
      const connection = createConnectionStore();
      setDocConnection(connection, 'user/u1', 'offline');
      render(
        <PoolContext.Provider value={{ connection } as unknown as DocumentPool}>
          <CommandPalette onClose={vi.fn()} />
        </PoolContext.Provider>,
      );
      const dialog = screen.getByRole('dialog', { name: 'Command palette' });
      fireEvent.change(within(dialog).getByRole('combobox', { name: 'Command' }), {
        target: { value: 'pump' },
      });
      expect(
        within(dialog).getByText('Other spaces’ cards can be searched once the server is reachable again.'),
      ).toBeTruthy();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fetched).toEqual([]);

      act(() => setDocConnection(connection, 'user/u1', 'online'));
      await within(dialog).findByRole('option', { name: 'Open card: Pump seal — Intake in Warranty' });
      expect(fetched).toEqual(['/api/cards/search?q=pump']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
