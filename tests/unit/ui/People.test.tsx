// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Member, User, Workspace } from '../../../src/ui/api';
import { Home } from '../../../src/ui/home/Home';
import { CurrentUserContext } from '../../../src/ui/shell/currentUser';
import { apiError, stubApi, type Reply } from './stubApi';

const ada: User = { id: 'u1', email: 'ada@example.com', name: 'Ada' };
const claims: Workspace = { id: 'w1', name: 'Warranty claims', type: 'private', role: 'owner' };
const owners: Member[] = [
  { id: 'u1', name: 'Ada', role: 'owner', email: 'ada@example.com' },
  { id: 'u2', name: 'Bob', role: 'member', email: 'bob@example.com' },
];
const listed = (members: Member[]): Reply => ({ status: 200, body: { members } });

/** The home of Ada, signed in, as the app shell shows it. */
function showHome() {
  render(
    <CurrentUserContext.Provider value={ada}>
      <Home user={ada} />
    </CurrentUserContext.Provider>,
  );
}

async function openPeople(workspace: string) {
  const item = await screen.findByRole('listitem', { name: workspace });
  fireEvent.click(within(item).getByRole('button', { name: `People in ${workspace}` }));
  return item;
}

describe('people of a workspace on the home', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(cleanup);

  it('shows an owner names, emails and roles, and adds a person by email with a role', async () => {
    const calls = stubApi({
      'GET /api/workspaces': { status: 200, body: { workspaces: [claims] } },
      'GET /api/workspaces/w1/members': listed(owners),
      'POST /api/workspaces/w1/members': { status: 201, body: { userId: 'u3', role: 'visitor' } },
    });
    showHome();
    const item = await openPeople('Warranty claims');

    const people = await within(item).findByRole('list', { name: 'People in Warranty claims' });
    expect(within(people).getByText('bob@example.com')).toBeTruthy();
    expect((within(people).getByRole('combobox', { name: 'Role of Bob' }) as HTMLSelectElement).value).toBe(
      'member',
    );

    const form = within(item).getByRole('form', { name: 'Add a person to Warranty claims' });
    fireEvent.change(within(form).getByLabelText('Email of the person to add'), {
      target: { value: ' carla@example.com ' },
    });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'visitor' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add to Warranty claims' }));

    await vi.waitFor(() =>
      expect(calls.filter((call) => call.route === 'GET /api/workspaces/w1/members')).toHaveLength(2),
    );
    expect(calls.find((call) => call.route === 'POST /api/workspaces/w1/members')?.body).toEqual({
      email: 'carla@example.com',
      role: 'visitor',
    });
    expect((within(form).getByLabelText('Email of the person to add') as HTMLInputElement).value).toBe('');
  });

  it('says that an unknown email needs an account first, and keeps what was typed', async () => {
    const calls = stubApi({
      'GET /api/workspaces': { status: 200, body: { workspaces: [claims] } },
      'GET /api/workspaces/w1/members': listed(owners),
      'POST /api/workspaces/w1/members': apiError(
        404,
        'unknown_user',
        'There is no account with this email.',
      ),
    });
    showHome();
    const item = await openPeople('Warranty claims');
    const form = within(item).getByRole('form', { name: 'Add a person to Warranty claims' });
    fireEvent.change(within(form).getByLabelText('Email of the person to add'), {
      target: { value: 'nobody@example.com' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add to Warranty claims' }));

    expect((await within(form).findByRole('alert')).textContent).toBe(
      'No account uses this email yet: ask them to sign up first.',
    );
    expect((within(form).getByLabelText('Email of the person to add') as HTMLInputElement).value).toBe(
      'nobody@example.com',
    );
    expect(calls.filter((call) => call.route === 'GET /api/workspaces/w1/members')).toHaveLength(1);
  });

  it('changes a role, and removes a person only after confirming; the only owner can be neither removed nor leave', async () => {
    const calls = stubApi({
      'GET /api/workspaces': { status: 200, body: { workspaces: [claims] } },
      'GET /api/workspaces/w1/members': listed(owners),
      'POST /api/workspaces/w1/members': { status: 200, body: { userId: 'u2', role: 'visitor' } },
      'DELETE /api/workspaces/w1/members/u2': { status: 200, body: { ok: true } },
    });
    showHome();
    const item = await openPeople('Warranty claims');
    const people = await within(item).findByRole('list', { name: 'People in Warranty claims' });

    fireEvent.change(within(people).getByRole('combobox', { name: 'Role of Bob' }), {
      target: { value: 'visitor' },
    });
    await vi.waitFor(() =>
      expect(calls.find((call) => call.route === 'POST /api/workspaces/w1/members')?.body).toEqual({
        email: 'bob@example.com',
        role: 'visitor',
      }),
    );

    const remove = within(people).getByRole('button', { name: 'Remove Bob' });
    fireEvent.click(remove);
    const confirm = within(people).getByRole('group', { name: 'Remove Bob?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(calls.some((call) => call.route.startsWith('DELETE'))).toBe(false);

    fireEvent.click(within(people).getByRole('button', { name: 'Remove Bob' }));
    fireEvent.click(within(people).getByRole('button', { name: 'Yes, remove Bob' }));
    await vi.waitFor(() =>
      expect(calls.map((call) => call.route)).toContain('DELETE /api/workspaces/w1/members/u2'),
    );

    // Their own row, as the only owner, whom the workspace keeps: neither removed nor leaving.
    const adaRow = within(people).getByText('Ada').closest('li')!;
    expect(within(adaRow as HTMLElement).queryByRole('button')).toBeNull();
  });

  it('lets a member leave a private workspace after confirming, and puts the focus on the page heading', async () => {
    const calls = stubApi({
      'GET /api/workspaces': { status: 200, body: { workspaces: [{ ...claims, role: 'member' }] } },
      'GET /api/workspaces/w1/members': listed(owners.map(({ email: _email, ...member }) => member)),
      'DELETE /api/workspaces/w1/members/u2': { status: 200, body: { ok: true } },
    });
    const bob: User = { id: 'u2', email: 'bob@example.com', name: 'Bob' };
    render(
      <CurrentUserContext.Provider value={bob}>
        <Home user={bob} />
      </CurrentUserContext.Provider>,
    );
    const item = await openPeople('Warranty claims');
    const people = await within(item).findByRole('list', { name: 'People in Warranty claims' });
    fireEvent.click(within(people).getByRole('button', { name: 'Leave Warranty claims' }));
    const confirm = within(people).getByRole('group', { name: 'Leave Warranty claims?' });
    expect(confirm.textContent).toContain('Its spaces close to you until an owner adds you again.');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, leave Warranty claims' }));
    await vi.waitFor(() =>
      expect(calls.map((call) => call.route)).toContain('DELETE /api/workspaces/w1/members/u2'),
    );
    // The home asks for its workspaces again, not for the people of the one just left.
    await vi.waitFor(() =>
      expect(calls.filter((call) => call.route === 'GET /api/workspaces')).toHaveLength(2),
    );
    expect(calls.filter((call) => call.route === 'GET /api/workspaces/w1/members')).toHaveLength(1);
    expect(document.activeElement?.tagName).toBe('H1');
    await vi.waitFor(() =>
      expect(document.querySelector('[data-announcer]')?.textContent).toBe('You left Warranty claims.'),
    );
  });

  it('offers no way to leave where leaving would not take the access away', async () => {
    stubApi({
      'GET /api/workspaces': {
        status: 200,
        body: {
          workspaces: [
            { ...claims, type: 'public', role: 'visitor' },
            { id: 'w2', name: 'Everyone', type: 'org_wide', role: 'member' },
          ],
        },
      },
      'GET /api/workspaces/w1/members': listed(owners.map(({ email: _email, ...member }) => member)),
      'GET /api/workspaces/w2/members': listed(owners.map(({ email: _email, ...member }) => member)),
    });
    const bob: User = { id: 'u2', email: 'bob@example.com', name: 'Bob' };
    render(
      <CurrentUserContext.Provider value={bob}>
        <Home user={bob} />
      </CurrentUserContext.Provider>,
    );
    for (const name of ['Warranty claims', 'Everyone']) {
      const item = await openPeople(name);
      const people = await within(item).findByRole('list', { name: `People in ${name}` });
      expect(within(people).queryByRole('button')).toBeNull();
    }
  });

  it('shows members and visitors names and roles only, and the way to leave', async () => {
    const calls = stubApi({
      'GET /api/workspaces': { status: 200, body: { workspaces: [{ ...claims, role: 'visitor' }] } },
      // Ada, signed in, is a visitor here.
      'GET /api/workspaces/w1/members': listed([
        { id: 'u3', name: 'Olga', role: 'owner' },
        { id: 'u1', name: 'Ada', role: 'visitor' },
        { id: 'u2', name: 'Bob', role: 'member' },
      ]),
    });
    showHome();
    const item = await openPeople('Warranty claims');
    const people = await within(item).findByRole('list', { name: 'People in Warranty claims' });

    expect(within(people).getByText('Bob')).toBeTruthy();
    expect(within(people).getByText('Member')).toBeTruthy();
    expect(within(people).queryByRole('combobox')).toBeNull();
    expect(
      within(people)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Leave Warranty claims']);
    expect(within(item).queryByRole('form', { name: /add a person/i })).toBeNull();
    expect(calls.every((call) => call.route.startsWith('GET'))).toBe(true);
  });
});
