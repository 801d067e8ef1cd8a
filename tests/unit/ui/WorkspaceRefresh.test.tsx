// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User, Workspace } from '../../../src/ui/api';
import { Home } from '../../../src/ui/home/Home';
import { WORKSPACE_REFRESH_MS } from '../../../src/ui/shell/useWorkspaceList';
import { stubApi } from './stubApi';

const bob: User = { id: 'u2', email: 'bob@example.com', name: 'Bob' };
const claims: Workspace = { id: 'w1', name: 'Warranty claims', type: 'private', role: 'member' };
const listing = (workspaces: Workspace[]) => ({
  'GET /api/workspaces': { status: 200, body: { workspaces } },
});

describe('the workspace list follows memberships made elsewhere', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows a workspace the user was added to when the window regains focus', async () => {
    stubApi(listing([]));
    render(<Home user={bob} />);
    await screen.findByText(/no workspaces yet/i);

    stubApi(listing([claims]));
    act(() => void window.dispatchEvent(new Event('focus')));
    await screen.findByRole('listitem', { name: 'Warranty claims' });
  });

  it('asks again periodically while the page is visible', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    stubApi(listing([]));
    render(<Home user={bob} />);
    await screen.findByText(/no workspaces yet/i);

    const calls = stubApi(listing([claims]));
    act(() => void vi.advanceTimersByTime(WORKSPACE_REFRESH_MS));
    await screen.findByRole('listitem', { name: 'Warranty claims' });
    expect(calls.map((call) => call.route)).toEqual(['GET /api/workspaces']);
  });

  it('keeps the list it has when the server cannot be reached', async () => {
    stubApi(listing([claims]));
    render(<Home user={bob} />);
    await screen.findByRole('listitem', { name: 'Warranty claims' });

    const refused = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', refused);
    act(() => void window.dispatchEvent(new Event('focus')));
    await vi.waitFor(() => expect(refused).toHaveBeenCalled());
    await act(async () => {});
    expect(screen.getByRole('listitem', { name: 'Warranty claims' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
