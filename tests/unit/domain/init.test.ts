import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  DEFAULT_SECTION_NAME,
  SCHEMA_VERSION,
  TEMPLATES,
  initSpaceDoc,
  labelSchema,
  orderedStatuses,
  readSpace,
  readUser,
  readWorkspace,
  spaceMetaSchema,
  statusSchema,
} from '../../../src/domain/index.ts';
import { T0, ctxOf, expectRefused, freshSpace, freshUser, freshWorkspace } from './helpers.ts';

describe('initSpaceDoc', () => {
  it('gives a space without template the To do / Doing / Done statuses', () => {
    const doc = freshSpace();
    const statuses = orderedStatuses(doc).map(({ name, role, archived }) => ({ name, role, archived }));
    expect(statuses).toEqual([
      { name: 'To do', role: 'not_started', archived: false },
      { name: 'Doing', role: 'in_progress', archived: false },
      { name: 'Done', role: 'completed', archived: false },
    ]);
    const { meta, labels, cards } = readSpace(doc);
    expect(meta).toEqual({
      schemaVersion: SCHEMA_VERSION.space,
      id: 'space1',
      createdAt: T0,
      createdBy: 'alice',
    });
    expect(spaceMetaSchema.parse(meta)).toEqual(meta);
    expect(labels).toEqual({});
    expect(cards).toEqual({});
  });

  it('is a no-op on a document that already has an id', () => {
    const doc = freshSpace();
    const before = Y.encodeStateAsUpdate(doc);
    initSpaceDoc(doc, { id: 'space1', template: 'complaints' }, ctxOf('bob'));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('refuses an unknown template or a malformed id without writing', () => {
    const doc = new Y.Doc();
    expectRefused(doc, 'unknown_template', () => initSpaceDoc(doc, { id: 's1', template: 'nope' }, ctxOf()));
    expectRefused(doc, 'invalid_input', () => initSpaceDoc(doc, { id: 'bad id' }, ctxOf()));
    expectRefused(doc, 'invalid_input', () => initSpaceDoc(doc, { id: 's1' }, { actor: '' }));
  });

  it.each(TEMPLATES.map((template) => [template.id, template] as const))(
    'seeds valid statuses and labels from the %s template',
    (id, template) => {
      const doc = freshSpace(id);
      const statuses = orderedStatuses(doc);
      expect(statuses.map(({ name, role }) => ({ name, role }))).toEqual(template.statuses);
      for (const status of statuses) expect(statusSchema.parse(status)).toEqual(status);
      const labels = Object.values(readSpace(doc).labels);
      expect(
        labels.map(({ name, color }) => ({ name, color })).sort((a, b) => a.name.localeCompare(b.name)),
      ).toEqual([...template.labels].sort((a, b) => a.name.localeCompare(b.name)));
      for (const label of labels) expect(labelSchema.parse(label)).toEqual(label);
      // A board needs somewhere to start work and somewhere to finish it.
      expect(statuses.some((s) => s.role === 'not_started')).toBe(true);
      expect(statuses.some((s) => s.role === 'completed')).toBe(true);
    },
  );

  it.each(['warranty-claims', 'repairs-rma'])('starts a %s space with an SLA due date field', (id) => {
    const { fields, settings } = readSpace(freshSpace(id));
    const list = Object.values(fields);
    expect(list.map(({ name, type, archived }) => ({ name, type, archived }))).toEqual([
      { name: 'SLA due', type: 'date', archived: false },
    ]);
    expect(settings).toEqual({ slaFieldId: list[0]!.id });
  });

  it('starts a space of a template without fields with none and no SLA', () => {
    expect(readSpace(freshSpace('complaints'))).toMatchObject({ fields: {}, settings: { slaFieldId: null } });
  });

  it('ships the aftersales templates with unique ids', () => {
    const ids = TEMPLATES.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'warranty-claims',
      'repairs-rma',
      'complaints',
      'maintenance-visits',
      'customer-feedback',
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids).toContain('spare-parts');
  });
});

describe('initWorkspaceDoc and initUserDoc', () => {
  it('writes workspace meta', () => {
    expect(readWorkspace(freshWorkspace())).toEqual({
      meta: { schemaVersion: SCHEMA_VERSION.workspace, id: 'ws1', name: 'Aftersales Nord', type: 'private' },
      folders: {},
      spaces: {},
    });
  });

  it('gives a new MySpace one section', () => {
    const user = readUser(freshUser());
    expect(user.meta).toEqual({ schemaVersion: SCHEMA_VERSION.user, id: 'alice' });
    expect(Object.values(user.sections).map((s) => s.name)).toEqual([DEFAULT_SECTION_NAME]);
    expect(user.mirrors).toEqual({});
  });
});
