import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  TYPE_CODES,
  cardHistory,
  createCard,
  decodeEvent,
  encodeEvent,
  historyEventSchema,
  moveCard,
  readHistory,
  spaceMaps,
  type NewHistoryEvent,
} from '../../../src/domain/index.ts';
import { ctxOf, freshSpace, statusIds } from './helpers.ts';
import { addedEvents } from '../../../src/domain/history/log.ts';

describe('history storage', () => {
  it('stores short tuples and decodes full events', () => {
    const doc = freshSpace();
    const [todo] = statusIds(doc);
    const id = createCard(doc, { statusId: todo!, title: 'Noisy pump' }, ctxOf('alice', 1000));
    expect(spaceMaps(doc).history.toArray()).toEqual([[id, 'c', 1000, 'alice', 'Noisy pump', todo]]);
    const [event] = readHistory(doc);
    expect(event!.id).toMatch(new RegExp(`^${doc.clientID}:\\d+$`));
    expect(event).toEqual({
      id: event!.id,
      card: id,
      type: 'created',
      at: 1000,
      by: 'alice',
      title: 'Noisy pump',
      statusId: todo,
    });
    expect(historyEventSchema.parse(event)).toEqual(event);
  });

  it('gives every event the same id on every replica, unique within the log', () => {
    const a = freshSpace();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const [todo, doing] = statusIds(a);
    const x = createCard(a, { statusId: todo!, title: 'X' }, ctxOf('alice'));
    const y = createCard(b, { statusId: todo!, title: 'Y' }, ctxOf('bob'));
    moveCard(a, { cardId: x, toStatusId: doing! }, ctxOf('alice'));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const events = readHistory(a);
    expect(events).toEqual(readHistory(b));
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    expect(cardHistory(a, x).map((e) => e.type)).toEqual(['created', 'moved']);
    expect(cardHistory(b, y).map((e) => e.type)).toEqual(['created']);
  });

  it('round-trips every event type through the tuple codec', () => {
    const samples: NewHistoryEvent[] = [
      { card: 'c1', type: 'created', title: 'T', statusId: 's1' },
      { card: 'c1', type: 'moved', toStatusId: 's2' },
      { card: 'c1', type: 'titled', title: 'T2' },
      { card: 'c1', type: 'noted' },
      { card: 'c1', type: 'dated', field: 'due', value: null },
      { card: 'c1', type: 'assigned', userId: 'u2' },
      { card: 'c1', type: 'coworker', userId: 'u3', added: false },
      { card: 'c1', type: 'labelled', labelId: 'l1', added: true },
      { card: 'c1', type: 'archived', archived: true },
      { card: 'c1', type: 'archived', archived: false, creation: true },
      { card: 'c1', type: 'commented', commentId: 'k1' },
      { card: 'c1', type: 'blocked', reason: 'Waiting for parts' },
      { card: 'c1', type: 'blocked', reason: null },
      { card: 'c1', type: 'checked', todoId: 't1', done: true },
      { card: 'c1', type: 'valued', fieldId: 'f1', value: 1_767_225_599_999 },
      { card: 'c1', type: 'valued', fieldId: 'f2', value: 'SN-0042' },
      { card: 'c1', type: 'valued', fieldId: 'f3', value: null },
      { card: 'c1', type: 'related', other: 'c2', role: 'child', added: true },
      { card: 'c1', type: 'related', other: 'c3', role: 'previous', added: false },
    ];
    expect(new Set(Object.values(TYPE_CODES)).size).toBe(new Set(samples.map((s) => s.type)).size);
    for (const sample of samples) {
      expect(decodeEvent('1:2', encodeEvent(sample, 5, 'u1'))).toEqual({
        ...sample,
        id: '1:2',
        at: 5,
        by: 'u1',
      });
    }
  });

  it('skips tuples a peer wrote malformed instead of failing', () => {
    const doc = freshSpace();
    const clock = Y.getState(doc.store, doc.clientID);
    spaceMaps(doc).history.push([
      ['c1', 'zz', 1, 'u'],
      ['c1', 'm', 1, 'u'],
      'junk' as never,
      ['c1', 'r', 1, 'u', 'c2', 'sibling', true],
      ['c1', 'n', 7, 'u'],
    ]);
    expect(readHistory(doc).map((e) => [e.type, e.at])).toEqual([['noted', 7]]);
    expect(readHistory(doc)[0]!.id).toBe(`${doc.clientID}:${clock + 4}`);
  });
});

describe('events added by a transaction', () => {
  it('are the new events of local edits and of merged concurrent edits, whatever the array holds already', () => {
    const server = freshSpace();
    const [todo] = statusIds(server);
    createCard(server, { statusId: todo!, title: 'Old card' }, ctxOf('alice'));
    const seen: string[][] = [];
    spaceMaps(server).history.observe((change) => {
      seen.push(addedEvents(change).map((event) => `${event.type} by ${event.by}`));
    });

    createCard(server, { statusId: todo!, title: 'Local' }, ctxOf('alice'));
    // Two replicas edit at once; their updates arrive at the server together, as one transaction.
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(server));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(server));
    createCard(a, { statusId: todo!, title: 'From A' }, ctxOf('ann'));
    createCard(b, { statusId: todo!, title: 'From B' }, ctxOf('bob'));
    Y.applyUpdate(server, Y.mergeUpdates([Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b)]));

    expect(seen[0]).toEqual(['created by alice']);
    expect(seen[1]?.sort()).toEqual(['created by ann', 'created by bob']);
    expect(readHistory(server)).toHaveLength(4);
  });
});
