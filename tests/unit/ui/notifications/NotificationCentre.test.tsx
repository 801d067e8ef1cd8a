// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Reminder } from '../../../../src/domain/index.ts';
import { NotificationCentre } from '../../../../src/ui/notifications/NotificationCentre';
import { CurrentUserContext } from '../../../../src/ui/shell/currentUser';
import { cardPath } from '../../../../src/ui/shell/route';
import type { NotificationEntry } from '../../../../src/ui/notifications/notificationsApi';
import { stubApi } from '../stubApi';

configure({ asyncUtilTimeout: 5000 });

const mention: NotificationEntry = {
  notificationId: 12,
  reason: 'mention',
  read: false,
  seq: 40,
  id: '1:9',
  spaceId: 'sp1',
  card: 'c1',
  cardId: 'c1',
  type: 'commented',
  commentId: 'm1',
  at: Date.UTC(2026, 10, 2, 10, 42),
  by: 'u1',
  actor: 'u1',
  actorName: 'Ada',
  names: { card: 'Pump seal' },
};
const moved: NotificationEntry = {
  notificationId: 11,
  reason: 'follow',
  read: true,
  seq: 39,
  id: '1:8',
  spaceId: 'sp1',
  card: 'c2',
  cardId: 'c2',
  type: 'moved',
  toStatusId: 'repair',
  at: Date.UTC(2026, 10, 2, 9),
  by: 'u2',
  actor: 'u2',
  actorName: 'Grace',
  names: { card: 'Door hinge', fromStatusId: 'intake', statuses: { intake: 'Intake', repair: 'Repair' } },
};
const fired: Reminder = {
  id: 'r1',
  spaceId: 'sp1',
  cardId: 'c3',
  title: 'Call the customer',
  at: Date.UTC(2026, 10, 2, 8),
  firedAt: Date.UTC(2026, 10, 2, 8),
};

const list = (notifications: NotificationEntry[]) => ({ status: 200, body: { notifications, next: null } });
const items = () =>
  within(screen.getByRole('list', { name: 'Notifications' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('p')!.textContent);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The centre with no reminders, its callbacks doing nothing, read by `reader` when given. */
function renderCentre(reader?: { id: string; email: string; name: string }) {
  const centre = (
    <NotificationCentre
      reminders={[]}
      onDismissReminder={() => {}}
      onChanged={() => {}}
      onClose={() => {}}
      onOpened={() => {}}
    />
  );
  render(
    reader ? <CurrentUserContext.Provider value={reader}>{centre}</CurrentUserContext.Provider> : centre,
  );
}

describe('the notification centre', () => {
  it('lists fired reminders, then notifications as sentences, and marks one read', async () => {
    const calls = stubApi({
      'GET /api/notifications?limit=30': list([mention, moved]),
      'POST /api/notifications/read': { status: 200, body: { marked: 1 } },
    });
    const onChanged = vi.fn();
    const onDismiss = vi.fn();
    render(
      <NotificationCentre
        reminders={[fired]}
        onDismissReminder={onDismiss}
        onChanged={onChanged}
        onClose={() => {}}
        onOpened={() => {}}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'Notifications' })).toBeTruthy();
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(items()).toEqual([
      'Unread: Reminder: “Call the customer”',
      'Unread: Mentioned you · Ada commented on “Pump seal”',
      'Grace moved “Door hinge” from Intake to Repair',
    ]);

    // The button says which notification it marks.
    const markRead = screen.getByRole('button', { name: 'Mark read' });
    expect(document.getElementById(markRead.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Unread: Mentioned you · Ada commented on “Pump seal”',
    );
    fireEvent.click(markRead);
    expect(screen.queryByRole('button', { name: 'Mark read' })).toBeNull();
    // Gone with the button, the focus is on the card's link of the same notification.
    expect(document.activeElement).toBe(screen.getByRole('link', { name: '“Pump seal”' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(calls.at(-1)).toEqual({ route: 'POST /api/notifications/read', body: { ids: [12] } });

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledWith('r1');
  });

  it("says a blocker's own reason, not why the notification came", async () => {
    const blocked = (reason: string | null, notificationId: number): NotificationEntry => ({
      ...moved,
      notificationId,
      type: 'blocked',
      reason: 'follow',
      blockedReason: reason,
      names: { card: 'Door hinge' },
    });
    stubApi({
      'GET /api/notifications?limit=30': list([blocked(null, 14), blocked('Waiting for dealer invoice', 13)]),
    });
    renderCentre();
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(items()[0]).toMatch(/removed the blocker/);
    expect(items()[1]).toMatch(/blocked: Waiting for dealer invoice$/);
  });

  it('calls the signed-in reader "you"', async () => {
    const assigned: NotificationEntry = {
      ...moved,
      notificationId: 13,
      type: 'assigned',
      userId: 'u7',
      names: { card: 'Door hinge' },
    };
    stubApi({ 'GET /api/notifications?limit=30': list([assigned]) });
    renderCentre({ id: 'u7', email: 'lena@example.com', name: 'Lena' });
    await waitFor(() => expect(items()).toEqual(['Grace made you responsible for “Door hinge”']));
  });

  it("opens a notification's card at its address, closing without taking the focus back", async () => {
    stubApi({
      'GET /api/notifications?limit=30': list([moved]),
      'POST /api/notifications/read': { status: 200, body: { marked: 1 } },
    });
    const onClose = vi.fn();
    const onOpened = vi.fn();
    render(
      <NotificationCentre
        reminders={[]}
        onDismissReminder={() => {}}
        onChanged={() => {}}
        onClose={onClose}
        onOpened={onOpened}
      />,
    );
    await waitFor(() => expect(items()).toHaveLength(1));
    fireEvent.click(screen.getByRole('link', { name: '“Door hinge”' }));
    expect(window.location.pathname).toBe(cardPath(moved.spaceId, moved.cardId!));
    expect(onOpened).toHaveBeenCalledOnce();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows what arrives while it is open, when the unread count changes', async () => {
    stubApi({ 'GET /api/notifications?limit=30': list([moved]) });
    const props = {
      reminders: [],
      onDismissReminder: () => {},
      onChanged: () => {},
      onClose: () => {},
      onOpened: () => {},
    };
    const { rerender } = render(<NotificationCentre {...props} unread={0} latest={null} />);
    await waitFor(() => expect(items()).toEqual(['Grace moved “Door hinge” from Intake to Repair']));
    stubApi({ 'GET /api/notifications?limit=30': list([mention, moved]) });
    rerender(<NotificationCentre {...props} unread={1} latest={12} />);
    await waitFor(() =>
      expect(items()).toEqual([
        'Unread: Mentioned you · Ada commented on “Pump seal”',
        'Grace moved “Door hinge” from Intake to Repair',
      ]),
    );
    // A newer notification replacing the unread one (the same kind, by the same person): the count stays,
    // the newest id changes, and the list shows the newer one.
    const newer: NotificationEntry = { ...mention, notificationId: 13, names: { card: 'Pump seal kit' } };
    stubApi({ 'GET /api/notifications?limit=30': list([newer, moved]) });
    rerender(<NotificationCentre {...props} unread={1} latest={13} />);
    await waitFor(() => expect(items()[0]).toBe('Unread: Mentioned you · Ada commented on “Pump seal kit”'));
  });

  it('asks for another level and marks all read', async () => {
    const calls = stubApi({
      'GET /api/notifications?limit=30': list([mention, moved]),
      'GET /api/notifications?limit=30&level=comments': list([mention]),
      'POST /api/notifications/read': { status: 200, body: { marked: 1 } },
    });
    renderCentre();
    await waitFor(() => expect(items()).toHaveLength(2));
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'comments' } });
    await waitFor(() => expect(items()).toHaveLength(1));
    const markAll = screen.getByRole('button', { name: 'Mark all read' });
    markAll.focus();
    fireEvent.click(markAll);
    expect(calls.at(-1)).toEqual({ route: 'POST /api/notifications/read', body: { all: true } });
    expect(screen.queryByRole('button', { name: 'Mark read' })).toBeNull();
    // Nothing is left to mark, and the button keeps the focus (a disabled one would drop it to the page).
    expect(markAll.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(markAll);
    fireEvent.click(markAll);
    expect(calls.filter((call) => call.route === 'POST /api/notifications/read')).toHaveLength(1);
  });

  it('gives the focus to the first older notification once "Show older" has brought the last page', async () => {
    stubApi({
      'GET /api/notifications?limit=30': { status: 200, body: { notifications: [mention], next: 39 } },
      'GET /api/notifications?limit=30&before=39': list([moved]),
    });
    renderCentre();
    const older = await screen.findByRole('button', { name: 'Show older' });
    older.focus();
    fireEvent.click(older);
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('link', { name: '“Door hinge”' })),
    );
  });

  it('shows the list again as the server has it when marking fails', async () => {
    stubApi({
      'GET /api/notifications?limit=30': list([mention]),
      'POST /api/notifications/read': { status: 500, body: { error: { code: 'x', message: 'down' } } },
    });
    renderCentre();
    await waitFor(() => expect(items()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Mark read' }));
    expect(screen.queryByRole('button', { name: 'Mark read' })).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Mark read' })).toBeTruthy());
  });
});
