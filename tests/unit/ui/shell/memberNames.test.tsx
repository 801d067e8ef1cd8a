// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Member } from '../../../../src/ui/api';
import { LocalIdentityContext, type LocalIdentity } from '../../../../src/ui/auth/localIdentity';
import { prefetchMemberNames, PREFETCH_AT_MOST, useMemberNames } from '../../../../src/ui/shell/useMembers';
import { stubApi, type Reply } from '../stubApi';

const team: Member[] = [
  { id: 'u2', name: 'Bob', role: 'member', email: 'bob@example.com' },
  { id: 'u1', name: 'Ada', role: 'owner', email: 'ada@example.com' },
];
const listed = (members: Member[]): Reply => ({ status: 200, body: { members } });
// Each test uses workspaces of its own: the directories fetched stay known for the page's lifetime.
const directoryCalls = (calls: { route: string }[], workspaceId: string) =>
  calls.filter((call) => call.route === `GET /api/workspaces/${workspaceId}/members`);

describe('member names', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(cleanup);

  it('names people at once on a space whose workspace was prefetched, asking the server once', async () => {
    const calls = stubApi({ 'GET /api/workspaces/wa/members': listed(team) });
    prefetchMemberNames(['wa'], null);
    // The space's workspace becomes known while the prefetch is under way: no second request.
    const { result } = renderHook(() => useMemberNames('wa'));
    await waitFor(() => expect(result.current).toEqual({ names: { u1: 'Ada', u2: 'Bob' }, known: true }));
    expect(directoryCalls(calls, 'wa')).toHaveLength(1);
    expect(Object.keys(result.current.names)).toEqual(['u1', 'u2']);

    // A later visit to the workspace shows the names in its first render.
    cleanup();
    const rendered: unknown[] = [];
    renderHook(() => {
      const names = useMemberNames('wa');
      rendered.push(names);
      return names;
    });
    expect(rendered[0]).toEqual({ names: { u1: 'Ada', u2: 'Bob' }, known: true });
  });

  it('prefetches only the first workspaces, and none it already knows', async () => {
    const ids = Array.from({ length: PREFETCH_AT_MOST + 2 }, (_, i) => `wb${i}`);
    const calls = stubApi(
      Object.fromEntries(ids.map((id) => [`GET /api/workspaces/${id}/members`, listed(team)])),
    );
    prefetchMemberNames(ids, null);
    await waitFor(() => expect(calls).toHaveLength(PREFETCH_AT_MOST));
    expect(directoryCalls(calls, `wb${PREFETCH_AT_MOST}`)).toHaveLength(0);
    prefetchMemberNames(ids, null);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toHaveLength(PREFETCH_AT_MOST);
  });

  it('keeps no directory from a refused prefetch, and the space asks again', async () => {
    const calls = stubApi({ 'GET /api/workspaces/wc/members': { status: 500, body: {} } });
    prefetchMemberNames(['wc'], null);
    await waitFor(() => expect(directoryCalls(calls, 'wc')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    stubApi({ 'GET /api/workspaces/wc/members': listed(team) });
    const { result } = renderHook(() => useMemberNames('wc'));
    expect(result.current).toEqual({ names: {}, known: false });
    await waitFor(() => expect(result.current).toEqual({ names: { u1: 'Ada', u2: 'Bob' }, known: true }));
  });

  it('says the names are not known until the directory comes, and known once asking has failed', async () => {
    let answer: (response: Response) => void = () => {};
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    const { result } = renderHook(() => useMemberNames('wd'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(result.current).toEqual({ names: {}, known: false });
    answer(new Response('{}', { status: 503, headers: { 'content-type': 'application/json' } }));
    // Nothing more will come: people without a name are shown as such from now on.
    await waitFor(() => expect(result.current).toEqual({ names: {}, known: true }));
  });

  it('keeps the names shown while it asks again for the same workspace, offline too', async () => {
    stubApi({ 'GET /api/workspaces/we/members': { status: 503, body: {} } });
    // Names kept on this device from an earlier visit; the server cannot be reached.
    const identity = {
      loadPeople: async () => ({ u1: 'Ada' }),
      savePeople: async () => {},
    } as unknown as LocalIdentity;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <LocalIdentityContext.Provider value={identity}>{children}</LocalIdentityContext.Provider>
    );
    const seen: unknown[] = [];
    renderHook(
      () => {
        const directory = useMemberNames('we');
        seen.push(directory);
        return directory;
      },
      { wrapper },
    );
    await waitFor(() => expect(seen.at(-1)).toEqual({ names: { u1: 'Ada' }, known: true }));
    const before = seen.length;
    // The user comes back to the tab: the directory is asked for again, and fails again.
    act(() => void window.dispatchEvent(new Event('focus')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.length).toBeGreaterThan(before);
    expect(
      seen.slice(before).every((shown) => JSON.stringify(shown) === JSON.stringify(seen[before - 1])),
    ).toBe(true);
  });
});
