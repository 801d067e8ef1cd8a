import { describe, expect, it } from 'vitest';
import {
  addCardLabel,
  archiveLabel,
  createCard,
  createLabel,
  readSpace,
  updateLabel,
} from '../../../src/domain/index.ts';
import { ctxOf, expectRefused, freshSpace, statusIds } from './helpers.ts';

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

  it('refuses a second live label of the same name, ignoring case, and frees the name once archived', () => {
    const doc = freshSpace();
    const express = createLabel(doc, { name: 'Express', color: '#d64545' }, ctx);
    const urgent = createLabel(doc, { name: 'Urgent', color: '#3b73d1' }, ctx);
    expectRefused(doc, 'duplicate_label', () =>
      createLabel(doc, { name: ' express ', color: '#3b73d1' }, ctx),
    );
    expectRefused(doc, 'duplicate_label', () => updateLabel(doc, { labelId: urgent, name: 'EXPRESS' }, ctx));
    // A label may change the case of its own name.
    updateLabel(doc, { labelId: express, name: 'EXPRESS' }, ctx);
    expect(readSpace(doc).labels[express]?.name).toBe('EXPRESS');

    archiveLabel(doc, { labelId: express, archived: true }, ctx);
    const again = createLabel(doc, { name: 'Express', color: '#3a9b5c' }, ctx);
    // The archived one cannot come back while the new one holds its name.
    expectRefused(doc, 'duplicate_label', () =>
      archiveLabel(doc, { labelId: express, archived: false }, ctx),
    );
    archiveLabel(doc, { labelId: again, archived: true }, ctx);
    archiveLabel(doc, { labelId: express, archived: false }, ctx);
    expect(readSpace(doc).labels[express]).toEqual({
      id: express,
      name: 'EXPRESS',
      color: '#d64545',
      archived: false,
    });
  });

  it('keeps an archived label on its cards, so restoring it brings it back to them', () => {
    const doc = freshSpace();
    const id = createLabel(doc, { name: 'Express', color: '#d64545' }, ctx);
    const cardId = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Claim 4711' }, ctx);
    addCardLabel(doc, { cardId, labelId: id }, ctx);
    archiveLabel(doc, { labelId: id, archived: true }, ctx);
    expectRefused(doc, 'label_archived', () => updateLabel(doc, { labelId: id, color: '#3b73d1' }, ctx));
    expect(readSpace(doc).cards[cardId]?.labels).toEqual([id]);
    archiveLabel(doc, { labelId: id, archived: false }, ctx);
    expect(readSpace(doc).labels[id]?.archived).toBe(false);
    expect(readSpace(doc).cards[cardId]?.labels).toEqual([id]);
  });
});
