// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArchiveNotice, useArchiveNotice, type ArchivedItem } from '../../../../src/ui/shell/ArchiveNotice';

/** A sidebar in miniature: a tree with its tab stop, and the notice under it. */
function Harness({ archive }: { archive: (show: (item: ArchivedItem) => void) => void }) {
  const { show, ...notice } = useArchiveNotice();
  useEffect(() => archive(show), [archive, show]);
  return (
    <nav>
      <ul role="tree" aria-label="Workspaces">
        <li role="treeitem" tabIndex={0} aria-selected="false">
          Warranty claims
        </li>
      </ul>
      <ArchiveNotice {...notice} />
    </nav>
  );
}

const notice = () => document.querySelector('.archive-notice')!;

describe('the notice after an archive from the sidebar', () => {
  afterEach(cleanup);

  it('says what was archived and undoes it, leaving the focus on the notice', async () => {
    const restore = vi.fn(async () => {});
    render(<Harness archive={(show) => show({ kind: 'space', name: 'Returns', restore })} />);
    expect(notice().getAttribute('aria-live')).toBe('polite');
    expect(notice().textContent).toContain('Archived the space “Returns”.');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Undo/ })));
    expect(restore).toHaveBeenCalledTimes(1);
    expect(notice().textContent).toContain('Restored the space “Returns”.');
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Dismiss' }));
  });

  it('says why a restore failed and offers it again', async () => {
    let fail = true;
    const restore = vi.fn(async () => {
      if (fail) throw new Error('the server is not reachable');
    });
    render(<Harness archive={(show) => show({ kind: 'workspace', name: 'Claims', restore })} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Undo/ })));
    expect(notice().textContent).toContain(
      'Could not restore the workspace “Claims”: the server is not reachable',
    );
    fail = false;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Try again/ })));
    expect(restore).toHaveBeenCalledTimes(2);
    expect(notice().textContent).toContain('Restored the workspace “Claims”.');
  });

  it('goes away when dismissed, giving the focus back to the tree', () => {
    const restore = vi.fn();
    render(<Harness archive={(show) => show({ kind: 'folder', name: 'North', restore })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(notice().textContent).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('treeitem', { name: 'Warranty claims' }));
    expect(restore).not.toHaveBeenCalled();
  });

  it('lists the latest three archives, newest first, each with its own Undo', async () => {
    const restores = ['North', 'Intake', 'Returns', 'Claims'].map(() => vi.fn());
    render(
      <Harness
        archive={(show) => {
          show({ kind: 'folder', name: 'North', restore: restores[0]! });
          show({ kind: 'space', name: 'Intake', restore: restores[1]! });
          show({ kind: 'space', name: 'Returns', restore: restores[2]! });
          show({ kind: 'workspace', name: 'Claims', restore: restores[3]! });
        }}
      />,
    );
    expect([...notice().querySelectorAll('p')].map((line) => line.textContent)).toEqual([
      'Archived the workspace “Claims”. Undo',
      'Archived the space “Returns”. Undo',
      'Archived the space “Intake”. Undo',
    ]);
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Undo: restore the space “Intake”' })),
    );
    expect(restores.map((restore) => restore.mock.calls.length)).toEqual([0, 1, 0, 0]);
    expect(notice().textContent).toContain('Restored the space “Intake”.');
    expect(notice().textContent).toContain('Archived the workspace “Claims”.');
  });

  it('says a failed undo even after later archives pushed it out of the list', async () => {
    let fail: (error: Error) => void = () => {};
    const failing = () => new Promise<void>((_, reject) => (fail = reject));
    let showNext: (item: ArchivedItem) => void = () => {};
    render(
      <Harness
        archive={(show) => {
          showNext = show;
          show({ kind: 'folder', name: 'North', restore: failing });
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Undo/ }));
    act(() => {
      for (const name of ['Intake', 'Returns', 'Refunds'])
        showNext({ kind: 'space', name, restore: vi.fn() });
    });
    expect(notice().textContent).not.toContain('North');
    await act(async () => fail(new Error('a folder of that name exists')));
    expect(notice().textContent).toContain(
      'Could not restore the folder “North”: a folder of that name exists',
    );
  });

  it('keeps a later archive when an earlier undo finishes after it', async () => {
    let finish: () => void = () => {};
    const slow = () => new Promise<void>((resolve) => (finish = resolve));
    let showNext: (item: ArchivedItem) => void = () => {};
    render(
      <Harness
        archive={(show) => {
          showNext = show;
          show({ kind: 'space', name: 'Returns', restore: slow });
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Undo/ }));
    expect(notice().textContent).toContain('Restoring the space “Returns”…');
    act(() => showNext({ kind: 'space', name: 'Intake', restore: vi.fn() }));
    await act(async () => finish());
    expect(notice().textContent).toContain('Archived the space “Intake”.');
    expect(notice().textContent).toContain('Restored the space “Returns”.');
  });
});
