import fc from 'fast-check';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { createCard, createLabel, createUndo, readHistory } from '../../../src/domain/index.ts';
import { ctxOf, freshSpace, statusIds } from '../domain/helpers.ts';
import { deliverEveryOrder, editConcurrently, replicasOf } from './harness.ts';
import { applyOp, spaceOp } from './randomOps.ts';

/** A space with a few cards in each status and one label, as every replica starts from. */
function baseSpace() {
  const doc = freshSpace();
  createLabel(doc, { name: 'Express', color: '#d64545' }, ctxOf());
  for (const statusId of statusIds(doc)) {
    for (const title of ['First', 'Second']) createCard(doc, { statusId, title }, ctxOf());
  }
  return doc;
}

describe('random concurrent edits', () => {
  // Record ids come from the CSPRNG and break ties between equal keys; a seeded source makes a failing run
  // replay exactly.
  beforeAll(() => {
    let state = 0x9e3779b9;
    vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation((array: ArrayBufferView) => {
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      for (let i = 0; i < bytes.length; i++) {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        bytes[i] = state & 0xff;
      }
      return array;
    });
  });
  afterAll(() => vi.restoreAllMocks());

  // Several seeds, because each known past defect (deleting undo, re-keyed neighbours, dangling labels) was
  // first hit by a different one within 900 runs.
  it.each([1, 5, 77])(
    'converge to one valid space and one complete history in every delivery order, undo included (seed %i)',
    (seed) => {
      const replicaOps = fc.array(fc.array(spaceOp, { maxLength: 6 }), { minLength: 2, maxLength: 3 });
      fc.assert(
        fc.property(fc.array(replicaOps, { minLength: 1, maxLength: 2 }), (rounds) => {
          const base = baseSpace();
          const count = rounds[0]!.length;
          const replicas = replicasOf(base, count);
          const undos = replicas.map((doc, i) => createUndo(doc, ctxOf(`user${i}`, 2000 + i)));
          let history = readHistory(base).length;
          for (const opsPerReplica of rounds) {
            const round = editConcurrently(replicas, (doc, i) => {
              for (const op of opsPerReplica[i] ?? [])
                applyOp(doc, op, ctxOf(`user${i}`, 1000 + i), undos[i]);
            });
            deliverEveryOrder(replicas, round, history);
            history += round.produced;
          }
          for (const undo of undos) undo.destroy();
        }),
        { seed, numRuns: 900 },
      );
    },
    120_000,
  );
});
