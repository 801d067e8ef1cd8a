// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardSummary, FeedEntry, Mirror, Section } from '../../../../src/domain/index.ts';
import { feedKey, liveSummary } from '../../../../src/domain/index.ts';
import { allCommands } from '../../../../src/ui/commands/registry';
import { createFeedStore, createWorkspaceStore } from '../../../../src/state/index.ts';
import type { WorkspaceStore } from '../../../../src/state/index.ts';
import type { UserActions } from '../../../../src/sync/index.ts';
import { MySpace } from '../../../../src/ui/myspace/MySpace';
import type { MySpaceView } from '../../../../src/ui/myspace/mySpaceView';
import { WorkspaceStoresContext } from '../../../../src/ui/shell/workspaceStores';
import { summary, userStore } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 20, 9);

const sections: Record<string, Section> = {
  s1: { id: 's1', name: 'Today', key: 'a0' },
  s2: { id: 's2', name: 'Waiting', key: 'a1' },
};

function mirror(id: string, spaceId: string, cardId: string, over: Partial<Mirror> = {}): Mirror {
  return {
    id,
    spaceId,
    cardId,
    sectionId: 's1',
    key: 'a0',
    addedAt: 0,
    important: false,
    urgent: null,
    ...over,
  };
}

const mirrors: Record<string, Mirror> = {
  m1: mirror('m1', 'rma', 'pump', { important: true, key: 'a0' }),
  m2: mirror('m2', 'wty', 'door', { important: true, key: 'a1' }),
  m3: mirror('m3', 'rma', 'gone', { sectionId: 's2' }),
  m4: mirror('m4', 'wty', 'hinge', { sectionId: 's2', key: 'a1', urgent: true }),
};

function live(card: CardSummary, reasons: FeedEntry['reasons'] = ['mirrored']): [string, FeedEntry] {
  return [feedKey(card.spaceId, card.cardId), { state: 'live', reasons, summary: card }];
}

const entries: Record<string, FeedEntry> = Object.fromEntries([
  live(
    summary('rma', 'pump', {
      title: 'Pump seal',
      due: NOW + DAY,
      statusName: 'Repair',
      labels: [{ id: 'l1', name: 'Warranty', color: '#2a9d8f' }],
      todos: { done: 1, total: 3 },
      comments: 2,
      progress: 33,
    }),
  ),
  live(summary('wty', 'door', { title: 'Door hinge', due: NOW + 30 * DAY, statusRole: 'not_started' })),
  [feedKey('rma', 'gone'), { state: 'gone', reasons: ['mirrored'], spaceId: 'rma', cardId: 'gone' }],
  live(summary('wty', 'hinge', { title: 'Hinge claim', archived: true })),
  live(summary('rma', 'boiler', { title: 'Boiler noise', due: NOW + 2 * DAY }), ['responsible']),
  live(summary('wty', 'mention', { title: 'Mentioned me' }), ['mentioned']),
]);

function fakeActions(): { [K in keyof UserActions]: ReturnType<typeof vi.fn> } & UserActions {
  const names: (keyof UserActions)[] = [
    'saveView',
    'deleteView',
    'createSection',
    'renameSection',
    'moveSection',
    'deleteSection',
    'addMirror',
    'moveMirror',
    'removeMirror',
    'setMirrorPriority',
    'triageCard',
  ];
  return Object.fromEntries(names.map((name) => [name, vi.fn()])) as never;
}

function show(view: MySpaceView = 'sections', workspaces: Record<string, WorkspaceStore> = {}) {
  const user = userStore(sections, mirrors);
  const feed = createFeedStore({ entries });
  const actions = fakeActions();
  const openCard = vi.fn();
  const onViewChange = vi.fn();
  const reschedule = vi.fn(() => Promise.resolve());
  render(
    <WorkspaceStoresContext.Provider value={workspaces}>
      <MySpace
        user={user}
        feed={feed}
        actions={actions}
        view={view}
        onViewChange={onViewChange}
        openCard={openCard}
        reschedule={reschedule}
        now={NOW}
      />
    </WorkspaceStoresContext.Provider>,
  );
  return { user, feed, actions, openCard, onViewChange, reschedule };
}

const list = (name: string) => screen.getByRole('list', { name });
/** The cards of a list (not the label chips inside them), by accessible name. */
const names = (name: string) =>
  within(list(name))
    .queryAllByRole('listitem')
    .filter((item) => item.parentElement === list(name))
    .map((item) => item.getAttribute('aria-label'));

describe('MySpace', () => {
  afterEach(cleanup);

  it('shows the inbox first, then one list per section with its mirrors in order', () => {
    show();
    expect(screen.getByRole('heading', { level: 1, name: 'MySpace' })).toBeTruthy();
    expect(names('Inbox')).toEqual(['Boiler noise', 'Mentioned me']);
    expect(names('Today')).toEqual(['Pump seal', 'Door hinge']);
    expect(names('Waiting')).toEqual(['Unavailable card', 'Hinge claim']);
  });

  it('fronts a mirror with its live card: space, status, due date, labels, progress; archived says so', () => {
    show();
    const pump = within(list('Today')).getByRole('listitem', { name: 'Pump seal' });
    expect(pump.textContent).toContain('Repairs · Repair');
    expect(pump.textContent).toContain('Warranty');
    expect(within(pump).getByRole('img', { name: '1 of 3 to-dos done' })).toBeTruthy();
    expect(within(pump).getByRole('img', { name: '33% done' })).toBeTruthy();
    expect(within(pump).getByRole('img', { name: '2 comments' })).toBeTruthy();
    expect(pump.querySelector('[data-tone]')?.getAttribute('data-tone')).toBe('soon');
    const hinge = within(list('Waiting')).getByRole('listitem', { name: 'Hinge claim' });
    expect(hinge.textContent).toContain('Archived');
  });

  it('says on a mirror that its space is archived, with its folder too, until it is restored', () => {
    const folder = { id: 'f1', name: 'Old', key: 'a0', archived: true };
    const space = (id: string, name: string, folderId: string | null) => ({
      id,
      name,
      folderId,
      key: 'a0',
      privacy: 'standard' as const,
      archived: false,
    });
    const workspace = createWorkspaceStore({
      meta: { schemaVersion: 1, id: 'w1', name: 'Service', type: 'private' },
      folders: { f1: folder },
      spaces: { rma: space('rma', 'Repairs', 'f1'), wty: space('wty', 'Claims', null) },
    });
    show('sections', { w1: workspace });
    const front = (name: string) => within(list('Today')).getByRole('listitem', { name }).textContent;
    expect(front('Pump seal')).toContain('Space archived');
    expect(front('Door hinge')).not.toContain('Space archived');
    act(() => workspace.setState({ folders: { f1: { ...folder, archived: false } } }));
    expect(front('Pump seal')).not.toContain('Space archived');
  });

  it('says why a mirror cannot show its card, and offers to remove it', () => {
    const { actions, openCard } = show();
    const gone = within(list('Waiting')).getByRole('listitem', { name: 'Unavailable card' });
    expect(gone.textContent).toContain('This card was deleted.');
    fireEvent.click(gone);
    expect(openCard).not.toHaveBeenCalled();
    fireEvent.click(within(gone).getByRole('button', { name: 'Remove from MySpace' }));
    expect(actions.removeMirror).toHaveBeenCalledWith({ mirrorId: 'm3' });
  });

  it('opens the real card when a mirror is clicked or Enter is pressed on it', () => {
    const { openCard } = show();
    fireEvent.click(within(list('Today')).getByRole('listitem', { name: 'Pump seal' }));
    expect(openCard).toHaveBeenLastCalledWith('rma', 'pump');
    fireEvent.keyDown(within(list('Today')).getByRole('listitem', { name: 'Door hinge' }), { key: 'Enter' });
    expect(openCard).toHaveBeenLastCalledWith('wty', 'door');
  });

  it('adds an inbox card to the first section, or dismisses it', () => {
    const { actions } = show();
    const boiler = within(list('Inbox')).getByRole('listitem', { name: 'Boiler noise' });
    // Each button says which card it acts on.
    const named = { description: 'Boiler noise' };
    expect(within(boiler).getByRole('button', { name: 'Add to MySpace', ...named })).toBeTruthy();
    expect(within(boiler).getByRole('button', { name: 'Dismiss', ...named })).toBeTruthy();
    fireEvent.click(within(boiler).getByRole('button', { name: 'Add to MySpace' }));
    expect(actions.addMirror).toHaveBeenCalledWith({ spaceId: 'rma', cardId: 'boiler', sectionId: 's1' });
    const mention = within(list('Inbox')).getByRole('listitem', { name: 'Mentioned me' });
    fireEvent.click(within(mention).getByRole('button', { name: 'Dismiss' }));
    expect(actions.triageCard).toHaveBeenCalledWith({ spaceId: 'wty', cardId: 'mention' });
  });

  it('creates, renames, moves and deletes sections through the user document', () => {
    const { actions } = show();
    fireEvent.change(screen.getByLabelText('Section name'), { target: { value: ' Next week ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add section' }));
    expect(actions.createSection).toHaveBeenCalledWith({ name: 'Next week', afterId: 's2' });

    fireEvent.click(screen.getByRole('button', { name: 'Rename section Waiting' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'On hold' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Rename Waiting' }));
    expect(actions.renameSection).toHaveBeenCalledWith({ sectionId: 's2', name: 'On hold' });

    expect(
      (screen.getByRole('button', { name: 'Move section Today left' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Move section Today right' }));
    expect(actions.moveSection).toHaveBeenLastCalledWith({ sectionId: 's1', afterId: 's2' });
    fireEvent.click(screen.getByRole('button', { name: 'Move section Waiting left' }));
    expect(actions.moveSection).toHaveBeenLastCalledWith({ sectionId: 's2', afterId: null });

    fireEvent.click(screen.getByRole('button', { name: 'Delete section Waiting' }));
    expect(actions.deleteSection).toHaveBeenCalledWith({ sectionId: 's2' });
  });

  it('keeps keyboard focus with a section through a rename, a move and a delete', async () => {
    const { user, actions } = show();
    const focused = () => document.activeElement?.getAttribute('aria-label');
    const press = (name: string) => {
      const button = screen.getByRole('button', { name });
      button.focus();
      fireEvent.click(button);
    };
    // The user document's own writes, as far as this test needs them.
    actions.renameSection.mockImplementation(({ sectionId, name }: { sectionId: string; name: string }) =>
      user.setState((state) => ({
        sections: { ...state.sections, [sectionId]: { ...state.sections[sectionId]!, name } },
      })),
    );
    actions.moveSection.mockImplementation(() =>
      user.setState((state) => ({
        sections: { s2: { ...state.sections.s2!, key: 'a0' }, s1: { ...state.sections.s1!, key: 'a1' } },
      })),
    );
    actions.deleteSection.mockImplementation(({ sectionId }: { sectionId: string }) =>
      user.setState((state) => {
        const { [sectionId]: _gone, ...rest } = state.sections;
        return { sections: rest };
      }),
    );

    press('Rename section Waiting');
    const field = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.change(field, { target: { value: 'On hold' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Rename Waiting' }));
    await waitFor(() => expect(focused()).toBe('Rename section On hold'));

    // Moved to the front, the section can go no further left: the focus goes to its other move button.
    press('Move section On hold left');
    await waitFor(() => expect(focused()).toBe('Move section On hold right'));
    expect(list('On hold').closest('section')!.nextElementSibling?.contains(list('Today'))).toBe(true);

    press('Delete section On hold');
    await waitFor(() => expect(focused()).toBe('Rename section Today'));
    expect(screen.queryByRole('list', { name: 'On hold' })).toBeNull();
  });

  it('shows a refused write where the page shows errors, and nothing else changes', () => {
    const { actions } = show();
    actions.deleteSection.mockImplementation(() => {
      throw new Error('MySpace needs at least one section.');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Delete section Today' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Could not delete the section: MySpace needs at least one section.',
    );
    expect(names('Today')).toEqual(['Pump seal', 'Door hinge']);
  });

  it('switches views with a group of pressed buttons', () => {
    const { onViewChange } = show();
    const group = screen.getByRole('group', { name: 'MySpace view' });
    expect(within(group).getByRole('button', { name: 'Sections' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(group).getByRole('button', { name: 'Eisenhower' }));
    expect(onViewChange).toHaveBeenCalledWith('eisenhower');
  });

  it('places mirrors in the Eisenhower matrix by importance and due date, with the override', () => {
    show('eisenhower');
    expect(names('Urgent and important')).toEqual(['Pump seal']);
    expect(names('Important, not urgent')).toEqual(['Door hinge']);
    // Not important; urgent by the user's override although it has no due date.
    expect(names('Urgent, not important')).toEqual(['Hinge claim']);
    expect(names('Neither urgent nor important')).toEqual(['Unavailable card']);
  });

  it('sets importance and urgency on a mirror without opening the card', () => {
    const { actions, openCard } = show('eisenhower');
    const door = within(list('Important, not urgent')).getByRole('listitem', { name: 'Door hinge' });
    const important = within(door).getByRole('button', { name: 'Important', description: 'Door hinge' });
    expect(within(door).getByRole('combobox', { name: 'Urgency', description: 'Door hinge' })).toBeTruthy();
    expect(important.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(important);
    expect(actions.setMirrorPriority).toHaveBeenCalledWith({ mirrorId: 'm2', important: false });
    fireEvent.change(within(door).getByRole('combobox', { name: 'Urgency' }), {
      target: { value: 'urgent' },
    });
    expect(actions.setMirrorPriority).toHaveBeenLastCalledWith({ mirrorId: 'm2', urgent: true });
    const hinge = within(list('Urgent, not important')).getByRole('listitem', { name: 'Hinge claim' });
    const urgency = within(hinge).getByRole('combobox', { name: 'Urgency' }) as HTMLSelectElement;
    expect(urgency.value).toBe('urgent');
    fireEvent.change(urgency, { target: { value: 'date' } });
    expect(actions.setMirrorPriority).toHaveBeenLastCalledWith({ mirrorId: 'm4', urgent: null });
    expect(openCard).not.toHaveBeenCalled();
  });

  it('groups mirrors by space and by status role', () => {
    show('space');
    expect(names('Claims')).toEqual(['Door hinge', 'Hinge claim']);
    expect(names('Repairs')).toEqual(['Pump seal']);
    expect(names('Unavailable')).toEqual(['Unavailable card']);
    cleanup();
    show('status');
    expect(names('Not started')).toEqual(['Door hinge']);
    expect(names('In progress')).toEqual(['Pump seal', 'Hinge claim']);
    expect(names('Unavailable')).toEqual(['Unavailable card']);
  });

  it('follows the feed live: a card moved in its space shows its new status', () => {
    const { feed } = show('status');
    const [key, entry] = live(summary('wty', 'door', { title: 'Door hinge', statusRole: 'completed' }));
    feed.setState({ entries: { ...entries, [key]: entry } });
    return Promise.resolve().then(() => {
      expect(names('Completed')).toEqual(['Door hinge']);
      expect(screen.queryByRole('list', { name: 'Not started' })).toBeNull();
    });
  });

  it('shows dated live cards on the calendar; moving one reschedules the real card, opening one opens it', () => {
    const { reschedule, openCard } = show('calendar');
    const pump = screen.getByRole('button', { name: /^Pump seal/ });
    // Archived and undated cards have no place on it.
    expect(screen.queryByRole('button', { name: /^Hinge claim/ })).toBeNull();
    pump.focus();
    fireEvent.keyDown(pump, { key: 'ArrowRight', altKey: true });
    expect(reschedule).toHaveBeenCalledWith('rma', 'pump', { start: null, due: NOW + 2 * DAY });
    // It shows on its new day at once, before the feed brings the new date back.
    const moved = screen.getByRole('button', { name: /^Pump seal/ });
    expect(moved.closest('[role="gridcell"]')).not.toBe(pump.closest('[role="gridcell"]'));
    fireEvent.click(moved);
    expect(openCard).toHaveBeenCalledWith('rma', 'pump');
  });

  it('keeps a move taken back at once where it is while the feed brings the move late', async () => {
    const { feed } = show('calendar');
    const command = (id: string) =>
      allCommands().find((candidate) => candidate.id === id && (candidate.enabled?.() ?? true))!;
    const pump = screen.getByRole('button', { name: /^Pump seal/ });
    const firstDay = pump.closest('[role="gridcell"]');
    pump.focus();
    fireEvent.keyDown(pump, { key: 'ArrowRight', altKey: true });
    act(() => command('undo').perform());
    await act(() => Promise.resolve());
    // The feed brings the move, then the undo: the card stays on its first day throughout.
    const key = feedKey('rma', 'pump');
    const entry = feed.getState().entries[key]!;
    for (const due of [NOW + 2 * DAY, NOW + DAY]) {
      const summary = { ...liveSummary(entry)!, due };
      const live = { state: 'live' as const, reasons: entry.reasons, summary };
      act(() => feed.setState({ entries: { ...feed.getState().entries, [key]: live } }));
      expect(screen.getByRole('button', { name: /^Pump seal/ }).closest('[role="gridcell"]')).toBe(firstDay);
    }
  });

  it('undoes and redoes a move on the calendar, unless the card was rescheduled since', async () => {
    const { reschedule, feed } = show('calendar');
    const command = (id: string) =>
      allCommands().find((candidate) => candidate.id === id && (candidate.enabled?.() ?? true))!;
    const pump = screen.getByRole('button', { name: /^Pump seal/ });
    const day = (element: HTMLElement) => element.closest('[role="gridcell"]');
    const firstDay = day(pump);
    pump.focus();
    fireEvent.keyDown(pump, { key: 'ArrowRight', altKey: true });
    act(() => command('undo').perform());
    expect(reschedule).toHaveBeenLastCalledWith('rma', 'pump', { start: null, due: NOW + DAY });
    expect(day(screen.getByRole('button', { name: /^Pump seal/ }))).toBe(firstDay);
    act(() => command('redo').perform());
    expect(reschedule).toHaveBeenLastCalledWith('rma', 'pump', { start: null, due: NOW + 2 * DAY });
    await act(() => Promise.resolve());
    const movedDay = day(screen.getByRole('button', { name: /^Pump seal/ }));

    // A colleague moves it in its space; the feed brings that date, and the next undo leaves it there.
    const key = feedKey('rma', 'pump');
    const entry = feed.getState().entries[key]!;
    const changed = { ...entry, summary: { ...liveSummary(entry)!, due: NOW + 5 * DAY } };
    act(() => feed.setState({ entries: { ...feed.getState().entries, [key]: changed } }));
    // Their date shows, though the feed never brought back the one this calendar wrote.
    expect(day(screen.getByRole('button', { name: /^Pump seal/ }))).not.toBe(movedDay);
    const calls = reschedule.mock.calls.length;
    act(() => command('undo').perform());
    expect(reschedule).toHaveBeenCalledTimes(calls);
    expect(screen.getByRole('alert').textContent).toContain('“Pump seal” has been changed since');
  });
});
