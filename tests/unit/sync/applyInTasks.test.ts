import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyInTasks } from '../../../src/sync/applyInTasks.ts';
import { encodeStateSlices } from '../../../src/sync/stateSlices.ts';

function sourceDoc(): Y.Doc {
  const doc = new Y.Doc();
  for (let i = 0; i < 50; i++) doc.getMap('cards').set(`c${i}`, `Card ${i}`);
  return doc;
}

describe('applyInTasks', () => {
  it('applies every update in order, one transaction each, yielding when the budget is spent', async () => {
    const slices = encodeStateSlices(sourceDoc(), { maxStructs: 10, format: 'v2' });
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    let yields = 0;
    const LOAD = { load: true };
    await applyInTasks(doc, slices, LOAD, { budgetMs: 0, yieldNow: async () => void (yields += 1) });
    expect(doc.getMap('cards').toJSON()).toEqual(sourceDoc().getMap('cards').toJSON());
    expect(origins).toEqual(slices.map(() => LOAD));
    expect(yields).toBe(slices.length);
  });

  it('stops between updates once the document is released', async () => {
    const slices = encodeStateSlices(sourceDoc(), { maxStructs: 10, format: 'v2' });
    const doc = new Y.Doc();
    let yields = 0;
    await applyInTasks(doc, slices, null, {
      budgetMs: 0,
      stopped: () => yields >= 2,
      yieldNow: async () => void (yields += 1),
    });
    expect(doc.getMap('cards').size).toBeGreaterThan(0);
    expect(doc.getMap('cards').size).toBeLessThan(50);
  });
});
