import fc from 'fast-check';
import { describe, it } from 'vitest';
import { createCard, createLabel, readHistory } from '../../../src/domain/index.ts';
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
  it('converge to one valid space and one complete history in every delivery order', () => {
    const replicaOps = fc.array(fc.array(spaceOp, { maxLength: 6 }), { minLength: 2, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(replicaOps, { minLength: 1, maxLength: 2 }), (rounds) => {
        const base = baseSpace();
        const count = rounds[0]!.length;
        const replicas = replicasOf(base, count);
        let history = readHistory(base).length;
        for (const opsPerReplica of rounds) {
          const round = editConcurrently(replicas, (doc, i) => {
            for (const op of opsPerReplica[i] ?? []) applyOp(doc, op, ctxOf(`user${i}`, 1000 + i));
          });
          deliverEveryOrder(replicas, round, history);
          history += round.produced;
        }
      }),
      { seed: 20260105, numRuns: 150 },
    );
  });
});
