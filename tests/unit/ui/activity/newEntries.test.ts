import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../../../src/ui/activity/activityApi';
import { entriesAbove, newestSeq } from '../../../../src/ui/activity/newEntries';

const entry = (seq: number, spaceId = 'sp1'): ActivityEntry => ({
  seq,
  id: `1:${seq}`,
  spaceId,
  card: 'c1',
  cardId: 'c1',
  type: 'archived',
  archived: true,
  at: seq,
  by: 'u1',
  actor: 'u1',
  actorName: 'Ada',
  names: {},
});
const seqs = (entries: ActivityEntry[]) => entries.map((e) => e.seq);

describe('new entries of a live stream', () => {
  it('takes only what lies above the newest entry held, newest first, once each', () => {
    const held = [entry(7), entry(5), entry(2)];
    expect(newestSeq(held)).toBe(7);
    expect(newestSeq([], [])).toBe(0);
    expect(newestSeq([entry(9)], held)).toBe(9);
    // An overlapping, out-of-order answer with a repeat: only 8 and 10 are new.
    expect(seqs(entriesAbove(held, [entry(8), entry(7), entry(10), entry(5), entry(10)]))).toEqual([10, 8]);
    expect(entriesAbove(held, [entry(6), entry(1)])).toEqual([]);
    // An empty stream takes everything.
    expect(seqs(entriesAbove([], [entry(3), entry(4)]))).toEqual([4, 3]);
  });
});
