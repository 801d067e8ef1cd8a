// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../../../src/ui/api';
import { Home } from '../../../src/ui/home/Home';
import { apiError, stubApi } from './stubApi';

const owner: User = { id: 'u1', email: 'ada@example.com', name: 'Ada', instanceRole: 'owner' };
const colleague: User = { id: 'u2', email: 'bob@example.com', name: 'Bob', instanceRole: 'user' };
const demo = {
  id: 'w7',
  name: 'Aftersales Service',
  type: 'private',
  role: 'owner',
  spaces: [{ id: 's1', name: 'Repairs & RMA' }],
};

describe('the demo offer on a fresh instance', () => {
  beforeEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });
  afterEach(cleanup);

  it('offers the instance owner the demo and lists it once created', async () => {
    const calls = stubApi({
      'GET /api/workspaces': { status: 200, body: { workspaces: [] } },
      'POST /api/demo': { status: 201, body: demo },
    });
    const onWorkspacesChanged = vi.fn();
    render(<Home user={owner} onWorkspacesChanged={onWorkspacesChanged} />);
    const offer = await screen.findByRole('region', { name: 'Start with a demo workspace?' });

    fireEvent.click(within(offer).getByRole('button', { name: 'Create the demo workspace' }));

    await screen.findByRole('listitem', { name: 'Aftersales Service' });
    expect(screen.queryByRole('region', { name: 'Start with a demo workspace?' })).toBeNull();
    expect(calls.filter((call) => call.route === 'POST /api/demo')).toHaveLength(1);
    expect(onWorkspacesChanged).toHaveBeenCalled();
  });

  it('shows a refusal in the offer, and Skip hides it for good on this device', async () => {
    stubApi({
      'GET /api/workspaces': { status: 200, body: { workspaces: [] } },
      'POST /api/demo': apiError(409, 'demo_exists', 'This Afterboard has its demo workspace already.'),
    });
    render(<Home user={owner} />);
    const offer = await screen.findByRole('region', { name: 'Start with a demo workspace?' });
    fireEvent.click(within(offer).getByRole('button', { name: 'Create the demo workspace' }));
    expect((await within(offer).findByRole('alert')).textContent).toMatch(/demo workspace already/);

    fireEvent.click(within(offer).getByRole('button', { name: 'Skip' }));
    expect(screen.queryByRole('region', { name: 'Start with a demo workspace?' })).toBeNull();
    cleanup();
    render(<Home user={owner} />);
    await screen.findByText(/no workspaces yet/i);
    expect(screen.queryByRole('region', { name: 'Start with a demo workspace?' })).toBeNull();
  });

  it('is not offered to other users', async () => {
    stubApi({ 'GET /api/workspaces': { status: 200, body: { workspaces: [] } } });
    render(<Home user={colleague} />);
    await screen.findByText(/no workspaces yet/i);
    expect(screen.queryByRole('region', { name: 'Start with a demo workspace?' })).toBeNull();
  });
});

describe('spaces on the home page', () => {
  afterEach(cleanup);

  it('lists a created space by name, as a link to its board', async () => {
    stubApi({
      'GET /api/workspaces': {
        status: 200,
        body: { workspaces: [{ id: 'w1', name: 'Claims', type: 'private', role: 'owner' }] },
      },
      'POST /api/workspaces/w1/spaces': { status: 201, body: { id: 'sp1' } },
    });
    render(<Home user={owner} />);
    const own = await screen.findByRole('listitem', { name: 'Claims' });
    fireEvent.change(within(own).getByLabelText('Space name'), { target: { value: 'Intake' } });
    fireEvent.click(within(own).getByRole('button', { name: 'Create space in Claims' }));

    const list = await within(own).findByRole('list', { name: 'Spaces in Claims' });
    const link = within(list).getByRole('link', { name: 'Intake' });
    expect(link.getAttribute('href')).toBe('/space/sp1');
    expect(list.textContent).toBe('Intake');
  });
});
