// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createConnectionStore } from '../../../../src/state/index.ts';
import { setDocConnection, setDocLocalCopy } from '../../../../src/state/connectionStore.ts';
import { ConnectionStatus } from '../../../../src/ui/shell/ConnectionStatus';

describe('connection status', () => {
  afterEach(cleanup);

  it('says online, syncing or offline for all open documents, and when the local copy fails', () => {
    const store = createConnectionStore();
    render(<ConnectionStatus store={store} />);
    const status = screen.getByRole('status', { name: 'Connection' });
    expect(status.textContent).toBe('Online');

    act(() => setDocConnection(store, 'space/s1', 'syncing'));
    expect(status.textContent).toBe('Syncing…');
    act(() => setDocConnection(store, 'workspace/w1', 'offline'));
    expect(status.textContent).toBe('Offline — changes are kept on this device');
    act(() => setDocConnection(store, 'workspace/w1', 'online'));
    act(() => setDocConnection(store, 'space/s1', 'online'));
    expect(status.textContent).toBe('Online');

    act(() => setDocLocalCopy(store, 'space/s1', 'failing'));
    expect(status.textContent).toContain('Not saved on this device');
  });
});
