import { describe, expect, it } from 'vitest';
import { archiveLabel, createLabel, readSpace, updateLabel } from '../../../src/domain/index.ts';
import { ctxOf, expectRefused, freshSpace } from './helpers.ts';

const ctx = ctxOf();

describe('label operations', () => {
  it('creates, updates and archives a label', () => {
    const doc = freshSpace();
    const id = createLabel(doc, { name: 'Express', color: '#D64545' }, ctx);
    expect(readSpace(doc).labels).toEqual({
      [id]: { id, name: 'Express', color: '#d64545', archived: false },
    });
    updateLabel(doc, { labelId: id, name: 'Urgent' }, ctx);
    updateLabel(doc, { labelId: id, color: '#3b73d1' }, ctx);
    archiveLabel(doc, { labelId: id, archived: true }, ctx);
    expect(readSpace(doc).labels[id]).toEqual({ id, name: 'Urgent', color: '#3b73d1', archived: true });
  });

  it('refuses bad input without writing', () => {
    const doc = freshSpace();
    const id = createLabel(doc, { name: 'Express', color: '#d64545' }, ctx);
    expectRefused(doc, 'invalid_input', () => createLabel(doc, { name: '', color: '#d64545' }, ctx));
    expectRefused(doc, 'invalid_input', () => createLabel(doc, { name: 'Red', color: 'red' }, ctx));
    expectRefused(doc, 'unknown_label', () => updateLabel(doc, { labelId: 'nope', name: 'X' }, ctx));
    expectRefused(doc, 'unknown_label', () => archiveLabel(doc, { labelId: 'nope', archived: true }, ctx));
    archiveLabel(doc, { labelId: id, archived: true }, ctx);
    expectRefused(doc, 'label_archived', () => updateLabel(doc, { labelId: id, name: 'X' }, ctx));
  });
});
