// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SpaceActivityPanel } from '../../../../src/ui/activity/SpaceActivityPanel';
import type { ActivityEntry } from '../../../../src/ui/activity/activityApi';
import { stubApi } from '../stubApi';

configure({ asyncUtilTimeout: 5000 });

const created: ActivityEntry = {
  seq: 4,
  id: '1:4',
  spaceId: 'sp1',
  card: 'c1',
  cardId: 'c1',
  type: 'created',
  title: 'Pump seal',
  statusId: 'intake',
  at: Date.UTC(2026, 10, 2, 10),
  by: 'u1',
  actor: 'u1',
  actorName: 'Ada',
  names: { card: 'Pump seal', statuses: { intake: 'Intake' } },
};

describe('a space activity panel', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(cleanup);

  it('reads only its space, offers no other, and closes on Escape back to its opener', async () => {
    const calls = stubApi({
      'GET /api/activity?limit=50&space=sp1': { status: 200, body: { events: [created], next: null } },
      'GET /api/activity?limit=50&person=u1&space=sp1': { status: 200, body: { events: [], next: null } },
    });
    const opener = document.createElement('button');
    document.body.append(opener);
    const onClose = vi.fn();
    render(
      <SpaceActivityPanel
        spaceId="sp1"
        spaceName="RMA"
        offline={false}
        onClose={onClose}
        returnFocus={opener}
      />,
    );
    const panel = screen.getByRole('dialog', { name: 'Space activity' });
    const list = await within(panel).findByRole('list', { name: 'Space activity' });
    expect(within(list).getByRole('listitem').querySelector('p')!.textContent).toBe(
      'Ada created “Pump seal” in Intake',
    );
    expect(within(panel).queryByLabelText('Space')).toBeNull();
    // The space is named once above the stream, not again on each entry.
    expect(within(list).getByRole('listitem').querySelector('.activity-meta')!.textContent).not.toContain(
      'RMA',
    );

    // Its filters narrow the space's stream, never leave it.
    await within(within(panel).getByLabelText('Person')).findByRole('option', { name: 'Ada' });
    fireEvent.change(within(panel).getByLabelText('Person'), { target: { value: 'u1' } });
    await within(panel).findByText(/Nothing matches these filters/);
    expect(calls.map((call) => call.route)).toEqual([
      'GET /api/activity?limit=50&space=sp1',
      'GET /api/activity?limit=50&person=u1&space=sp1',
    ]);

    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});
