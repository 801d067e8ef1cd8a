// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SignOutButton } from '../../../../src/ui/shell/SignOutButton';
import { stubApi } from '../stubApi';

describe('sign-out button', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(cleanup);

  it('waits, saying why, while this device holds edits the server has not had', async () => {
    const calls = stubApi({ 'POST /api/auth/logout': { status: 204 } });
    const onSignedOut = vi.fn();
    let unsent = true;
    render(<SignOutButton onSignedOut={onSignedOut} blockedBy={() => (unsent ? 'Not sent yet.' : null)} />);

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not sent yet.');
    expect(calls).toEqual([]);
    expect(onSignedOut).not.toHaveBeenCalled();

    unsent = false;
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await vi.waitFor(() => expect(onSignedOut).toHaveBeenCalledOnce());
    expect(calls.map((call) => call.route)).toEqual(['POST /api/auth/logout']);
  });
});
