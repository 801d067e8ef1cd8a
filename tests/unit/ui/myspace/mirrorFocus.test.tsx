// @vitest-environment jsdom
// Arrow keys, Home and End move the focus between MySpace's cards while none is lifted; each list is one
// Tab stop.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardSummary, FeedEntry, Mirror, Section } from '../../../../src/domain/index.ts';
import { feedKey } from '../../../../src/domain/index.ts';
import { createFeedStore } from '../../../../src/state/index.ts';
import type { UserActions } from '../../../../src/sync/index.ts';
import { MySpace } from '../../../../src/ui/myspace/MySpace';
import { mirror, summary, userStore } from './fixtures';
import type { MySpaceView } from '../../../../src/ui/myspace/mySpaceView';

const NOW = Date.UTC(2026, 10, 20, 9);
const DAY = 24 * 60 * 60 * 1000;

const sections: Record<string, Section> = {
  s1: { id: 's1', name: 'Today', key: 'a0' },
  s2: { id: 's2', name: 'Waiting', key: 'a1' },
  s3: { id: 's3', name: 'Later', key: 'a2' },
};

// Today: three cards; Waiting: none; Later: two.
const mirrors: Record<string, Mirror> = {
  m1: mirror('m1', 'rma', 'pump', 's1', 'a0'),
  m2: mirror('m2', 'wty', 'door', 's1', 'a1'),
  m3: mirror('m3', 'rma', 'valve', 's1', 'a2'),
  m4: mirror('m4', 'rma', 'fan', 's3', 'a0'),
  m5: mirror('m5', 'wty', 'hinge', 's3', 'a1'),
};

function live(card: CardSummary, reasons: FeedEntry['reasons'] = ['mirrored']): [string, FeedEntry] {
  return [feedKey(card.spaceId, card.cardId), { state: 'live', reasons, summary: card }];
}

const entries: Record<string, FeedEntry> = Object.fromEntries([
  live(summary('rma', 'pump', { title: 'Pump seal' })),
  live(summary('wty', 'door', { title: 'Door hinge' })),
  live(summary('rma', 'valve', { title: 'Valve check' })),
  live(summary('rma', 'fan', { title: 'Fan noise' })),
  live(summary('wty', 'hinge', { title: 'Hinge claim' })),
  live(summary('rma', 'boiler', { title: 'Boiler noise', due: NOW + DAY }), ['responsible']),
  live(summary('wty', 'mention', { title: 'Mentioned me', due: NOW + 2 * DAY }), ['mentioned']),
]);

function show(view: MySpaceView = 'sections') {
  const user = userStore(sections, mirrors);
  const actions = new Proxy({}, { get: () => vi.fn() }) as UserActions;
  render(
    <MySpace
      user={user}
      feed={createFeedStore({ entries })}
      actions={actions}
      view={view}
      onViewChange={vi.fn()}
      openCard={vi.fn()}
      reschedule={vi.fn(() => Promise.resolve())}
      now={NOW}
    />,
  );
  return { user };
}

const item = (name: string) => screen.getByRole('listitem', { name });
const focused = () => document.activeElement?.getAttribute('aria-label');
const press = (key: string, init: Partial<KeyboardEventInit> = {}) =>
  fireEvent.keyDown(document.activeElement!, { key, ...init });
/** The cards Tab stops at, by title, in the order of the page. */
const stops = () =>
  screen
    .getAllByRole('listitem')
    .filter((candidate) => candidate.tabIndex === 0)
    .map((candidate) => candidate.getAttribute('aria-label'));

// jsdom lays nothing out: each card is drawn 60 px below the one before it in its list, so "beside" means
// the card at the same place in the next list.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const cards = this.parentElement ? [...this.parentElement.children] : [];
    const top = Math.max(0, cards.indexOf(this)) * 60;
    return DOMRect.fromRect({ x: 0, y: top, width: 240, height: 48 });
  });
});

describe("moving the focus between MySpace's cards", () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('goes up and down a section, to its ends, and across the sections and the inbox', () => {
    show();
    item('Pump seal').focus();
    press('ArrowDown');
    expect(focused()).toBe('Door hinge');
    press('End');
    expect(focused()).toBe('Valve check');
    // Nothing below the last card: it keeps the focus.
    press('ArrowDown');
    expect(focused()).toBe('Valve check');
    press('Home');
    expect(focused()).toBe('Pump seal');
    press('ArrowUp');
    expect(focused()).toBe('Pump seal');

    // Across the empty Waiting section to the card at the same height in Later.
    press('ArrowDown');
    press('ArrowRight');
    expect(focused()).toBe('Hinge claim');
    press('ArrowRight');
    expect(focused()).toBe('Hinge claim');
    press('ArrowLeft');
    expect(focused()).toBe('Door hinge');
    // The inbox is the first list of the board.
    press('ArrowLeft');
    expect(focused()).toBe('Mentioned me');
    press('ArrowLeft');
    expect(focused()).toBe('Mentioned me');
  });

  it('makes each section, and the inbox, one Tab stop at the card last focused in it', () => {
    show();
    expect(stops()).toEqual(['Boiler noise', 'Pump seal', 'Fan noise']);
    item('Pump seal').focus();
    press('End');
    expect(stops()).toEqual(['Boiler noise', 'Valve check', 'Fan noise']);
    // A card focused any other way (a click, the focus a drop gives back) is the stop too.
    act(() => item('Hinge claim').focus());
    expect(stops()).toEqual(['Boiler noise', 'Valve check', 'Hinge claim']);
    expect(item('Fan noise').tabIndex).toBe(-1);
    // Names and roles stay as they were: lists named by their section, cards by their title.
    expect(screen.getByRole('list', { name: 'Later' }).contains(item('Hinge claim'))).toBe(true);
  });

  it('leaves modified keys, and keys on a control inside a card, alone', () => {
    show();
    item('Pump seal').focus();
    press('ArrowDown', { altKey: true });
    expect(focused()).toBe('Pump seal');
    const dismiss = screen.getAllByRole('button', { name: 'Dismiss' })[0]!;
    dismiss.focus();
    press('ArrowDown');
    expect(document.activeElement).toBe(dismiss);
  });

  it('leaves the arrows to the keyboard drag while a card is lifted', async () => {
    show();
    const pump = item('Pump seal');
    pump.focus();
    fireEvent.keyDown(pump, { key: ' ', code: 'Space' });
    expect(await screen.findByText('Picked up Pump seal at position 1 of 3 in section Today.')).toBeTruthy();
    press('ArrowDown');
    // The focus stays on the lifted card: the arrow was the drag's, not a move to Door hinge.
    expect(focused()).toBe('Pump seal');
    fireEvent.keyDown(pump, { key: 'Escape', code: 'Escape' });
    expect(await screen.findByText('Moving Pump seal was cancelled.')).toBeTruthy();
    item('Pump seal').focus();
    press('ArrowDown');
    expect(focused()).toBe('Door hinge');
  });

  it("puts a card's controls in the Tab order only while the card is its list's stop", () => {
    show();
    const dismiss = (title: string) => screen.getByRole('button', { name: 'Dismiss', description: title });
    const add = (title: string) => screen.getByRole('button', { name: 'Add to MySpace', description: title });
    expect([dismiss('Boiler noise').tabIndex, add('Boiler noise').tabIndex]).toEqual([0, 0]);
    expect([dismiss('Mentioned me').tabIndex, add('Mentioned me').tabIndex]).toEqual([-1, -1]);
    // A control focused another way (a click) makes its card the stop, with its controls.
    act(() => dismiss('Mentioned me').focus());
    expect(stops()[0]).toBe('Mentioned me');
    expect([dismiss('Mentioned me').tabIndex, dismiss('Boiler noise').tabIndex]).toEqual([0, -1]);
    cleanup();

    show('eisenhower');
    const important = (title: string) =>
      screen.getByRole('button', { name: 'Important', description: title });
    const urgency = (title: string) => screen.getByRole('combobox', { name: 'Urgency', description: title });
    // Two cards of one quadrant: the first is its stop.
    const [first, second] = [...item('Pump seal').parentElement!.children].map((card) =>
      card.getAttribute('aria-label'),
    );
    expect([important(first!).tabIndex, urgency(first!).tabIndex]).toEqual([0, 0]);
    expect([important(second!).tabIndex, urgency(second!).tabIndex]).toEqual([-1, -1]);
  });

  it('keeps the focus on a card a change redraws elsewhere, or in its list once it is gone', async () => {
    const { user } = show();
    act(() => item('Pump seal').focus());
    // Moved to Later (from another tab, say): a new item there, which takes the focus.
    act(() =>
      user.setState((state) => ({
        mirrors: { ...state.mirrors, m1: { ...state.mirrors.m1!, sectionId: 's3', key: 'a9' } },
      })),
    );
    await waitFor(() => expect(focused()).toBe('Pump seal'));
    expect(screen.getByRole('list', { name: 'Later' }).contains(item('Pump seal'))).toBe(true);
    // Taken out of MySpace: the card now at its place in the list (here the list's last) has the focus.
    act(() =>
      user.setState((state) => ({
        mirrors: Object.fromEntries(Object.entries(state.mirrors).filter(([id]) => id !== 'm1')),
      })),
    );
    await waitFor(() => expect(focused()).toBe('Hinge claim'));
  });

  it('works the same in the grouped views, one Tab stop per group', () => {
    show('space');
    const titles = (list: string) =>
      [...screen.getByRole('list', { name: list }).children].map((card) => card.getAttribute('aria-label'));
    expect(titles('Claims')).toEqual(['Door hinge', 'Hinge claim']);
    expect(titles('Repairs')).toEqual(['Pump seal', 'Fan noise', 'Valve check']);
    expect(stops()).toEqual(['Door hinge', 'Pump seal']);
    item('Door hinge').focus();
    press('ArrowDown');
    expect(focused()).toBe('Hinge claim');
    press('ArrowRight');
    expect(focused()).toBe('Fan noise');
    press('End');
    expect(focused()).toBe('Valve check');
    press('Home');
    expect(focused()).toBe('Pump seal');
    expect(stops()).toEqual(['Hinge claim', 'Pump seal']);
  });
});
