// @vitest-environment jsdom
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ActivityPage } from '../../../../src/ui/activity/ActivityPage';
import type { ActivityEntry } from '../../../../src/ui/activity/activityApi';
import { apiError, stubApi } from '../stubApi';

// The whole suite runs files in parallel on two cores: give each page load more than the default second.
configure({ asyncUtilTimeout: 5000 });

const spaces = [{ id: 'sp1', name: 'RMA' }];

const moved: ActivityEntry = {
  seq: 9,
  id: '1:9',
  spaceId: 'sp1',
  card: 'c1',
  cardId: 'c1',
  type: 'moved',
  toStatusId: 'repair',
  at: Date.UTC(2026, 10, 2, 10, 42),
  by: 'u1',
  actor: 'u1',
  actorName: 'Ada',
  names: { card: 'Pump seal', fromStatusId: 'intake', statuses: { intake: 'Intake', repair: 'Repair' } },
};
const commented: ActivityEntry = {
  seq: 8,
  id: '2:3',
  spaceId: 'sp1',
  card: 'c2',
  cardId: 'c2',
  type: 'commented',
  commentId: 'm1',
  at: Date.UTC(2026, 10, 2, 9),
  by: 'u2',
  actor: 'u2',
  actorName: 'Grace',
  names: { card: 'Door hinge' },
};
// Stored before names were kept: still a sentence.
const unnamed: ActivityEntry = {
  seq: 3,
  id: '3:1',
  spaceId: 'gone',
  card: 'c3',
  cardId: 'c3',
  type: 'archived',
  archived: true,
  at: Date.UTC(2026, 10, 1, 9),
  by: 'u1',
  actor: 'u1',
  actorName: 'Ada',
  names: {},
};

const page = (events: ActivityEntry[], next: number | null) => ({ status: 200, body: { events, next } });
const sentences = () =>
  within(screen.getByRole('list', { name: 'Activity' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('p')!.textContent);

describe('the activity page', () => {
  beforeEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/activity');
  });
  afterEach(cleanup);

  it('reads each event as a sentence naming its card, space and time, and loads more', async () => {
    const calls = stubApi({
      'GET /api/activity?limit=50': page([moved, commented], 8),
      'GET /api/activity?limit=50&before=8': page([unnamed], null),
    });
    render(<ActivityPage spaces={spaces} />);

    await screen.findByRole('list', { name: 'Activity' });
    expect(sentences()).toEqual([
      'Ada moved “Pump seal” from Intake to Repair',
      'Grace commented on “Door hinge”',
    ]);
    const link = screen.getByRole('link', { name: '“Pump seal”' });
    expect(link.getAttribute('href')).toBe('/space/sp1/card/c1');
    const first = screen.getAllByRole('listitem')[0]!;
    expect(within(first).getByText(/RMA ·/)).toBeTruthy();
    expect(first.querySelector('time')!.getAttribute('dateTime')).toBe('2026-11-02T10:42:00.000Z');

    const more = screen.getByRole('button', { name: 'Load more' });
    more.focus();
    fireEvent.click(more);
    await screen.findByText('That is everything.');
    expect(sentences()[2]).toBe('Ada archived “a card”');
    // The button is gone with the last page: the focus is on the first entry it brought.
    await waitFor(() =>
      expect(screen.getAllByRole('listitem')[2]!.contains(document.activeElement)).toBe(true),
    );
    expect(calls.map((call) => call.route)).toEqual([
      'GET /api/activity?limit=50',
      'GET /api/activity?limit=50&before=8',
    ]);
  });

  it('puts the filters into the query and starts again from the first page', async () => {
    const calls = stubApi({
      'GET /api/activity?limit=50': page([moved, commented], 8),
      'GET /api/activity?limit=50&person=u2': page([commented], null),
      'GET /api/activity?limit=50&person=u2&detail=comments': page([], null),
    });
    render(<ActivityPage spaces={spaces} />);
    await screen.findByRole('list', { name: 'Activity' });
    // The person filter offers the people the first page showed once it has read them.
    await within(screen.getByLabelText('Person')).findByRole('option', { name: 'Grace' });

    fireEvent.change(screen.getByLabelText('Person'), { target: { value: 'u2' } });
    await screen.findByText('That is everything these filters match.');
    expect(sentences()).toEqual(['Grace commented on “Door hinge”']);
    // Ada is still offered, though the page no longer shows her.
    expect(within(screen.getByLabelText('Person')).getByRole('option', { name: 'Ada' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Detail'), { target: { value: 'comments' } });
    await screen.findByText(/Nothing matches these filters/);
    expect(calls.map((call) => call.route)).toEqual([
      'GET /api/activity?limit=50',
      'GET /api/activity?limit=50&person=u2',
      'GET /api/activity?limit=50&person=u2&detail=comments',
    ]);
  });

  it('sends a date range as whole local days', async () => {
    const from = new Date(2026, 10, 1).getTime();
    const to = new Date(2026, 10, 3).getTime();
    const calls = stubApi({
      'GET /api/activity?limit=50': page([], null),
      [`GET /api/activity?limit=50&from=${from}`]: page([], null),
      [`GET /api/activity?limit=50&from=${from}&to=${to}`]: page([commented], null),
    });
    render(<ActivityPage spaces={spaces} />);
    await screen.findByText(/Nothing has happened in your spaces yet/);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-01' } });
    await screen.findByText(/Nothing matches these filters/);
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-02' } });
    await screen.findByRole('list', { name: 'Activity' });
    expect(calls).toHaveLength(3);

    // Dates the wrong way round are said at once, and nothing is asked of the server.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-05' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'The dates are the wrong way round: From (2026-11-05) is after To (2026-11-02). Change one of them.',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(3);
  });

  it('says what went wrong, and that the stream needs the server while offline', async () => {
    stubApi({ 'GET /api/activity?limit=50': apiError(500, 'internal', 'The database is busy.') });
    render(<ActivityPage spaces={spaces} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not load the activity: The database is busy.',
    );
    cleanup();

    const calls = stubApi({});
    render(<ActivityPage spaces={spaces} offline />);
    expect(screen.getByRole('status').textContent).toMatch(/needs the server/);
    expect(screen.queryByRole('list', { name: 'Activity' })).toBeNull();
    expect(calls).toEqual([]);
  });

  it("keeps the filters in the address and reads a person's stream from it", async () => {
    window.history.replaceState(null, '', '/activity?person=u2');
    const calls = stubApi({
      'GET /api/activity?limit=50&person=u2': page([commented], null),
      'GET /api/activity?limit=50&person=u2&type=commented': page([commented], null),
      'GET /api/activity?limit=50': page([moved, commented], null),
    });
    render(<ActivityPage spaces={spaces} />);
    await screen.findByText('That is everything these filters match.');
    expect(sentences()).toEqual(['Grace commented on “Door hinge”']);
    fireEvent.change(screen.getByLabelText('Event type'), { target: { value: 'commented' } });
    await waitFor(() => expect(window.location.search).toBe('?person=u2&type=commented'));
    await waitFor(() => expect(calls).toHaveLength(2));

    // Every actor's name leads to their own stream.
    cleanup();
    window.history.replaceState(null, '', '/activity');
    render(<ActivityPage spaces={spaces} />);
    await screen.findByRole('list', { name: 'Activity' });
    const ada = screen.getByRole('link', { name: 'Ada' });
    expect(ada.getAttribute('href')).toBe('/activity?person=u1');
  });

  it('puts events that arrive on top without repeating what is shown', async () => {
    const newer: ActivityEntry = { ...commented, seq: 12, id: '2:7', names: { card: 'Hob' } };
    const calls = stubApi({
      'GET /api/activity?limit=50': page([moved, commented], null),
      // The answer overlaps what is shown: only the newer entry is added.
      'GET /api/activity?limit=50&after=9': page([newer, moved], null),
      'GET /api/activity?limit=50&after=12': page([], null),
    });
    render(<ActivityPage spaces={spaces} />);
    await screen.findByRole('list', { name: 'Activity' });
    // Coming back to the window asks at once what arrived since the newest entry.
    act(() => void window.dispatchEvent(new Event('focus')));
    await screen.findByRole('link', { name: '“Hob”' });
    expect(sentences()).toEqual([
      'Grace commented on “Hob”',
      'Ada moved “Pump seal” from Intake to Repair',
      'Grace commented on “Door hinge”',
    ]);
    act(() => void window.dispatchEvent(new Event('focus')));
    await waitFor(() => expect(calls.at(-1)?.route).toBe('GET /api/activity?limit=50&after=12'));
    expect(sentences()).toHaveLength(3);
  });

  it('fetches the next page once when it is asked for twice before the page re-renders', async () => {
    const calls = stubApi({
      'GET /api/activity?limit=50': page([moved, commented], 8),
      'GET /api/activity?limit=50&before=8': page([unnamed], null),
    });
    render(<ActivityPage spaces={spaces} />);
    await screen.findByRole('list', { name: 'Activity' });
    const more = screen.getByRole('button', { name: 'Load more' });
    // The list's end coming into view and a click, in one go.
    act(() => {
      more.click();
      more.click();
    });
    await screen.findByText('That is everything.');
    expect(sentences()).toHaveLength(3);
    expect(calls.filter((call) => call.route.includes('before=')).map((call) => call.route)).toEqual([
      'GET /api/activity?limit=50&before=8',
    ]);
  });

  it('does not pull the focus to an entry that arrives after a failed "Load more"', async () => {
    const newer: ActivityEntry = { ...commented, seq: 12, id: '2:7', names: { card: 'Hob' } };
    stubApi({
      'GET /api/activity?limit=50': page([moved, commented], 8),
      'GET /api/activity?limit=50&before=8': apiError(503, 'busy', 'The server is busy.'),
      'GET /api/activity?limit=50&after=9': page([newer], null),
    });
    render(<ActivityPage spaces={spaces} />);
    await screen.findByRole('list', { name: 'Activity' });
    const more = screen.getByRole('button', { name: 'Load more' });
    more.focus();
    fireEvent.click(more);
    await screen.findByText(/Could not load more/);
    // The user goes on to the filters; a new entry then arrives on top.
    const person = screen.getByLabelText('Person');
    person.focus();
    act(() => void window.dispatchEvent(new Event('focus')));
    await screen.findByRole('link', { name: '“Hob”' });
    expect(document.activeElement).toBe(person);
  });

  it('holds new events behind a button while the reader is scrolled down', async () => {
    // The top of the list is out of view.
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(private readonly report: IntersectionObserverCallback) {}
        observe(target: Element) {
          this.report([{ target, isIntersecting: false } as IntersectionObserverEntry], this as never);
        }
        disconnect() {}
      },
    );
    // jsdom has no scrolling: record that the list was brought back to its top.
    const scrolled = vi.fn();
    Object.defineProperty(Element.prototype, 'scrollIntoView', { value: scrolled, configurable: true });
    onTestFinished(() => void Reflect.deleteProperty(Element.prototype, 'scrollIntoView'));
    const newer: ActivityEntry = { ...commented, seq: 12, id: '2:7', names: { card: 'Hob' } };
    stubApi({
      'GET /api/activity?limit=50': page([moved, commented], null),
      'GET /api/activity?limit=50&after=9': page([newer], null),
    });
    render(<ActivityPage spaces={spaces} />);
    await screen.findByRole('list', { name: 'Activity' });
    act(() => void window.dispatchEvent(new Event('focus')));
    const show = await screen.findByRole('button', { name: 'Show 1 new event' });
    expect(sentences()).toHaveLength(2);
    show.focus();
    fireEvent.click(show);
    expect(sentences()[0]).toBe('Grace commented on “Hob”');
    expect(screen.queryByRole('button', { name: /new event/ })).toBeNull();
    // The focus goes to the newest entry, not to the page.
    await waitFor(() =>
      expect(screen.getAllByRole('listitem')[0]!.contains(document.activeElement)).toBe(true),
    );
    expect(scrolled).toHaveBeenCalled();
  });
});
