/**
 * The floor of any space laid out by the design's rules: the same number of cards and operations as the busy
 * space, but every payload as small as Yjs allows. Each operation is still its own transaction that writes one
 * card field and appends one history entry, so history items get non-consecutive clocks and never merge, and
 * each overwrite leaves a tombstone. What this costs to decode is what no choice of field or event encoding
 * can win back.
 */
import * as Y from 'yjs';
import { median } from '../lib/stats.ts';

export interface FloorFigures {
  bytes: number;
  decodeMs: number;
}

/** Builds the floor space for `cards` cards and `operations` operations and times its decode, median of `runs`. */
export function measureFloor(cards: number, operations: number, runs: number): FloorFigures {
  const doc = new Y.Doc();
  const cardMaps: Y.Map<string>[] = [];
  const history = doc.getArray<number>('history');
  doc.transact(() => {
    for (let i = 0; i < cards; i++) {
      const card = new Y.Map<string>();
      doc.getMap('cards').set(String(i), card);
      card.set('p', 'a');
      cardMaps.push(card);
      history.push([0]);
    }
  });
  for (let i = cards; i < operations; i++) {
    doc.transact(() => {
      // A fixed stride visits every card evenly; one-character values and a one-number event.
      cardMaps[(i * 7919) % cards]!.set('p', String.fromCharCode(97 + (i % 26)));
      history.push([0]);
    });
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  const samples: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    const fresh = new Y.Doc();
    fresh.transact(() => Y.applyUpdate(fresh, update));
    // The first decode warms the JIT and is not counted, like the cold-load runs.
    if (run > 0) samples.push(performance.now() - started);
    fresh.destroy();
  }
  return { bytes: update.length, decodeMs: median(samples) };
}
