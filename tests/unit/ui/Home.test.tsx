// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User, Workspace } from '../../../src/ui/api';
import { Home } from '../../../src/ui/home/Home';
import { SignOutButton } from '../../../src/ui/shell/SignOutButton';
import { apiError, stubApi } from './stubApi';

const ada: User = { id: 'u1', email: 'ada@example.com', name: 'Ada' };
const claims: Workspace = { id: 'w1', name: 'Warranty claims', type: 'private', role: 'owner' };
const feedback: Workspace = { id: 'w2', name: 'Customer feedback', type: 'public', role: 'visitor' };

describe('home', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(cleanup);

  it('lists the workspaces and offers a new space only where the user may create one', async () => {
    stubApi({ 'GET /api/workspaces': { status: 200, body: { workspaces: [claims, feedback] } } });
    render(<Home user={ada} />);

    const own = await screen.findByRole('listitem', { name: 'Warranty claims' });
    expect(within(own).getByRole('button', { name: 'Create space in Warranty claims' })).toBeTruthy();
    const visited = screen.getByRole('listitem', { name: 'Customer feedback' });
    expect(within(visited).getByText('Public')).toBeTruthy();
    expect(within(visited).queryByRole('button', { name: /create space/i })).toBeNull();
  });

  it('lets a visitor join a public workspace and then add a space to it', async () => {
    const calls = stubApi({
      'GET /api/workspaces': { status: 200, body: { workspaces: [feedback] } },
      'POST /api/workspaces/w2/join': { status: 200, body: { id: 'w2', role: 'member' } },
    });
    render(<Home user={ada} />);
    const visited = await screen.findByRole('listitem', { name: 'Customer feedback' });

    fireEvent.click(within(visited).getByRole('button', { name: 'Join Customer feedback' }));

    const spaceName = await within(visited).findByLabelText('Space name');
    expect(document.activeElement).toBe(spaceName);
    expect(within(visited).getByText('You are a member')).toBeTruthy();
    expect(within(visited).queryByRole('button', { name: /join/i })).toBeNull();
    expect(calls.map((call) => call.route)).toContain('POST /api/workspaces/w2/join');
  });

  it('creates a workspace of the chosen type and lists it', async () => {
    const calls = stubApi({
      'GET /api/workspaces': { status: 200, body: { workspaces: [] } },
      'POST /api/workspaces': {
        status: 201,
        body: { id: 'w9', name: 'Repairs', type: 'org_wide', role: 'owner' },
      },
    });
    render(<Home user={ada} />);
    await screen.findByText(/no workspaces yet/i);

    fireEvent.change(screen.getByLabelText('Workspace name'), { target: { value: '  Repairs ' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Org-wide' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create workspace' }));

    await screen.findByRole('listitem', { name: 'Repairs' });
    expect(calls.at(-1)).toEqual({
      route: 'POST /api/workspaces',
      body: { name: 'Repairs', type: 'org_wide' },
    });
    expect((screen.getByLabelText('Workspace name') as HTMLInputElement).value).toBe('');
  });

  it('sends a double-clicked create once', async () => {
    const calls = stubApi({
      'GET /api/workspaces': { status: 200, body: { workspaces: [] } },
      'POST /api/workspaces': {
        status: 201,
        body: { id: 'w9', name: 'RMA', type: 'private', role: 'owner' },
      },
    });
    render(<Home user={ada} />);
    await screen.findByText(/no workspaces yet/i);

    fireEvent.change(screen.getByLabelText('Workspace name'), { target: { value: 'RMA' } });
    const create = screen.getByRole('button', { name: 'Create workspace' });
    fireEvent.click(create);
    fireEvent.click(create);

    await screen.findByRole('listitem', { name: 'RMA' });
    expect(calls.filter((call) => call.route === 'POST /api/workspaces')).toHaveLength(1);
    expect(screen.getAllByRole('listitem', { name: 'RMA' })).toHaveLength(1);
  });

  it('shows a refused space inside that workspace and keeps what was typed', async () => {
    stubApi({
      'GET /api/workspaces': { status: 200, body: { workspaces: [claims] } },
      'POST /api/workspaces/w1/spaces': apiError(
        400,
        'invalid_input',
        'The name must be at most 200 characters.',
      ),
    });
    render(<Home user={ada} />);
    const own = await screen.findByRole('listitem', { name: 'Warranty claims' });

    fireEvent.change(within(own).getByLabelText('Space name'), { target: { value: 'Intake' } });
    fireEvent.click(within(own).getByRole('button', { name: 'Create space in Warranty claims' }));

    expect((await within(own).findByRole('alert')).textContent).toBe(
      'The name must be at most 200 characters.',
    );
    expect((within(own).getByLabelText('Space name') as HTMLInputElement).value).toBe('Intake');
  });

  it('signs out through the API before leaving the app', async () => {
    const calls = stubApi({ 'POST /api/auth/logout': { status: 200, body: { ok: true } } });
    const onSignedOut = vi.fn();
    render(<SignOutButton onSignedOut={onSignedOut} />);

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    await vi.waitFor(() => expect(onSignedOut).toHaveBeenCalledOnce());
    expect(calls.map((call) => call.route)).toContain('POST /api/auth/logout');
  });
});
