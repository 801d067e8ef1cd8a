import { describe, expect, it } from 'vitest';
import {
  activityPredicate,
  activitySentence,
  foldNoteEdits,
  historyEventSchema,
  movedFrom,
  NOTE_EDITS_RUN_MS,
  type ActivityNames,
  type HistoryEvent,
} from '../../../src/domain/index.ts';

const names: ActivityNames = {
  person: (id) => ({ u1: 'Ada Lovelace', u2: 'Bob Builder' })[id] ?? 'someone',
  status: (id) => ({ s1: 'Diagnosis', s2: 'Repair' })[id] ?? 'a removed status',
  label: (id) => ({ l1: 'Urgent' })[id] ?? 'a removed label',
  todo: (id) => ({ t1: 'Order seal kit' })[id] ?? null,
  day: (ms) => new Date(ms).toISOString().slice(0, 10),
  field: (id) =>
    (
      ({
        f1: { name: 'SLA due', type: 'date' },
        f2: { name: 'Serial number', type: 'text' },
        f3: { name: 'Parts cost', type: 'number' },
      }) as const
    )[id as 'f1'],
  card: (id) => ({ c2: 'Order pump seal', c3: 'Fit pump seal' })[id] ?? 'a card',
};
const DEC_14 = Date.UTC(2026, 11, 14);
const base = { card: 'c1', at: Date.UTC(2026, 10, 22, 10, 42), by: 'u1' };
let next = 0;
const ev = <E extends Omit<HistoryEvent, 'id' | 'card' | 'at' | 'by'>>(event: E) =>
  ({ id: `1:${next++}`, ...base, ...event }) as unknown as HistoryEvent;

/** Every event type (and each of its variants) with its words on the card and in a stream. */
const CASES: Array<[HistoryEvent, string, string]> = [
  [
    ev({ type: 'created', title: 'Leak', statusId: 's1' }),
    'created it in Diagnosis',
    'created “RMA-1042 Dishwasher leak” in Diagnosis',
  ],
  [
    ev({ type: 'moved', toStatusId: 's2' }),
    'moved it to Repair',
    'moved “RMA-1042 Dishwasher leak” to Repair',
  ],
  [
    ev({ type: 'titled', title: 'RMA-1042 Dishwasher leak' }),
    'renamed it to “RMA-1042 Dishwasher leak”',
    'renamed a card to “RMA-1042 Dishwasher leak”',
  ],
  [ev({ type: 'noted' }), 'edited the notes', 'edited the notes of “RMA-1042 Dishwasher leak”'],
  [
    ev({ type: 'dated', field: 'due', value: DEC_14 }),
    'set the due date to 2026-12-14',
    'set the due date of “RMA-1042 Dishwasher leak” to 2026-12-14',
  ],
  [
    ev({ type: 'dated', field: 'start', value: null }),
    'cleared the start date',
    'cleared the start date of “RMA-1042 Dishwasher leak”',
  ],
  [
    ev({ type: 'assigned', userId: 'u1' }),
    'made themselves responsible',
    'made themselves responsible for “RMA-1042 Dishwasher leak”',
  ],
  [
    ev({ type: 'coworker', userId: 'u1', added: true }),
    'added themselves as co-worker',
    'added themselves as co-worker on “RMA-1042 Dishwasher leak”',
  ],
  [
    ev({ type: 'assigned', userId: 'u2' }),
    'made Bob Builder responsible',
    'made Bob Builder responsible for “RMA-1042 Dishwasher leak”',
  ],
  [
    ev({ type: 'assigned', userId: null }),
    'removed the responsible person',
    'removed the responsible person of “RMA-1042 Dishwasher leak”',
  ],
  [
    ev({ type: 'coworker', userId: 'u2', added: true }),
    'added Bob Builder as co-worker',
    'added Bob Builder as co-worker on “RMA-1042 Dishwasher leak”',
  ],
  [
    ev({ type: 'coworker', userId: 'u2', added: false }),
    'removed Bob Builder as co-worker',
    'removed Bob Builder as co-worker from “RMA-1042 Dishwasher leak”',
  ],
  [
    ev({ type: 'labelled', labelId: 'l1', added: true }),
    'added the label Urgent',
    'added the label Urgent to “RMA-1042 Dishwasher leak”',
  ],
  [
    ev({ type: 'labelled', labelId: 'gone', added: false }),
    'removed the label a removed label',
    'removed the label a removed label from “RMA-1042 Dishwasher leak”',
  ],
  [ev({ type: 'archived', archived: true }), 'archived it', 'archived “RMA-1042 Dishwasher leak”'],
  [ev({ type: 'archived', archived: false }), 'restored it', 'restored “RMA-1042 Dishwasher leak”'],
  [
    ev({ type: 'archived', archived: true, creation: true }),
    'undid its creation',
    'undid the creation of “RMA-1042 Dishwasher leak”',
  ],
  [
    ev({ type: 'archived', archived: false, creation: true }),
    'redid its creation',
    'redid the creation of “RMA-1042 Dishwasher leak”',
  ],
  [ev({ type: 'commented', commentId: 'k1' }), 'commented', 'commented on “RMA-1042 Dishwasher leak”'],
  [
    ev({ type: 'blocked', reason: 'Waiting for parts' }),
    'marked it blocked: Waiting for parts',
    'marked “RMA-1042 Dishwasher leak” blocked: Waiting for parts',
  ],
  [
    ev({ type: 'blocked', reason: null }),
    'removed the blocker',
    'removed the blocker of “RMA-1042 Dishwasher leak”',
  ],
  [
    ev({ type: 'checked', todoId: 't1', done: true }),
    'checked “Order seal kit”',
    'checked “Order seal kit” on “RMA-1042 Dishwasher leak”',
  ],
  [
    ev({ type: 'checked', todoId: 'gone', done: false }),
    'unchecked a removed to-do',
    'unchecked a removed to-do on “RMA-1042 Dishwasher leak”',
  ],
  [
    ev({ type: 'valued', fieldId: 'f1', value: DEC_14 }),
    'set SLA due to 2026-12-14',
    'set SLA due of “RMA-1042 Dishwasher leak” to 2026-12-14',
  ],
  [
    ev({ type: 'valued', fieldId: 'f2', value: 'SN-77' }),
    'set Serial number to “SN-77”',
    'set Serial number of “RMA-1042 Dishwasher leak” to “SN-77”',
  ],
  [
    ev({ type: 'valued', fieldId: 'f3', value: 12.5 }),
    'set Parts cost to 12.5',
    'set Parts cost of “RMA-1042 Dishwasher leak” to 12.5',
  ],
  [
    ev({ type: 'valued', fieldId: 'gone', value: null }),
    'cleared a removed field',
    'cleared a removed field of “RMA-1042 Dishwasher leak”',
  ],
  [
    ev({ type: 'related', other: 'c2', role: 'child', added: true }),
    'linked it to its child “Order pump seal”',
    'linked “RMA-1042 Dishwasher leak” to its child “Order pump seal”',
  ],
  [
    ev({ type: 'related', other: 'c2', role: 'parent', added: false }),
    'unlinked it from its parent “Order pump seal”',
    'unlinked “RMA-1042 Dishwasher leak” from its parent “Order pump seal”',
  ],
  [
    ev({ type: 'related', other: 'c3', role: 'next', added: true }),
    'linked it to its next card “Fit pump seal”',
    'linked “RMA-1042 Dishwasher leak” to its next card “Fit pump seal”',
  ],
  [
    ev({ type: 'related', other: 'gone', role: 'previous', added: true }),
    'linked it to its previous card “a card”',
    'linked “RMA-1042 Dishwasher leak” to its previous card “a card”',
  ],
];

describe('activity sentences', () => {
  it('covers every history event type', () => {
    const types = historyEventSchema.options.map((option) => option.shape.type.value);
    expect(new Set(CASES.map(([event]) => event.type))).toEqual(new Set(types));
  });

  it.each(CASES)('%# %j reads on the card and in a stream', (event, onCard, inStream) => {
    expect(activityPredicate(event, names, { card: null })).toBe(onCard);
    expect(activityPredicate(event, names, { card: 'RMA-1042 Dishwasher leak' })).toBe(inStream);
  });

  it('names the status a move left and the title a rename replaced, when they are known', () => {
    const move = ev({ type: 'moved', toStatusId: 's2' });
    expect(activitySentence(move, names, { card: 'RMA-1042 Dishwasher leak', fromStatusId: 's1' })).toBe(
      'Ada Lovelace moved “RMA-1042 Dishwasher leak” from Diagnosis to Repair',
    );
    expect(activityPredicate(move, names, { card: null, fromStatusId: 's1' })).toBe(
      'moved it from Diagnosis to Repair',
    );
    const rename = ev({ type: 'titled', title: 'Leak under sink' });
    expect(activityPredicate(rename, names, { card: 'Leak under sink', previousTitle: 'Leak' })).toBe(
      'renamed “Leak” to “Leak under sink”',
    );
  });

  it('finds the status each move of a card left, from its created and moved events', () => {
    const created = ev({ type: 'created', title: 'Leak', statusId: 's1' });
    const first = ev({ type: 'moved', toStatusId: 's2' });
    const noted = ev({ type: 'noted' });
    const back = ev({ type: 'moved', toStatusId: 's1' });
    expect(Object.fromEntries(movedFrom([created, first, noted, back]))).toEqual({
      [first.id]: 's1',
      [back.id]: 's2',
    });
    // A move with no earlier status (history written before `created` events existed) has no "from".
    const orphan = ev({ type: 'moved', toStatusId: 's2' });
    expect(movedFrom([orphan]).has(orphan.id)).toBe(false);
  });

  it("folds one person's notes edits in a row into the last, and nothing else", () => {
    const minute = 60_000;
    const at = (minutes: number) => base.at + minutes * minute;
    const noted = (minutes: number, by = 'u1') => ({ ...ev({ type: 'noted' }), at: at(minutes), by });
    const created = { ...ev({ type: 'created', title: 'Leak', statusId: 's1' }), at: at(0) };
    const run = [noted(1), noted(5), noted(12)];
    const bob = noted(13, 'u2');
    const moved = { ...ev({ type: 'moved', toStatusId: 's2' }), at: at(14) };
    const afterMove = noted(15);
    const later = noted(15 + NOTE_EDITS_RUN_MS / minute + 1);
    const folded = foldNoteEdits([created, ...run, bob, moved, afterMove, later]);
    expect(folded.map((entry) => [entry.event.id, entry.times])).toEqual([
      [created.id, 1],
      // The run shows at its last edit.
      [run[2]!.id, 3],
      // Another person's edit, another event, or a long pause starts anew.
      [bob.id, 1],
      [moved.id, 1],
      [afterMove.id, 1],
      [later.id, 1],
    ]);
    // Other events of one kind in a row stay one line each: they say different things.
    const dates = [
      ev({ type: 'dated', field: 'due', value: DEC_14 }),
      ev({ type: 'dated', field: 'due', value: null }),
    ];
    expect(foldNoteEdits(dates).map((entry) => entry.times)).toEqual([1, 1]);
  });
});
