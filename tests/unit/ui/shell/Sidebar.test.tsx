// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkspaceStore } from '../../../../src/state/index.ts';
import { Sidebar } from '../../../../src/ui/shell/Sidebar';
import type { Workspace } from '../../../../src/ui/api';

const claims: Workspace = { id: 'w1', name: 'Warranty claims', type: 'private', role: 'owner' };

function workspaceStore() {
  return createWorkspaceStore({
    meta: { schemaVersion: 1, id: 'w1', name: 'Warranty claims', type: 'private' },
    folders: { f1: { id: 'f1', name: 'Germany', key: 'a0', archived: false } },
    spaces: {
      s2: { id: 's2', name: 'Returns', folderId: null, key: 'a1', privacy: 'standard', archived: false },
      s1: { id: 's1', name: 'Intake', folderId: null, key: 'a0', privacy: 'standard', archived: false },
      s3: { id: 's3', name: 'Munich', folderId: 'f1', key: 'a0', privacy: 'standard', archived: false },
      s4: { id: 's4', name: 'Old', folderId: null, key: 'a2', privacy: 'standard', archived: true },
    },
  });
}

function renderSidebar(store = workspaceStore(), currentSpaceId: string | null = null) {
  render(
    <Sidebar
      workspaces={{ state: 'ready', list: [claims] }}
      stores={{ w1: store }}
      currentSpaceId={currentSpaceId}
      onRetry={() => {}}
    />,
  );
  return store;
}

describe('sidebar tree', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    localStorage.clear();
  });
  afterEach(cleanup);

  it('shows workspaces, folders and unarchived spaces in order, and opens a space', () => {
    renderSidebar(workspaceStore(), 's2');
    const tree = screen.getByRole('tree', { name: 'Workspaces' });
    const items = within(tree).getAllByRole('treeitem');
    expect(items.map((item) => item.getAttribute('aria-level'))).toEqual(['1', '2', '3', '2', '2']);
    expect(items.slice(2).map((item) => item.textContent)).toEqual(['Munich', 'Intake', 'Returns']);
    expect(within(tree).getByRole('treeitem', { name: 'Germany' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(within(tree).getByRole('treeitem', { name: 'Returns' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(within(tree).queryByRole('treeitem', { name: 'Old' })).toBeNull();

    fireEvent.click(within(tree).getByRole('treeitem', { name: 'Intake' }));
    expect(window.location.pathname).toBe('/space/s1');
  });

  it('follows the workspace document live', () => {
    const store = renderSidebar();
    act(() =>
      store.setState({
        spaces: {
          ...store.getState().spaces,
          s5: {
            id: 's5',
            name: 'Escalations',
            folderId: null,
            key: 'a3',
            privacy: 'standard',
            archived: false,
          },
        },
      }),
    );
    expect(screen.getByRole('treeitem', { name: 'Escalations' })).toBeTruthy();
  });

  it('moves focus with the arrow keys and collapses with Left', () => {
    renderSidebar();
    const workspace = screen.getByRole('treeitem', { name: 'Warranty claims' });
    workspace.focus();
    fireEvent.keyDown(workspace, { key: 'ArrowDown' });
    const folder = screen.getByRole('treeitem', { name: 'Germany' });
    expect(document.activeElement).toBe(folder);
    fireEvent.keyDown(folder, { key: 'ArrowLeft' });
    expect(folder.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(folder, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('treeitem', { name: 'Intake' }));

    // This device remembers what was closed: a reload shows the folder closed, the workspace open.
    cleanup();
    renderSidebar();
    expect(screen.getByRole('treeitem', { name: 'Germany' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('treeitem', { name: 'Warranty claims' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it('opens a closed branch that holds the space on screen, once, and lets the user close it again', () => {
    localStorage.setItem('afterboard.closedTreeItems', JSON.stringify(['f1']));
    window.history.replaceState(null, '', '/space/s3');
    renderSidebar(workspaceStore(), 's3');
    const folder = screen.getByRole('treeitem', { name: 'Germany' });
    expect(folder.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(folder);
    expect(folder.getAttribute('aria-expanded')).toBe('false');
  });

  it('says so under a folder that holds no space', () => {
    const store = workspaceStore();
    store.setState({
      spaces: Object.fromEntries(
        Object.entries(store.getState().spaces).filter(([, space]) => space.folderId !== 'f1'),
      ),
    });
    renderSidebar(store);
    const folder = screen.getByRole('treeitem', { name: 'Germany' });
    expect(within(folder).getByText('No spaces in this folder')).toBeTruthy();
  });

  it('keeps one tab stop in the tree: the item focused last, or the first once that one has left', async () => {
    const store = renderSidebar();
    const tabStops = () =>
      screen.getAllByRole('treeitem').filter((item) => item.getAttribute('tabindex') === '0');
    const intake = screen.getByRole('treeitem', { name: 'Intake' });
    act(() => intake.focus());
    expect(tabStops()).toEqual([intake]);

    // Intake is archived (from its menu, or by a colleague): the tree stays reachable with Tab.
    act(() =>
      store.setState({
        spaces: { ...store.getState().spaces, s1: { ...store.getState().spaces.s1!, archived: true } },
      }),
    );
    await act(async () => {});
    expect(screen.queryByRole('treeitem', { name: 'Intake' })).toBeNull();
    expect(tabStops()).toEqual([screen.getByRole('treeitem', { name: 'Warranty claims' })]);
  });

  it('gives the focus back to the Navigation button when Escape closes the panel', () => {
    const onClose = vi.fn();
    render(
      <>
        <button type="button" aria-controls="app-navigation">
          Navigation
        </button>
        <Sidebar
          workspaces={{ state: 'ready', list: [claims] }}
          stores={{ w1: workspaceStore() }}
          currentSpaceId={null}
          onRetry={() => {}}
          open
          onClose={onClose}
        />
      </>,
    );
    const item = screen.getByRole('treeitem', { name: 'Returns' });
    act(() => item.focus());
    fireEvent.keyDown(item, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Navigation' }));
  });

  it('puts a focus left on the page on "Show archived" once every workspace is archived', () => {
    const { rerender } = render(
      <Sidebar
        workspaces={{ state: 'ready', list: [claims] }}
        stores={{ w1: workspaceStore() }}
        currentSpaceId={null}
        onRetry={() => {}}
      />,
    );
    (document.activeElement as HTMLElement | null)?.blur();
    rerender(
      <Sidebar
        workspaces={{ state: 'ready', list: [{ ...claims, archived: true }] }}
        stores={{ w1: workspaceStore() }}
        currentSpaceId={null}
        onRetry={() => {}}
      />,
    );
    expect(screen.getByText('Every workspace is archived: tick “Show archived” below.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Show archived'));
  });
});
