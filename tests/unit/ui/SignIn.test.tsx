// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/ui/App';
import { apiError, stubApi, type Reply } from './stubApi';

async function submitSignIn(email: string, password: string) {
  fireEvent.change(await screen.findByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

const signedOut: Reply = {
  status: 401,
  body: { error: { code: 'unauthorized', message: 'Not signed in.' } },
};

describe('sign-in form', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(cleanup);

  it("shows the server's error message in the form and stays on the sign-in screen", async () => {
    const calls = stubApi({
      'GET /api/me': signedOut,
      'POST /api/auth/login': apiError(401, 'invalid_credentials', 'Email or password is wrong.'),
    });
    render(<App />);

    await submitSignIn('ada@example.com', 'not-her-password');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Email or password is wrong.');
    expect(screen.getByRole('heading', { name: 'Sign in to Afterboard' })).toBeTruthy();
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('ada@example.com');
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
    expect(calls.find((call) => call.route === 'POST /api/auth/login')?.body).toEqual({
      email: 'ada@example.com',
      password: 'not-her-password',
    });
  });

  it('says so when the server cannot be reached, instead of failing silently', async () => {
    stubApi({ 'GET /api/me': signedOut });
    render(<App />);
    // The start's own requests are answered first; then the network goes away.
    await screen.findByRole('heading', { name: 'Sign in to Afterboard' });
    vi.mocked(fetch).mockRejectedValueOnce(new TypeError('Failed to fetch'));

    await submitSignIn('ada@example.com', 'secret-password');

    expect((await screen.findByRole('alert')).textContent).toMatch(/could not reach the server/i);
    expect(screen.getByRole('heading', { name: 'Sign in to Afterboard' })).toBeTruthy();
  });

  it('opens the home with the user name after a successful sign-in', async () => {
    stubApi({
      'GET /api/me': signedOut,
      'POST /api/auth/login': {
        status: 200,
        body: { id: 'u1', email: 'ada@example.com', name: 'Ada', instanceRole: 'owner' },
      },
      'GET /api/workspaces': { status: 200, body: { workspaces: [] } },
    });
    render(<App />);

    await submitSignIn('ada@example.com', 'secret-password');

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
