import fc from 'fast-check';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { createCard, createLabel, createUndo, readHistory } from '../../../src/domain/index.ts';
import { ctxOf, freshSpace, statusIds } from '../domain/helpers.ts';
import { deliverEveryOrder, editConcurrently, replicasOf } from './harness.ts';
import { applyOp, dateOp, spaceOp, type SpaceOp } from './randomOps.ts';

/** A space with a few cards in each status and one label, as every replica starts from. */
function baseSpace() {
  const doc = freshSpace();
  createLabel(doc, { name: 'Express', color: '#d64545' }, ctxOf());
  for (const statusId of statusIds(doc)) {
    for (const title of ['First', 'Second']) createCard(doc, { statusId, title }, ctxOf());
  }
  return doc;
}

/**
 * Rounds of concurrent edits: each round, every replica applies its own operations, then all replicas
 * exchange their updates in every delivery order and must converge to one valid space.
 */
function rounds(op: fc.Arbitrary<SpaceOp>, maxOps: number, maxRounds: number) {
  const replicaOps = fc.array(fc.array(op, { maxLength: maxOps }), { minLength: 2, maxLength: 3 });
  return fc.array(replicaOps, { minLength: 1, maxLength: maxRounds });
}

function editInRounds(rounds: SpaceOp[][][]): void {
  const base = baseSpace();
  const replicas = replicasOf(base, rounds[0]!.length);
  const undos = replicas.map((doc, i) => createUndo(doc, ctxOf(`user${i}`, 2000 + i)));
  let history = readHistory(base).length;
  for (const opsPerReplica of rounds) {
    const round = editConcurrently(replicas, (doc, i) => {
      for (const op of opsPerReplica[i] ?? []) applyOp(doc, op, ctxOf(`user${i}`, 1000 + i), undos[i]);
    });
    deliverEveryOrder(replicas, round, history);
    history += round.produced;
  }
  for (const undo of undos) undo.destroy();
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
  // first hit by a different one. Three rounds of up to eight operations per replica reach a reinjected
  // deleting undo within 22-212 runs on five of seven seeds, where the former two rounds of six did so on
  // one seed of three after 450 runs: 250 runs keep that power at about half the former 3 x 900 runs' time.
  it.each([1, 5, 77])(
    'converge to one valid space and one complete history in every delivery order, undo included (seed %i)',
    (seed) => {
      fc.assert(fc.property(rounds(spaceOp, 8, 3), editInRounds), { seed, numRuns: 250 });
    },
    120_000,
  );

  // An undo that puts back one date next to a date a colleague changed since needs three rounds: the
  // edit, the colleague's edit, the undo.
  it('keep every card that one replica dated starting no later than it is due, undo included', () => {
    fc.assert(fc.property(rounds(dateOp, 4, 4), editInRounds), { seed: 3, numRuns: 250 });
  }, 120_000);
});
