import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { skipUpdateEncoding } from '../../../src/sync/updateEncoding.ts';

const LOAD = { load: true };
const SERVER = { server: true };
const BOTH = ['update', 'updateV2'] as const;

describe('skipUpdateEncoding', () => {
  it('skips the update events of load transactions only, while observers still see the change', () => {
    const source = new Y.Doc();
    source.getMap('cards').set('c1', 'Pump seal');
    const stored = Y.encodeStateAsUpdateV2(source);

    const doc = new Y.Doc();
    const heard: string[] = [];
    doc.on('update', (_update: Uint8Array, origin: unknown) => heard.push(`v1 ${origin === LOAD}`));
    doc.on('updateV2', (_update: Uint8Array, origin: unknown) => heard.push(`v2 ${origin === LOAD}`));
    const observed: string[] = [];
    doc.getMap('cards').observe((event) => observed.push(...event.keysChanged));
    const stop = skipUpdateEncoding(doc, (origin) => (origin === LOAD ? BOTH : []));

    Y.applyUpdateV2(doc, stored, LOAD);
    expect(doc.getMap('cards').toJSON()).toEqual({ c1: 'Pump seal' });
    expect(observed).toEqual(['c1']);
    expect(heard).toEqual([]);

    // Edits of any other origin are heard as before, by the same listeners.
    doc.getMap('cards').set('c2', 'Refund');
    expect(heard).toEqual(['v1 false', 'v2 false']);

    stop();
    heard.length = 0;
    doc.transact(() => doc.getMap('cards').set('c3', 'Ship'), LOAD);
    expect(heard).toEqual(['v1 true', 'v2 true']);
  });

  it('keeps a listener added during a load transaction', () => {
    const doc = new Y.Doc();
    const heard: string[] = [];
    doc.on('update', () => heard.push('first'));
    skipUpdateEncoding(doc, (origin) => (origin === LOAD ? BOTH : []));
    doc.transact(() => {
      doc.getMap('cards').set('c1', 'x');
    }, LOAD);
    doc.on('update', () => heard.push('second'));
    doc.getMap('cards').set('c2', 'y');
    expect(heard).toEqual(['first', 'second']);
  });

  it('skips only the events named for an origin', () => {
    const doc = new Y.Doc();
    const heard: string[] = [];
    doc.on('update', () => heard.push('v1'));
    doc.on('updateV2', () => heard.push('v2'));
    skipUpdateEncoding(doc, (origin) => (origin === SERVER ? ['update'] : []));
    doc.transact(() => doc.getMap('cards').set('c1', 'x'), SERVER);
    expect(heard).toEqual(['v2']);
  });

  it('lets a write made by an observer of a skipped transaction be heard, by its own origin', () => {
    const doc = new Y.Doc();
    const heard: string[] = [];
    doc.on('update', (_update: Uint8Array, origin: unknown) => heard.push(`v1 ${String(origin)}`));
    doc.on('updateV2', (_update: Uint8Array, origin: unknown) => heard.push(`v2 ${String(origin)}`));
    skipUpdateEncoding(doc, (origin) => (origin === SERVER ? ['update'] : []));
    // A fix-up written when the server's change arrives is a local edit: both listeners must hear it.
    doc.getMap('cards').observe((_event, transaction) => {
      if (transaction.origin === SERVER) doc.transact(() => doc.getMap('fixes').set('n', 1), 'local');
    });
    doc.transact(() => doc.getMap('cards').set('c1', 'x'), SERVER);
    expect(heard.sort()).toEqual(['v1 local', 'v2 [object Object]', 'v2 local'].sort());
  });
});
