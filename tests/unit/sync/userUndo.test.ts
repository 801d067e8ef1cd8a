import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initUserDoc, userMaps } from '../../../src/domain/index.ts';
import { bindUserActions, createUserUndo } from '../../../src/sync/index.ts';

const ctx = { actor: 'u1' };

function myspace() {
  const doc = new Y.Doc();
  initUserDoc(doc, { id: 'u1' }, ctx);
  const actions = bindUserActions({ doc }, 'u1');
  const today = actions.createSection({ name: 'Today' });
  const later = actions.createSection({ name: 'Later' });
  const mirror = actions.addMirror({ spaceId: 'sp1', cardId: 'c1', sectionId: today });
  const undo = createUserUndo({ doc });
  const sectionOf = () => userMaps(doc).mirrors.get(mirror)?.get('sectionId');
  return { doc, actions, undo, today, later, mirror, sectionOf };
}

describe('undo of MySpace changes', () => {
  it('takes back one operation per step and redoes it', () => {
    const { actions, undo, today, later, mirror, sectionOf } = myspace();
    actions.moveMirror({ mirrorId: mirror, sectionId: later });
    actions.removeMirror({ mirrorId: mirror });
    expect(sectionOf()).toBeUndefined();
    expect(undo.undo()).toBe(true);
    expect(sectionOf()).toBe(later);
    expect(undo.undo()).toBe(true);
    expect(sectionOf()).toBe(today);
    // Only what was done since MySpace opened: the mirror's creation stays.
    expect(undo.undo()).toBe(false);
    expect(sectionOf()).toBe(today);
    expect(undo.redo()).toBe(true);
    expect(sectionOf()).toBe(later);
    undo.destroy();
  });

  it('leaves what another device wrote, and what lies outside MySpace', () => {
    const { doc, actions, undo, later, mirror, sectionOf } = myspace();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    bindUserActions({ doc: other }, 'u1').moveMirror({ mirrorId: mirror, sectionId: later });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'remote');
    actions.saveView({ name: 'Late cards', spaceId: 'sp1', query: '?late=1' });
    expect(sectionOf()).toBe(later);
    expect(undo.undo()).toBe(false);
    expect(sectionOf()).toBe(later);
    expect([...userMaps(doc).views.values()]).toHaveLength(1);
  });
});
