import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addSpace,
  archiveFolder,
  archiveSpace,
  createFolder,
  isSpaceArchived,
  isSpaceArchivedIn,
  moveFolder,
  moveSpace,
  readWorkspace,
  renameFolder,
  renameSpace,
  renameWorkspace,
  sortKeyed,
  spacesInFolder,
} from '../../../src/domain/index.ts';
import { ctxOf, expectRefused, freshWorkspace } from './helpers.ts';

const ctx = ctxOf();

describe('folders', () => {
  it('creates, renames, reorders and archives folders', () => {
    const doc = freshWorkspace();
    const a = createFolder(doc, { name: 'Claims' }, ctx);
    const b = createFolder(doc, { name: 'Field service' }, ctx);
    const c = createFolder(doc, { name: 'Returns', afterId: a }, ctx);
    renameFolder(doc, { folderId: b, name: 'Field' }, ctx);
    moveFolder(doc, { folderId: b, afterId: null }, ctx);
    archiveFolder(doc, { folderId: c, archived: true }, ctx);
    const folders = readWorkspace(doc).folders;
    expect(sortKeyed(Object.values(folders)).map((f) => [f.name, f.archived])).toEqual([
      ['Field', false],
      ['Claims', false],
      ['Returns', true],
    ]);
  });

  it('refuses bad input without writing', () => {
    const doc = freshWorkspace();
    const a = createFolder(doc, { name: 'Claims' }, ctx);
    expectRefused(doc, 'invalid_input', () => createFolder(doc, { name: '' }, ctx));
    expectRefused(doc, 'unknown_folder', () => renameFolder(doc, { folderId: 'nope', name: 'X' }, ctx));
    expectRefused(doc, 'unknown_neighbour', () => moveFolder(doc, { folderId: a, afterId: 'nope' }, ctx));
    expectRefused(doc, 'invalid_input', () => moveFolder(doc, { folderId: a, afterId: a }, ctx));
    expectRefused(doc, 'not_initialized', () => createFolder(new Y.Doc(), { name: 'X' }, ctx));
  });
});

describe('spaces in a workspace', () => {
  it('moves a space up or down among visible neighbours with archived ones between them', () => {
    const doc = freshWorkspace();
    for (const id of ['a', 'b', 'c', 'd']) addSpace(doc, { spaceId: id, name: id.toUpperCase() }, ctx);
    archiveSpace(doc, { spaceId: 'b', archived: true }, ctx);
    const visible = () => spacesInFolder(doc, null).map((space) => space.id);
    // "Move up" of d: right after the neighbour two above it among the visible ones (a).
    moveSpace(doc, { spaceId: 'd', folderId: null, afterId: 'a' }, ctx);
    expect(visible()).toEqual(['a', 'd', 'c']);
    // "Move down" of a: right after its next visible neighbour.
    moveSpace(doc, { spaceId: 'a', folderId: null, afterId: 'd' }, ctx);
    expect(visible()).toEqual(['d', 'a', 'c']);
    // To the top.
    moveSpace(doc, { spaceId: 'c', folderId: null, afterId: null }, ctx);
    expect(visible()).toEqual(['c', 'd', 'a']);
  });

  it('refuses to move a space into an archived folder, writing nothing', () => {
    const doc = freshWorkspace();
    const folder = createFolder(doc, { name: 'Old' }, ctx);
    addSpace(doc, { spaceId: 's1', name: 'Warranty' }, ctx);
    archiveFolder(doc, { folderId: folder, archived: true }, ctx);
    expectRefused(doc, 'folder_archived', () => moveSpace(doc, { spaceId: 's1', folderId: folder }, ctx));
  });

  it('lists, renames, moves between folders and archives spaces', () => {
    const doc = freshWorkspace();
    const folder = createFolder(doc, { name: 'Claims' }, ctx);
    addSpace(doc, { spaceId: 's1', name: 'Warranty' }, ctx);
    addSpace(doc, { spaceId: 's2', name: 'RMA', folderId: folder }, ctx);
    addSpace(doc, { spaceId: 's3', name: 'Visits' }, ctx);
    expect(spacesInFolder(doc, null).map((s) => s.id)).toEqual(['s1', 's3']);
    renameSpace(doc, { spaceId: 's1', name: 'Warranty claims' }, ctx);
    moveSpace(doc, { spaceId: 's1', folderId: folder, afterId: null }, ctx);
    archiveSpace(doc, { spaceId: 's3', archived: true }, ctx);
    expect(spacesInFolder(doc, folder).map((s) => [s.id, s.name])).toEqual([
      ['s1', 'Warranty claims'],
      ['s2', 'RMA'],
    ]);
    expect(spacesInFolder(doc, null)).toEqual([]);
    expect(readWorkspace(doc).spaces.s3).toMatchObject({
      archived: true,
      privacy: 'standard',
      folderId: null,
    });
  });

  it('reads a space as archived when it is or when its folder is, in the document and in its snapshot', () => {
    const doc = freshWorkspace();
    const folder = createFolder(doc, { name: 'Claims' }, ctx);
    addSpace(doc, { spaceId: 'inFolder', name: 'Warranty', folderId: folder }, ctx);
    addSpace(doc, { spaceId: 'top', name: 'Visits' }, ctx);
    const archived = () =>
      ['inFolder', 'top', 'unlisted'].map((id) => [
        isSpaceArchivedIn(doc, id),
        isSpaceArchived(readWorkspace(doc), id),
      ]);
    expect(archived()).toEqual([
      [false, false],
      [false, false],
      [false, false],
    ]);
    archiveFolder(doc, { folderId: folder, archived: true }, ctx);
    archiveSpace(doc, { spaceId: 'top', archived: true }, ctx);
    expect(archived()).toEqual([
      [true, true],
      [true, true],
      [false, false],
    ]);
    // Restoring the folder brings its space back as it was; the space's own flag was never set.
    archiveFolder(doc, { folderId: folder, archived: false }, ctx);
    expect(archived()[0]).toEqual([false, false]);
    expect(readWorkspace(doc).spaces.inFolder?.archived).toBe(false);
  });

  it('refuses bad input without writing', () => {
    const doc = freshWorkspace();
    const folder = createFolder(doc, { name: 'Old' }, ctx);
    addSpace(doc, { spaceId: 's1', name: 'Warranty' }, ctx);
    expectRefused(doc, 'duplicate_space', () => addSpace(doc, { spaceId: 's1', name: 'Again' }, ctx));
    expectRefused(doc, 'unknown_folder', () =>
      addSpace(doc, { spaceId: 's2', name: 'X', folderId: 'nope' }, ctx),
    );
    expectRefused(doc, 'invalid_input', () => addSpace(doc, { spaceId: 'bad/id', name: 'X' }, ctx));
    expectRefused(doc, 'unknown_space', () => renameSpace(doc, { spaceId: 'nope', name: 'X' }, ctx));
    expectRefused(doc, 'unknown_space', () => moveSpace(doc, { spaceId: 'nope', folderId: null }, ctx));
    archiveFolder(doc, { folderId: folder, archived: true }, ctx);
    expectRefused(doc, 'folder_archived', () => moveSpace(doc, { spaceId: 's1', folderId: folder }, ctx));
  });

  it('says what is wrong with a name in a sentence', () => {
    const doc = freshWorkspace();
    addSpace(doc, { spaceId: 's1', name: 'Warranty' }, ctx);
    expect(() => renameSpace(doc, { spaceId: 's1', name: '   ' }, ctx)).toThrow(
      'The name must not be empty.',
    );
    expect(() => renameSpace(doc, { spaceId: 's1', name: 'x'.repeat(201) }, ctx)).toThrow(
      'The name must be at most 200 characters.',
    );
  });
});

describe('folder names', () => {
  it('are unique among live folders, ignoring case; an archived folder frees its name', () => {
    const doc = freshWorkspace();
    const claims = createFolder(doc, { name: 'Claims' }, ctx);
    const field = createFolder(doc, { name: 'Field service' }, ctx);
    expectRefused(doc, 'duplicate_folder', () => createFolder(doc, { name: ' claims ' }, ctx));
    expectRefused(doc, 'duplicate_folder', () => renameFolder(doc, { folderId: field, name: 'CLAIMS' }, ctx));
    renameFolder(doc, { folderId: claims, name: 'claims' }, ctx); // its own name, other case: fine

    archiveFolder(doc, { folderId: claims, archived: true }, ctx);
    const again = createFolder(doc, { name: 'Claims' }, ctx);
    // Restoring the old one would make two: refused until one is renamed.
    expectRefused(doc, 'duplicate_folder', () =>
      archiveFolder(doc, { folderId: claims, archived: false }, ctx),
    );
    renameFolder(doc, { folderId: again, name: 'Claims 2027' }, ctx);
    archiveFolder(doc, { folderId: claims, archived: false }, ctx);
    expect(
      sortKeyed(Object.values(readWorkspace(doc).folders))
        .filter((f) => !f.archived)
        .map((f) => f.name),
    ).toEqual(['claims', 'Field service', 'Claims 2027']);
  });
});

describe('the workspace itself', () => {
  it('renames the workspace in its document, refusing an empty name or an uninitialised document', () => {
    const doc = freshWorkspace();
    renameWorkspace(doc, { name: '  Returns & RMA ' }, ctx);
    expect(readWorkspace(doc).meta.name).toBe('Returns & RMA');
    expectRefused(doc, 'invalid_input', () => renameWorkspace(doc, { name: ' ' }, ctx));
    const blank = new Y.Doc();
    expectRefused(blank, 'not_initialized', () => renameWorkspace(blank, { name: 'X' }, ctx));
  });
});
