// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initWorkspaceDoc } from '../../../../src/domain/index.ts';
import type { DocumentHandle, DocumentPool } from '../../../../src/sync/documentPool.ts';
import { useWorkspaceDocs } from '../../../../src/ui/shell/useWorkspaceDocs';

const W1 = 'wsAAAAAAAAA1';

/** A pool of one workspace document whose local copy (applied as it settles) and first sync the test settles. */
function poolOfOne(localContent: boolean) {
  const doc = new Y.Doc();
  const settle = {} as { local(): void; synced(): void; refused(): void };
  const whenLocal = new Promise<void>((resolve) => {
    settle.local = () => {
      if (localContent) initWorkspaceDoc(doc, { id: W1, name: 'Claims', type: 'private' }, { actor: 'u1' });
      resolve();
    };
  });
  const whenSynced = new Promise<void>((resolve, reject) => {
    settle.synced = resolve;
    settle.refused = () => reject(new Error('refused'));
  });
  whenSynced.catch(() => {});
  let released = 0;
  const pool = {
    acquire: (name: string) =>
      ({ name, doc, whenLocal, whenSynced, release: () => released++ }) as unknown as DocumentHandle,
  } as unknown as DocumentPool;
  return { pool, doc, settle, released: () => released };
}

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('the workspace documents the shell keeps open', () => {
  afterEach(cleanup);

  it('offers a workspace once its local copy is applied, not while it is empty', async () => {
    const { pool, settle } = poolOfOne(true);
    const { result } = renderHook(() => useWorkspaceDocs(pool, [W1]));
    await flush();
    expect(result.current).toEqual({});
    settle.local();
    await flush();
    expect(result.current[W1]?.getState().meta.name).toBe('Claims');
  });

  it('waits for the server on a first visit (an empty local copy), and shows a refused one as it is', async () => {
    const first = poolOfOne(false);
    const { result } = renderHook(() => useWorkspaceDocs(first.pool, [W1]));
    first.settle.local();
    await flush();
    expect(result.current).toEqual({});
    act(() =>
      initWorkspaceDoc(first.doc, { id: W1, name: 'From the server', type: 'private' }, { actor: 'u2' }),
    );
    first.settle.synced();
    await flush();
    expect(result.current[W1]?.getState().meta.name).toBe('From the server');

    cleanup();
    const refused = poolOfOne(false);
    const again = renderHook(() => useWorkspaceDocs(refused.pool, [W1]));
    refused.settle.local();
    refused.settle.refused();
    await flush();
    expect(again.result.current[W1]).toBeDefined();
  });

  it('keeps a loaded workspace shown at once when the list changes', async () => {
    const { pool, settle } = poolOfOne(true);
    const { result, rerender } = renderHook(({ ids }) => useWorkspaceDocs(pool, ids), {
      initialProps: { ids: [W1] },
    });
    settle.local();
    await flush();
    // Another workspace listed: the loaded one does not go back to "Opening…" in between.
    const shown: boolean[] = [];
    rerender({ ids: [W1, 'wsAAAAAAAAA2'] });
    shown.push(result.current[W1] !== undefined);
    await flush();
    shown.push(result.current[W1] !== undefined);
    expect(shown).toEqual([true, true]);
  });

  it('releases the documents when the list changes, and a late load does not bring one back', async () => {
    const { pool, settle, released } = poolOfOne(true);
    const { result, rerender } = renderHook(({ ids }) => useWorkspaceDocs(pool, ids), {
      initialProps: { ids: [W1] },
    });
    rerender({ ids: [] });
    expect(released()).toBe(1);
    settle.local();
    await flush();
    expect(result.current).toEqual({});
  });
});
