import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { patchInPlace, patchRecords, readAll, type RecordReader } from '../../../src/sync/bridge/records.ts';
import { copyRecords } from '../../../src/state/recordIds.ts';
import type { YRecord } from '../../../src/domain/schema.ts';

const readName: RecordReader<{ id: string; name: unknown }> = (record, id) => ({
  id,
  name: record.get('name'),
});

/** A collection of 20 named records, a way to (re)write one, and a seeded random number below `n`. */
function namedRecords(seed: number) {
  const doc = new Y.Doc();
  const collection = doc.getMap<YRecord>('records');
  const put = (id: string, name: string) => {
    const record = new Y.Map<unknown>();
    record.set('name', name);
    collection.set(id, record as YRecord);
  };
  for (let i = 0; i < 20; i++) put(`r${i}`, `n${i}`);
  const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
  return { collection, put, next };
}

describe('patchRecords', () => {
  it('stays equal to the collection through additions, edits, removals and re-additions', () => {
    const { collection, put, next } = namedRecords(11);
    let records = readAll(collection, readName);
    for (let step = 0; step < 300; step++) {
      const touched = new Set<string>();
      for (let k = 0; k <= next(3); k++) {
        const id = `r${next(30)}`;
        touched.add(id);
        const kind = next(3);
        if (kind === 0) collection.delete(id);
        else if (kind === 1 || !collection.has(id)) put(id, `s${step}`);
        else (collection.get(id) as unknown as Y.Map<unknown>).set('name', `e${step}`);
      }
      const before = records;
      records = patchRecords(records, collection, touched, readName);
      expect(records).toEqual(readAll(collection, readName));
      expect(Object.keys(records).sort()).toEqual([...collection.keys()].sort());
      for (const id of Object.keys(records)) if (!touched.has(id)) expect(records[id]).toBe(before[id]);
    }
  });
});

describe('patchInPlace', () => {
  it('keeps the record equal to the collection and tells what each changed entry was', () => {
    const { collection, put, next } = namedRecords(7);
    const records = readAll(collection, readName);
    for (let step = 0; step < 300; step++) {
      const touched = new Set<string>();
      for (let k = 0; k <= next(3); k++) {
        const id = `r${next(30)}`;
        touched.add(id);
        const kind = next(4);
        if (kind === 0) collection.delete(id);
        else if (kind === 1 || !collection.has(id)) put(id, `s${step}`);
        // Rewritten with what it held: reads equal, so it keeps its object and is not reported.
        else if (kind === 2) put(id, String(readName(collection.get(id)!, id).name));
        else (collection.get(id) as unknown as Y.Map<unknown>).set('name', `e${step}`);
      }
      const before = { ...records };
      const replaced = patchInPlace(records, collection, touched, readName);
      expect(records).toEqual(readAll(collection, readName));
      for (const id of Object.keys(records)) {
        if (replaced.has(id)) expect(records[id]).not.toBe(before[id]);
        else expect(records[id]).toBe(before[id]);
      }
      for (const [id, previous] of replaced) expect(previous).toBe(before[id]);
      for (const id of touched) {
        const changed = before[id] === undefined ? id in records : records[id] !== before[id];
        expect(replaced.has(id)).toBe(changed);
      }
      // The ids kept for quick copies follow additions and removals.
      expect(copyRecords(records)).toEqual(records);
    }
  });
});
