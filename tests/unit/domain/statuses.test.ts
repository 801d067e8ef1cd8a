import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  archiveCard,
  archiveStatus,
  createCard,
  createStatus,
  moveStatus,
  orderedStatuses,
  readSpace,
  readHistory,
  renameStatus,
  setStatusRole,
} from '../../../src/domain/index.ts';
import { ctxOf, expectRefused, freshSpace, statusIds } from './helpers.ts';

const ctx = ctxOf();

describe('status operations', () => {
  it('creates a status at the end, at the start, or after another', () => {
    const doc = freshSpace();
    const [todo, doing, done] = statusIds(doc);
    const review = createStatus(doc, { name: ' Review ', role: 'in_progress', afterId: doing }, ctx);
    const backlog = createStatus(doc, { name: 'Backlog', role: 'information', afterId: null }, ctx);
    const lost = createStatus(doc, { name: 'Lost', role: 'cancelled' }, ctx);
    expect(statusIds(doc)).toEqual([backlog, todo, doing, review, done, lost]);
    expect(readSpace(doc).statuses[review!]).toMatchObject({
      name: 'Review',
      role: 'in_progress',
      archived: false,
    });
  });

  it('renames, changes role and reorders', () => {
    const doc = freshSpace();
    const [todo, doing, done] = statusIds(doc);
    renameStatus(doc, { statusId: doing!, name: 'In repair' }, ctx);
    setStatusRole(doc, { statusId: todo!, role: 'information' }, ctx);
    moveStatus(doc, { statusId: done!, afterId: null }, ctx);
    expect(orderedStatuses(doc).map(({ id, name, role }) => [id, name, role])).toEqual([
      [done, 'Done', 'completed'],
      [todo, 'To do', 'information'],
      [doing, 'In repair', 'in_progress'],
    ]);
    expect(readHistory(doc)).toEqual([]);
  });

  it('refuses bad input without writing', () => {
    const doc = freshSpace();
    const [todo] = statusIds(doc);
    expectRefused(doc, 'invalid_input', () => createStatus(doc, { name: '  ', role: 'in_progress' }, ctx));
    expectRefused(doc, 'invalid_input', () =>
      createStatus(doc, { name: 'X', role: 'blocked' as never }, ctx),
    );
    expectRefused(doc, 'unknown_neighbour', () =>
      createStatus(doc, { name: 'X', role: 'in_progress', afterId: 'nope' }, ctx),
    );
    expectRefused(doc, 'unknown_status', () => renameStatus(doc, { statusId: 'nope', name: 'X' }, ctx));
    expectRefused(doc, 'unknown_status', () =>
      setStatusRole(doc, { statusId: 'nope', role: 'completed' }, ctx),
    );
    expectRefused(doc, 'invalid_input', () => moveStatus(doc, { statusId: todo!, afterId: todo! }, ctx));
    expectRefused(doc, 'unknown_neighbour', () => moveStatus(doc, { statusId: todo!, afterId: 'zzz' }, ctx));
    expectRefused(doc, 'not_initialized', () =>
      createStatus(new Y.Doc(), { name: 'X', role: 'completed' }, ctx),
    );
  });

  it('archives an empty status and restores it in its place', () => {
    const doc = freshSpace();
    const [todo, doing, done] = statusIds(doc);
    archiveStatus(doc, { statusId: doing!, archived: true }, ctx);
    expect(statusIds(doc)).toEqual([todo, done]);
    expect(orderedStatuses(doc, true).map((s) => s.id)).toEqual([todo, doing, done]);
    archiveStatus(doc, { statusId: doing!, archived: false }, ctx);
    expect(statusIds(doc)).toEqual([todo, doing, done]);
  });

  it('refuses to archive a status holding unarchived cards, allows it once they are archived', () => {
    const doc = freshSpace();
    const [todo] = statusIds(doc);
    const card = createCard(doc, { statusId: todo!, title: 'Broken compressor' }, ctx);
    expectRefused(doc, 'status_not_empty', () =>
      archiveStatus(doc, { statusId: todo!, archived: true }, ctx),
    );
    archiveCard(doc, { cardId: card, archived: true }, ctx);
    archiveStatus(doc, { statusId: todo!, archived: true }, ctx);
    expect(readSpace(doc).statuses[todo!]!.archived).toBe(true);
  });

  it('refuses to archive the last active status', () => {
    const doc = freshSpace();
    const [todo, doing, done] = statusIds(doc);
    archiveStatus(doc, { statusId: todo!, archived: true }, ctx);
    archiveStatus(doc, { statusId: doing!, archived: true }, ctx);
    expectRefused(doc, 'last_status', () => archiveStatus(doc, { statusId: done!, archived: true }, ctx));
  });

  it('refuses a second column of the same name, ignoring case, while the first one is live', () => {
    const doc = freshSpace();
    const [todo, doing] = statusIds(doc);
    expectRefused(doc, 'duplicate_status', () =>
      createStatus(doc, { name: 'to DO', role: 'information' }, ctx),
    );
    expectRefused(doc, 'duplicate_status', () => renameStatus(doc, { statusId: doing!, name: 'To do' }, ctx));
    // An archived status's name is free again; restoring it then needs its name to be free in turn.
    archiveStatus(doc, { statusId: todo!, archived: true }, ctx);
    renameStatus(doc, { statusId: doing!, name: 'To do' }, ctx);
    expectRefused(doc, 'duplicate_status', () =>
      archiveStatus(doc, { statusId: todo!, archived: false }, ctx),
    );
    renameStatus(doc, { statusId: todo!, name: 'Backlog' }, ctx);
    archiveStatus(doc, { statusId: todo!, archived: false }, ctx);
    expect(orderedStatuses(doc).map((status) => status.name)).toEqual(['Backlog', 'To do', 'Done']);
  });
});
