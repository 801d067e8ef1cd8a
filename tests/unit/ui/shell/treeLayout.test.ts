import { describe, expect, it } from 'vitest';
import type { Folder, SpaceEntry } from '../../../../src/domain/index.ts';
import { layoutTree } from '../../../../src/ui/shell/treeLayout';
import { folderMenu, spaceMenu, type MenuContext } from '../../../../src/ui/shell/structureMenu';
import { structureRights } from '../../../../src/ui/shell/structureRights';
import type { ArchivedItem } from '../../../../src/ui/shell/ArchiveNotice';
import type { WorkspaceActions } from '../../../../src/sync/index.ts';

const folder = (id: string, archived = false): Folder => ({ id, name: id, key: 'a0', archived });
const space = (id: string, folderId: string | null, archived = false): SpaceEntry => ({
  id,
  name: id,
  folderId,
  key: 'a0',
  privacy: 'standard',
  archived,
});

describe('the sidebar layout of a workspace', () => {
  const folders = [folder('Claims'), folder('Old', true)];
  const spaces = [
    space('Intake', 'Claims'),
    space('Done', 'Claims', true),
    space('Legacy', 'Old'),
    space('Returns', null),
    space('Lost', 'gone'),
  ];

  it('leaves out archived items and the spaces of an archived folder', () => {
    const layout = layoutTree(folders, spaces, false);
    expect(layout.folders.map((b) => [b.folder.id, b.spaces.map((s) => s.id)])).toEqual([
      ['Claims', ['Intake']],
    ]);
    // A space whose folder does not exist is shown at the top level rather than lost.
    expect(layout.topSpaces.map((s) => s.id)).toEqual(['Returns', 'Lost']);
    expect(layout.folderOrder).toEqual(['Claims']);
    expect(layout.spaceOrder.get('Claims')).toEqual(['Intake']);
    expect(layout.spaceOrder.get('Old')).toBeUndefined();
  });

  it('shows everything in place with "Show archived", moving among unarchived items only', () => {
    const layout = layoutTree(folders, spaces, true);
    expect(layout.folders.map((b) => [b.folder.id, b.spaces.map((s) => s.id)])).toEqual([
      ['Claims', ['Intake', 'Done']],
      ['Old', ['Legacy']],
    ]);
    expect(layout.spaceOrder.get('Claims')).toEqual(['Intake']);
  });
});

describe('the actions menu of a tree item', () => {
  const calls: unknown[] = [];
  const actions = new Proxy({} as WorkspaceActions, {
    get: (_, name) => (input: unknown) => calls.push([name, input]),
  });
  const context = (role: 'owner' | 'member' | 'visitor'): MenuContext => ({
    rights: structureRights(role),
    actions,
    startRename: () => calls.push(['startRename']),
    run: (write) => write(),
    onArchived: (item) => archived.push(item),
  });
  const archived: ArchivedItem[] = [];
  const labels = (items: { label: string }[]) => items.map((item) => item.label);

  it('gives owners rename, moves within the siblings, and archive; restore for archived items', () => {
    const owner = context('owner');
    expect(labels(folderMenu(folder('a'), ['a', 'b'], owner))).toEqual(['Rename', 'Move down', 'Archive']);
    expect(labels(folderMenu(folder('b'), ['a', 'b'], owner))).toEqual(['Rename', 'Move up', 'Archive']);
    expect(labels(folderMenu(folder('x', true), ['a', 'b'], owner))).toEqual(['Restore']);
    const place = { folderId: null, folderArchived: false, folders: [] };
    expect(labels(spaceMenu(space('m', null), place, ['f', 'm', 'l'], owner))).toEqual([
      'Rename',
      'Move up',
      'Move down',
      'Archive',
    ]);
  });

  it('moves right after the neighbour two up (or first), or after the next one', () => {
    calls.length = 0;
    const owner = context('owner');
    const place = { folderId: 'F', folderArchived: false, folders: [] };
    const items = spaceMenu(space('c', 'F'), place, ['a', 'b', 'c', 'd'], owner);
    items.find((item) => item.label === 'Move up')!.perform();
    items.find((item) => item.label === 'Move down')!.perform();
    const first = spaceMenu(space('b', 'F'), place, ['a', 'b'], owner);
    first.find((item) => item.label === 'Move up')!.perform();
    expect(calls).toEqual([
      ['moveSpace', { spaceId: 'c', folderId: 'F', afterId: 'a' }],
      ['moveSpace', { spaceId: 'c', folderId: 'F', afterId: 'd' }],
      ['moveSpace', { spaceId: 'b', folderId: 'F', afterId: null }],
    ]);
  });

  it('moves a space into another folder, at its end, or out to the top level', () => {
    calls.length = 0;
    const owner = context('owner');
    const folders = [
      { id: 'F', name: 'North' },
      { id: 'G', name: 'South' },
    ];
    const inNorth = spaceMenu(
      space('c', 'F'),
      { folderId: 'F', folderArchived: false, folders },
      ['c'],
      owner,
    );
    expect(labels(inNorth)).toEqual(['Rename', 'Move to South', 'Move out of the folder', 'Archive']);
    inNorth.find((item) => item.label === 'Move to South')!.perform();
    inNorth.find((item) => item.label === 'Move out of the folder')!.perform();
    const top = spaceMenu(space('t', null), { folderId: null, folderArchived: false, folders }, ['t'], owner);
    expect(labels(top)).toEqual(['Rename', 'Move to North', 'Move to South', 'Archive']);
    expect(calls).toEqual([
      ['moveSpace', { spaceId: 'c', folderId: 'G' }],
      ['moveSpace', { spaceId: 'c', folderId: null }],
    ]);
    // Members rename only; nobody moves a space out of an archived folder until it is back.
    expect(
      labels(
        spaceMenu(
          space('c', 'F'),
          { folderId: 'F', folderArchived: false, folders },
          ['c'],
          context('member'),
        ),
      ),
    ).toEqual(['Rename']);
    expect(
      labels(spaceMenu(space('c', 'F'), { folderId: 'F', folderArchived: true, folders }, ['c'], owner)),
    ).toEqual(['Rename', 'Archive']);
  });

  it('archives a folder or a space and hands the sidebar the write that restores it', () => {
    calls.length = 0;
    archived.length = 0;
    const owner = context('owner');
    const place = { folderId: null, folderArchived: false, folders: [] };
    folderMenu({ ...folder('F'), name: 'North' }, ['F'], owner)
      .find((item) => item.label === 'Archive')!
      .perform();
    spaceMenu({ ...space('s', null), name: 'Intake' }, place, ['s'], owner)
      .find((item) => item.label === 'Archive')!
      .perform();
    expect(archived.map(({ kind, name }) => [kind, name])).toEqual([
      ['folder', 'North'],
      ['space', 'Intake'],
    ]);
    for (const item of archived) void item.restore();
    expect(calls).toEqual([
      ['archiveFolder', { folderId: 'F', archived: true }],
      ['archiveSpace', { spaceId: 's', archived: true }],
      ['archiveFolder', { folderId: 'F', archived: false }],
      ['archiveSpace', { spaceId: 's', archived: false }],
    ]);
  });

  it('tells the sidebar of nothing when the archive is refused', () => {
    archived.length = 0;
    const refusing = new Proxy({} as WorkspaceActions, {
      get: () => () => {
        throw new Error('refused');
      },
    });
    const errors: unknown[] = [];
    const owner: MenuContext = {
      ...context('owner'),
      actions: refusing,
      run: (write) => {
        try {
          void write();
        } catch (error) {
          errors.push(error);
        }
      },
    };
    folderMenu(folder('F'), ['F'], owner)
      .find((item) => item.label === 'Archive')!
      .perform();
    expect(errors).toHaveLength(1);
    expect(archived).toEqual([]);
  });

  it('lets members rename spaces only, and visitors nothing', () => {
    const place = { folderId: null, folderArchived: false, folders: [] };
    expect(labels(spaceMenu(space('s', null), place, ['s', 't'], context('member')))).toEqual(['Rename']);
    expect(folderMenu(folder('a'), ['a'], context('member'))).toEqual([]);
    expect(spaceMenu(space('s', null, true), place, [], context('member'))).toEqual([]);
    expect(spaceMenu(space('s', null), place, ['s'], context('visitor'))).toEqual([]);
  });
});
