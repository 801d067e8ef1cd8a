import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteView, readUser, saveView } from '../../../src/domain/index.ts';
import { ctxOf, expectRefused, freshUser } from './helpers.ts';

const ctx = ctxOf();

describe('saved views', () => {
  it('saves a space’s Flow settings under a name, replaces them on request, and deletes them', () => {
    const doc = freshUser();
    const weekly = saveView(doc, { name: ' Urgent claims ', spaceId: 's1', query: '?last=30&label=l1' }, ctx);
    const other = saveView(doc, { name: 'Urgent claims', spaceId: 's2', query: '' }, ctx);
    expect(readUser(doc).views).toEqual({
      [weekly]: { id: weekly, name: 'Urgent claims', spaceId: 's1', query: '?last=30&label=l1' },
      [other]: { id: other, name: 'Urgent claims', spaceId: 's2', query: '' },
    });

    const same = saveView(
      doc,
      { name: 'URGENT claims', spaceId: 's1', query: '?last=90', replace: true },
      ctx,
    );
    expect(same).toBe(weekly);
    expect(readUser(doc).views[weekly]).toMatchObject({ name: 'URGENT claims', query: '?last=90' });

    deleteView(doc, { viewId: weekly }, ctx);
    expect(Object.keys(readUser(doc).views)).toEqual([other]);
  });

  it('refuses a duplicate name, a malformed query and unknown views without writing', () => {
    const doc = freshUser();
    saveView(doc, { name: 'Mine', spaceId: 's1', query: '' }, ctx);
    expectRefused(doc, 'duplicate_view', () =>
      saveView(doc, { name: 'mine', spaceId: 's1', query: '' }, ctx),
    );
    expectRefused(doc, 'invalid_input', () =>
      saveView(doc, { name: 'Other', spaceId: 's1', query: 'last=30' }, ctx),
    );
    expectRefused(doc, 'invalid_input', () =>
      saveView(doc, { name: 'Long', spaceId: 's1', query: `?q=${'x'.repeat(2000)}` }, ctx),
    );
    expectRefused(doc, 'invalid_input', () => saveView(doc, { name: ' ', spaceId: 's1', query: '' }, ctx));
    expectRefused(doc, 'unknown_view', () => deleteView(doc, { viewId: 'nope' }, ctx));
    const blank = new Y.Doc();
    expectRefused(blank, 'not_initialized', () =>
      saveView(blank, { name: 'X', spaceId: 's1', query: '' }, ctx),
    );
  });

  it('keeps both of two views saved at once on two devices', () => {
    const a = freshUser();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    saveView(a, { name: 'From the laptop', spaceId: 's1', query: '?last=30' }, ctx);
    saveView(b, { name: 'From the phone', spaceId: 's1', query: '?cal=working' }, ctx);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const names = (doc: Y.Doc) =>
      Object.values(readUser(doc).views)
        .map((view) => view.name)
        .sort();
    expect(names(a)).toEqual(['From the laptop', 'From the phone']);
    expect(names(b)).toEqual(names(a));
  });
});
