import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  SCHEMA_VERSION,
  archiveCard,
  archiveField,
  cardHistory,
  createCard,
  createField,
  createUndo,
  fieldSchema,
  migrate,
  readSpace,
  renameField,
  setFieldValue,
  setSlaField,
  slaFieldOf,
  type DomainUndo,
} from '../../../src/domain/index.ts';
import { T0, ctxOf, expectRefused, freshSpace, statusIds } from './helpers.ts';

const ctx = ctxOf();
const DAY = 86_400_000;
let undo: DomainUndo | undefined;
afterEach(() => undo?.destroy());

/** A space with one card and a date, a text and a number field. */
function spaceWithFields() {
  const doc = freshSpace();
  const cardId = createCard(doc, { statusId: statusIds(doc)[0]!, title: 'Claim 4711' }, ctx);
  const slaDue = createField(doc, { name: 'SLA due', type: 'date' }, ctx);
  const serial = createField(doc, { name: 'Serial number', type: 'text' }, ctx);
  const cost = createField(doc, { name: 'Repair cost', type: 'number' }, ctx);
  return { doc, cardId, slaDue, serial, cost };
}

/** The card's `valued` events as `[fieldId, value]`. */
function valued(doc: Y.Doc, cardId: string) {
  return cardHistory(doc, cardId).flatMap((e) => (e.type === 'valued' ? [[e.fieldId, e.value]] : []));
}

describe('custom fields', () => {
  it('creates fields in order, renames and archives them', () => {
    const { doc, slaDue, serial, cost } = spaceWithFields();
    const fields = readSpace(doc).fields;
    for (const field of Object.values(fields)) expect(fieldSchema.parse(field)).toEqual(field);
    const ordered = Object.values(fields).sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(ordered.map((f) => [f.id, f.name, f.type])).toEqual([
      [slaDue, 'SLA due', 'date'],
      [serial, 'Serial number', 'text'],
      [cost, 'Repair cost', 'number'],
    ]);
    renameField(doc, { fieldId: serial, name: 'Serial no.' }, ctx);
    archiveField(doc, { fieldId: cost, archived: true }, ctx);
    expect(readSpace(doc).fields[serial]!.name).toBe('Serial no.');
    expect(readSpace(doc).fields[cost]!.archived).toBe(true);
  });

  it('keeps live names unique per space, ignoring case, and refuses bad input without writing', () => {
    const { doc, serial, cost } = spaceWithFields();
    expectRefused(doc, 'duplicate_field', () => createField(doc, { name: ' sla DUE ', type: 'text' }, ctx));
    expectRefused(doc, 'duplicate_field', () =>
      renameField(doc, { fieldId: serial, name: 'Repair Cost' }, ctx),
    );
    expectRefused(doc, 'invalid_input', () => createField(doc, { name: '', type: 'date' }, ctx));
    expectRefused(doc, 'invalid_input', () =>
      createField(doc, { name: 'Colour', type: 'colour' as 'date' }, ctx),
    );
    expectRefused(doc, 'unknown_field', () => renameField(doc, { fieldId: 'nope', name: 'X' }, ctx));
    archiveField(doc, { fieldId: cost, archived: true }, ctx);
    expectRefused(doc, 'field_archived', () => renameField(doc, { fieldId: cost, name: 'Cost' }, ctx));
    // The archived field's name is free again, and it cannot come back while another field holds it.
    const again = createField(doc, { name: 'Repair cost', type: 'number' }, ctx);
    expectRefused(doc, 'duplicate_field', () => archiveField(doc, { fieldId: cost, archived: false }, ctx));
    archiveField(doc, { fieldId: again, archived: true }, ctx);
    archiveField(doc, { fieldId: cost, archived: false }, ctx);
    expect(readSpace(doc).fields[cost]!.archived).toBe(false);
  });

  it('sets values by type, clears them with null, and records each change in history', () => {
    const { doc, cardId, slaDue, serial, cost } = spaceWithFields();
    const due = T0 + 3 * DAY;
    setFieldValue(doc, { cardId, fieldId: slaDue, value: due }, ctx);
    setFieldValue(doc, { cardId, fieldId: serial, value: '  SN-0042 ' }, ctx);
    setFieldValue(doc, { cardId, fieldId: cost, value: 129.5 }, ctx);
    // Setting the same value again changes nothing and appends nothing.
    setFieldValue(doc, { cardId, fieldId: cost, value: 129.5 }, ctx);
    expect(readSpace(doc).cards[cardId]!.values).toEqual({
      [slaDue]: due,
      [serial]: 'SN-0042',
      [cost]: 129.5,
    });
    setFieldValue(doc, { cardId, fieldId: cost, value: null }, ctx);
    setFieldValue(doc, { cardId, fieldId: serial, value: '   ' }, ctx);
    expect(readSpace(doc).cards[cardId]!.values).toEqual({ [slaDue]: due });
    expect(valued(doc, cardId)).toEqual([
      [slaDue, due],
      [serial, 'SN-0042'],
      [cost, 129.5],
      [cost, null],
      [serial, null],
    ]);
  });

  it('refuses a value of the wrong type, an archived field or card, and unknown ids, writing nothing', () => {
    const { doc, cardId, slaDue, serial, cost } = spaceWithFields();
    expectRefused(doc, 'invalid_value', () =>
      setFieldValue(doc, { cardId, fieldId: slaDue, value: 'soon' }, ctx),
    );
    expectRefused(doc, 'invalid_value', () =>
      setFieldValue(doc, { cardId, fieldId: slaDue, value: -5 }, ctx),
    );
    expectRefused(doc, 'invalid_value', () =>
      setFieldValue(doc, { cardId, fieldId: slaDue, value: 1.5 }, ctx),
    );
    expectRefused(doc, 'invalid_value', () =>
      setFieldValue(doc, { cardId, fieldId: cost, value: '12' }, ctx),
    );
    expectRefused(doc, 'invalid_value', () =>
      setFieldValue(doc, { cardId, fieldId: serial, value: 42 }, ctx),
    );
    expectRefused(doc, 'invalid_value', () =>
      setFieldValue(doc, { cardId, fieldId: serial, value: 'x'.repeat(1001) }, ctx),
    );
    expectRefused(doc, 'invalid_input', () =>
      setFieldValue(doc, { cardId, fieldId: cost, value: Number.POSITIVE_INFINITY }, ctx),
    );
    expectRefused(doc, 'unknown_field', () => setFieldValue(doc, { cardId, fieldId: 'nope', value: 1 }, ctx));
    expectRefused(doc, 'unknown_card', () =>
      setFieldValue(doc, { cardId: 'nope', fieldId: cost, value: 1 }, ctx),
    );
    archiveField(doc, { fieldId: cost, archived: true }, ctx);
    expectRefused(doc, 'field_archived', () => setFieldValue(doc, { cardId, fieldId: cost, value: 1 }, ctx));
    archiveCard(doc, { cardId, archived: true }, ctx);
    expectRefused(doc, 'card_archived', () =>
      setFieldValue(doc, { cardId, fieldId: serial, value: 'A' }, ctx),
    );
  });

  it('keeps a card’s value of an archived field, so restoring the field brings it back', () => {
    const { doc, cardId, cost } = spaceWithFields();
    setFieldValue(doc, { cardId, fieldId: cost, value: 80 }, ctx);
    archiveField(doc, { fieldId: cost, archived: true }, ctx);
    expect(readSpace(doc).cards[cardId]!.values).toEqual({ [cost]: 80 });
    archiveField(doc, { fieldId: cost, archived: false }, ctx);
    setFieldValue(doc, { cardId, fieldId: cost, value: 90 }, ctx);
    expect(readSpace(doc).cards[cardId]!.values).toEqual({ [cost]: 90 });
  });

  it('merges two people filling in different fields of one card at once', () => {
    const { doc: a, cardId, serial, cost } = spaceWithFields();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setFieldValue(a, { cardId, fieldId: serial, value: 'SN-1' }, ctxOf('alice'));
    setFieldValue(b, { cardId, fieldId: cost, value: 12 }, ctxOf('bob'));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    expect(readSpace(a).cards[cardId]!.values).toEqual({ [serial]: 'SN-1', [cost]: 12 });
    expect(readSpace(b).cards[cardId]!.values).toEqual(readSpace(a).cards[cardId]!.values);
  });
});

describe('the SLA field', () => {
  it('is one live date field of the space, chosen and cleared through the settings', () => {
    const { doc, slaDue, serial } = spaceWithFields();
    expect(readSpace(doc).settings).toEqual({ slaFieldId: null });
    setSlaField(doc, { fieldId: slaDue }, ctx);
    expect(readSpace(doc).settings).toEqual({ slaFieldId: slaDue });
    const other = createField(doc, { name: 'Promised to customer', type: 'date' }, ctx);
    setSlaField(doc, { fieldId: other }, ctx);
    expect(readSpace(doc).settings).toEqual({ slaFieldId: other });
    expectRefused(doc, 'not_a_date_field', () => setSlaField(doc, { fieldId: serial }, ctx));
    expectRefused(doc, 'unknown_field', () => setSlaField(doc, { fieldId: 'nope' }, ctx));
    archiveField(doc, { fieldId: slaDue, archived: true }, ctx);
    expectRefused(doc, 'field_archived', () => setSlaField(doc, { fieldId: slaDue }, ctx));
    setSlaField(doc, { fieldId: null }, ctx);
    expect(readSpace(doc).settings).toEqual({ slaFieldId: null });
  });

  it('reads as no SLA while the chosen field is archived, and comes back with it', () => {
    const { doc, slaDue } = spaceWithFields();
    setSlaField(doc, { fieldId: slaDue }, ctx);
    const read = () => {
      const space = readSpace(doc);
      return slaFieldOf(space.settings, space.fields);
    };
    expect(read()).toBe(slaDue);
    archiveField(doc, { fieldId: slaDue, archived: true }, ctx);
    expect(read()).toBeNull();
    archiveField(doc, { fieldId: slaDue, archived: false }, ctx);
    expect(read()).toBe(slaDue);
  });
});

describe('undo of field operations', () => {
  it('undoes and redoes a value, appending compensating events', () => {
    const { doc, cardId, cost } = spaceWithFields();
    setFieldValue(doc, { cardId, fieldId: cost, value: 10 }, ctx);
    undo = createUndo(doc, ctxOf('alice', T0 + 10));
    setFieldValue(doc, { cardId, fieldId: cost, value: 25 }, ctx);
    expect(undo.undo()).toBe(true);
    expect(readSpace(doc).cards[cardId]!.values).toEqual({ [cost]: 10 });
    expect(undo.redo()).toBe(true);
    expect(readSpace(doc).cards[cardId]!.values).toEqual({ [cost]: 25 });
    expect(valued(doc, cardId)).toEqual([
      [cost, 10],
      [cost, 25],
      [cost, 10],
      [cost, 25],
    ]);
  });

  it('undoes a first value to no value, and refuses to undo over a value a colleague changed since', () => {
    const { doc, cardId, serial } = spaceWithFields();
    undo = createUndo(doc, ctx);
    setFieldValue(doc, { cardId, fieldId: serial, value: 'SN-1' }, ctx);
    expect(undo.undo()).toBe(true);
    expect(readSpace(doc).cards[cardId]!.values).toEqual({});
    expect(undo.redo()).toBe(true);
    setFieldValue(doc, { cardId, fieldId: serial, value: 'SN-2' }, ctxOf('bob'));
    // Bob's edit was local too here; a remote edit behaves the same: the undo of Alice's step skips it.
    undo.destroy();
    undo = createUndo(doc, ctx);
    setFieldValue(doc, { cardId, fieldId: serial, value: 'SN-3' }, ctx);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    setFieldValue(peer, { cardId, fieldId: serial, value: 'SN-4' }, ctxOf('bob'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'remote');
    // Said, rather than "undone" with nothing changed; the step is used up.
    expectRefused(doc, 'changed_since', () => undo!.undo());
    expect(readSpace(doc).cards[cardId]!.values).toEqual({ [serial]: 'SN-4' });
    expect(undo.undo()).toBe(false);
  });

  it('undoes creating, renaming and archiving a field, and choosing the SLA field', () => {
    const doc = freshSpace();
    undo = createUndo(doc, ctx);
    const field = createField(doc, { name: 'SLA due', type: 'date' }, ctx);
    renameField(doc, { fieldId: field, name: 'SLA' }, ctx);
    setSlaField(doc, { fieldId: field }, ctx);
    expect(undo.undo()).toBe(true);
    expect(readSpace(doc).settings.slaFieldId).toBeNull();
    expect(undo.undo()).toBe(true);
    expect(readSpace(doc).fields[field]!.name).toBe('SLA due');
    expect(undo.undo()).toBe(true);
    // Undoing a creation archives the field rather than deleting it.
    expect(readSpace(doc).fields[field]!.archived).toBe(true);
    expect(undo.redo()).toBe(true);
    expect(undo.redo()).toBe(true);
    expect(undo.redo()).toBe(true);
    expect(readSpace(doc).fields[field]).toMatchObject({ name: 'SLA', archived: false });
    expect(readSpace(doc).settings.slaFieldId).toBe(field);
  });

  it('refuses to put a value back on a field archived since, writing nothing', () => {
    const { doc, cardId, cost } = spaceWithFields();
    undo = createUndo(doc, ctx);
    setFieldValue(doc, { cardId, fieldId: cost, value: 5 }, ctx);
    expect(undo.undo()).toBe(true);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    archiveField(peer, { fieldId: cost, archived: true }, ctxOf('bob'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'remote');
    expectRefused(doc, 'field_archived', () => undo!.redo());
    expect(undo.canRedo()).toBe(false);
  });
});

describe('schema version 2', () => {
  it('gives every card of an older space a values map, so first values made at once both survive', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      const meta = doc.getMap('meta');
      meta.set('id', 'old');
      meta.set('schemaVersion', 1);
      const status = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ name: 'Open', role: 'not_started', key: 'a0', archived: false }))
        status.set(k, v);
      doc.getMap('statuses').set('st1', status);
      const card = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({
        title: 'Old claim',
        pos: { statusId: 'st1', key: 'a0' },
        archived: false,
        createdAt: T0,
        createdBy: 'alice',
      }))
        card.set(k, v);
      doc.getMap('cards').set('c1', card);
    });
    expect(migrate(doc, 'space')).toBe(true);
    expect(readSpace(doc).meta.schemaVersion).toBe(SCHEMA_VERSION.space);
    const field = createField(doc, { name: 'Serial', type: 'text' }, ctx);
    const other = createField(doc, { name: 'Cost', type: 'number' }, ctx);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    setFieldValue(doc, { cardId: 'c1', fieldId: field, value: 'SN-9' }, ctx);
    setFieldValue(peer, { cardId: 'c1', fieldId: other, value: 3 }, ctxOf('bob'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
    expect(readSpace(doc).cards.c1!.values).toEqual({ [field]: 'SN-9', [other]: 3 });
  });

  it('refuses a value on a card whose copy predates custom fields, instead of racing the upgrade', () => {
    const { doc, cardId, serial } = spaceWithFields();
    // An offline copy from before version 2: the card has no values map yet.
    doc.transact(() => (doc.getMap('cards').get(cardId) as Y.Map<unknown>).delete('values'));
    expectRefused(doc, 'card_not_upgraded', () =>
      setFieldValue(doc, { cardId, fieldId: serial, value: 'SN-1' }, ctx),
    );
  });
});
