import { describe, expect, it } from 'vitest';
import {
  addMirror,
  DEFAULT_SECTION_NAME,
  createSection,
  deleteSection,
  mirrorsInSection,
  moveMirror,
  moveSection,
  orderedSections,
  readUser,
  removeMirror,
  renameSection,
} from '../../../src/domain/index.ts';
import { T0, ctxOf, expectRefused, freshUser } from './helpers.ts';

const ctx = ctxOf();

describe('MySpace sections', () => {
  it('creates, renames and reorders sections', () => {
    const doc = freshUser();
    const [inbox] = orderedSections(doc);
    const urgent = createSection(doc, { name: 'Urgent', afterId: null }, ctx);
    const later = createSection(doc, { name: 'Later' }, ctx);
    renameSection(doc, { sectionId: later, name: 'Someday' }, ctx);
    moveSection(doc, { sectionId: urgent, afterId: inbox!.id }, ctx);
    expect(orderedSections(doc).map((s) => s.name)).toEqual([DEFAULT_SECTION_NAME, 'Urgent', 'Someday']);
  });

  it('moves the mirrors of a deleted section to the first remaining one, in order', () => {
    const doc = freshUser();
    const [inbox] = orderedSections(doc);
    const urgent = createSection(doc, { name: 'Urgent' }, ctx);
    const m1 = addMirror(doc, { spaceId: 's1', cardId: 'c1', sectionId: inbox!.id }, ctx);
    const m2 = addMirror(doc, { spaceId: 's1', cardId: 'c2', sectionId: urgent }, ctx);
    const m3 = addMirror(doc, { spaceId: 's2', cardId: 'c1', sectionId: urgent }, ctx);
    deleteSection(doc, { sectionId: urgent }, ctx);
    expect(orderedSections(doc).map((s) => s.id)).toEqual([inbox!.id]);
    expect(mirrorsInSection(doc, inbox!.id).map((m) => m.id)).toEqual([m1, m2, m3]);
    expectRefused(doc, 'last_section', () => deleteSection(doc, { sectionId: inbox!.id }, ctx));
  });
});

describe('mirrors', () => {
  it('adds, moves and removes mirrors', () => {
    const doc = freshUser();
    const [inbox] = orderedSections(doc);
    const urgent = createSection(doc, { name: 'Urgent' }, ctx);
    const a = addMirror(doc, { spaceId: 's1', cardId: 'c1', sectionId: inbox!.id }, ctx);
    const b = addMirror(doc, { spaceId: 's1', cardId: 'c2', sectionId: inbox!.id, afterId: null }, ctx);
    expect(mirrorsInSection(doc, inbox!.id).map((m) => m.id)).toEqual([b, a]);
    expect(readUser(doc).mirrors[a]).toMatchObject({
      spaceId: 's1',
      cardId: 'c1',
      sectionId: inbox!.id,
      addedAt: T0,
    });
    moveMirror(doc, { mirrorId: a, sectionId: urgent }, ctx);
    expect(mirrorsInSection(doc, urgent).map((m) => m.id)).toEqual([a]);
    removeMirror(doc, { mirrorId: b }, ctx);
    expect(Object.keys(readUser(doc).mirrors)).toEqual([a]);
  });

  it('refuses bad input without writing', () => {
    const doc = freshUser();
    const [inbox] = orderedSections(doc);
    const a = addMirror(doc, { spaceId: 's1', cardId: 'c1', sectionId: inbox!.id }, ctx);
    expectRefused(doc, 'duplicate_mirror', () =>
      addMirror(doc, { spaceId: 's1', cardId: 'c1', sectionId: inbox!.id }, ctx),
    );
    expectRefused(doc, 'unknown_section', () =>
      addMirror(doc, { spaceId: 's1', cardId: 'c9', sectionId: 'nope' }, ctx),
    );
    expectRefused(doc, 'unknown_mirror', () =>
      moveMirror(doc, { mirrorId: 'nope', sectionId: inbox!.id }, ctx),
    );
    expectRefused(doc, 'unknown_section', () => moveMirror(doc, { mirrorId: a, sectionId: 'nope' }, ctx));
    expectRefused(doc, 'unknown_mirror', () => removeMirror(doc, { mirrorId: 'nope' }, ctx));
    expectRefused(doc, 'unknown_section', () => deleteSection(doc, { sectionId: 'nope' }, ctx));
    expectRefused(doc, 'invalid_input', () => createSection(doc, { name: ' ' }, ctx));
  });
});
