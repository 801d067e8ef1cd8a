import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addMirror,
  addSpace,
  createFolder,
  createSection,
  deleteSection,
  initUserDoc,
  initWorkspaceDoc,
  readUser,
  readWorkspace,
  renameFolder,
  renameSpace,
} from '../../../src/domain/index.ts';
import { bridgeUser } from '../../../src/sync/bridge/userBridge.ts';
import { bridgeWorkspace } from '../../../src/sync/bridge/workspaceBridge.ts';

const ctx = { actor: 'u1', now: () => 1_700_000_000_000 };

describe('workspace bridge', () => {
  it('follows folders and spaces, keeping untouched records', () => {
    const doc = new Y.Doc();
    initWorkspaceDoc(doc, { id: 'w1', name: 'Service EMEA', type: 'private' }, ctx);
    const folderA = createFolder(doc, { name: 'Warranty' }, ctx);
    const folderB = createFolder(doc, { name: 'Repairs' }, ctx);
    addSpace(doc, { spaceId: 'sp1', name: 'Claims 2026', folderId: folderA }, ctx);
    const bridge = bridgeWorkspace(doc);
    expect(bridge.store.getState()).toEqual(readWorkspace(doc));
    const before = bridge.store.getState();

    renameFolder(doc, { folderId: folderA, name: 'Warranty claims' }, ctx);
    addSpace(doc, { spaceId: 'sp2', name: 'RMA', folderId: folderB }, ctx);

    const after = bridge.store.getState();
    expect(after).toEqual(readWorkspace(doc));
    expect(after.folders[folderA]?.name).toBe('Warranty claims');
    expect(after.folders[folderB]).toBe(before.folders[folderB]);
    expect(after.spaces.sp1).toBe(before.spaces.sp1);
    expect(after.meta).toBe(before.meta);

    bridge.destroy();
    renameSpace(doc, { spaceId: 'sp1', name: 'Ignored' }, ctx);
    expect(bridge.store.getState()).toBe(after);
  });
});

describe('user bridge', () => {
  it('follows sections and mirrors, moving mirrors of a deleted section', () => {
    const doc = new Y.Doc();
    initUserDoc(doc, { id: 'u1' }, ctx);
    const urgent = createSection(doc, { name: 'Urgent' }, ctx);
    const bridge = bridgeUser(doc);
    expect(bridge.store.getState()).toEqual(readUser(doc));

    const mirror = addMirror(doc, { spaceId: 'sp1', cardId: 'c1', sectionId: urgent }, ctx);
    const kept = bridge.store.getState().sections;
    expect(Object.values(bridge.store.getState().mirrors).map((m) => m.cardId)).toEqual(['c1']);

    deleteSection(doc, { sectionId: urgent }, ctx);
    const state = bridge.store.getState();
    expect(state).toEqual(readUser(doc));
    expect(state.sections[urgent]).toBeUndefined();
    const remaining = Object.keys(state.sections);
    expect(remaining).toHaveLength(1);
    expect(state.sections[remaining[0]!]).toBe(kept[remaining[0]!]);
    expect(state.mirrors[mirror]?.sectionId).toBe(remaining[0]);
    bridge.destroy();
  });

  it('follows preferences', () => {
    const doc = new Y.Doc();
    initUserDoc(doc, { id: 'u1' }, ctx);
    const bridge = bridgeUser(doc);
    const sections = bridge.store.getState().sections;
    doc.transact(() => doc.getMap('prefs').set('theme', 'dark'));
    expect(bridge.store.getState().prefs).toEqual({ theme: 'dark' });
    expect(bridge.store.getState().sections).toBe(sections);
    bridge.destroy();
  });
});
