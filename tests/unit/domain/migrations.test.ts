import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  DomainError,
  SCHEMA_VERSION,
  migrate,
  schemaVersionOf,
  readSpace,
  type Migration,
} from '../../../src/domain/index.ts';
import { expectRefused, freshSpace } from './helpers.ts';

describe('migrate', () => {
  it('leaves a current document and an empty one untouched', () => {
    const doc = freshSpace();
    const before = Y.encodeStateAsUpdate(doc);
    expect(migrate(doc, 'space')).toBe(false);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    const empty = new Y.Doc();
    expect(migrate(empty, 'space')).toBe(false);
    expect(Y.encodeStateAsUpdate(empty)).toEqual(Y.encodeStateAsUpdate(new Y.Doc()));
  });

  it('brings an unversioned document to version 1, filling missing archived flags', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      doc.getMap('meta').set('id', 'old');
      const status = new Y.Map<unknown>();
      status.set('name', 'Open');
      status.set('role', 'not_started');
      status.set('key', 'a0');
      doc.getMap('statuses').set('st1', status);
    });
    expect(migrate(doc, 'space')).toBe(true);
    const space = readSpace(doc);
    expect(space.meta.schemaVersion).toBe(SCHEMA_VERSION.space);
    expect(doc.getMap<Y.Map<unknown>>('statuses').get('st1')!.get('archived')).toBe(false);
    expect(migrate(doc, 'space')).toBe(false);
  });

  it('runs every pending step in order, in one transaction, and stamps each version', () => {
    const doc = freshSpace();
    // Stamped as version 1, so steps 2 and 3 are pending whatever the current version is.
    doc.getMap('meta').set('schemaVersion', 1);
    const ran: number[] = [];
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const steps: Migration[] = [1, 2, 3].map((version) => ({
      version,
      description: `step ${version}`,
      up: (target) => {
        ran.push(version);
        target.getMap('meta').set(`seen${version}`, target.getMap('meta').get('schemaVersion'));
      },
    }));
    expect(migrate(doc, 'space', steps)).toBe(true);
    expect(ran).toEqual([2, 3]);
    expect(transactions).toBe(1);
    expect(doc.getMap('meta').toJSON()).toMatchObject({ schemaVersion: 3, seen2: 1, seen3: 2 });
  });

  it('refuses a document from a newer schema without touching it', () => {
    const doc = freshSpace();
    doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION.space + 1);
    const error = expectRefused(doc, 'schema_too_new', () => migrate(doc, 'space'));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.message).toMatch(/newer/);
  });

  it('refuses a malformed schema version as schema_invalid without touching the document', () => {
    for (const version of [
      1.5,
      -1,
      '2',
      null,
      true,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2 ** 60,
      { v: 1 },
    ]) {
      const doc = freshSpace();
      doc.getMap('meta').set('schemaVersion', version);
      const error = expectRefused(doc, 'schema_invalid', () => migrate(doc, 'space'));
      expect(error).toBeInstanceOf(DomainError);
      expect(() => schemaVersionOf(doc)).toThrow(DomainError);
    }
  });

  it('refuses a document whose top-level collections are not maps before writing', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('id', 'old');
    doc.getArray('labels').insert(0, ['not a map']);
    expectRefused(doc, 'schema_invalid', () => migrate(doc, 'space'));
    const meta = new Y.Doc();
    meta.getArray('meta').insert(0, [1]);
    expectRefused(meta, 'schema_invalid', () => migrate(meta, 'space'));
  });
});
