// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { initSpaceDoc, orderedStatuses } from '../../../../src/domain/index.ts';
import { bindSpaceActions, bridgeSpace } from '../../../../src/sync/index.ts';
import { FollowButton } from '../../../../src/ui/card/FollowButton';
import { CurrentUserContext } from '../../../../src/ui/shell/currentUser';
import { stubApi } from '../stubApi';

describe('the Follow button of a card', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('keeps the keyboard focus while the server takes the choice, and takes one press at a time', async () => {
    const doc = new Y.Doc();
    initSpaceDoc(doc, { id: 'space1' }, { actor: 'u2' });
    const { store } = bridgeSpace(doc);
    const cardId = bindSpaceActions({ doc }, 'u2').createCard({
      statusId: orderedStatuses(doc)[0]!.id,
      title: 'Claim 4713',
    });
    const path = `/api/spaces/space1/cards/${cardId}/follow`;
    let answer!: () => void;
    const calls = stubApi({ [`GET ${path}`]: { status: 200, body: { choice: null } } });
    const fetched = globalThis.fetch;
    // The PUT waits until the test lets the server answer.
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) =>
      init?.method === 'PUT'
        ? new Promise<Response>((resolve) => {
            calls.push({ route: `PUT ${input}`, body: undefined });
            answer = () => resolve(new Response(JSON.stringify({ choice: true }), { status: 200 }));
          })
        : fetched(input, init),
    );
    render(
      <CurrentUserContext.Provider value={{ id: 'u1', email: 'ada@example.com', name: 'Ada' }}>
        <FollowButton spaceId="space1" card={store.getState().cards[cardId]!} store={store} />
      </CurrentUserContext.Provider>,
    );
    const follow = await screen.findByRole('button', { name: 'Follow' });
    follow.focus();
    fireEvent.click(follow);
    fireEvent.click(follow);
    expect(follow.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(follow);
    answer();
    await waitFor(() => expect(follow.textContent).toBe('Following'));
    expect(follow.getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(follow);
    expect(calls.filter((call) => call.route.startsWith('PUT'))).toHaveLength(1);
  });
});
