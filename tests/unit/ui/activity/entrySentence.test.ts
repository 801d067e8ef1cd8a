import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../../../src/ui/activity/activityApi';
import { entrySentence } from '../../../../src/ui/activity/entrySentence';

const base = {
  seq: 1,
  id: '1:1',
  spaceId: 'sp1',
  card: 'c1',
  cardId: 'c1',
  at: Date.UTC(2026, 10, 2),
  by: 'u9',
  actor: 'u1',
  actorName: 'Ada',
};
const whole = (entry: ActivityEntry, people: Record<string, string> = {}, reader: string | null = null) => {
  const { actor, before, card, after } = entrySentence(entry, people, reader);
  return `${actor}${before}${card === null ? '' : `[${card}]`}${after}`;
};

describe('activity entries in words', () => {
  it('speaks as the authenticated actor and marks the card for the link', () => {
    const entry: ActivityEntry = {
      ...base,
      type: 'assigned',
      userId: 'u2',
      names: { card: 'Pump seal' },
    };
    expect(whole(entry, { u2: 'Grace' })).toBe('Ada made Grace responsible for [Pump seal]');
  });

  it('calls the reader "you", as a notification addressed to them does', () => {
    const assigned: ActivityEntry = { ...base, type: 'assigned', userId: 'u2', names: { card: 'Pump seal' } };
    expect(whole(assigned, { u2: 'Grace' }, 'u2')).toBe('Ada made you responsible for [Pump seal]');
    const coworker: ActivityEntry = {
      ...base,
      type: 'coworker',
      userId: 'u2',
      added: true,
      names: { card: 'Pump seal' },
    };
    expect(whole(coworker, { u2: 'Grace' }, 'u2')).toBe('Ada added you as co-worker on [Pump seal]');
    // Someone else is still named.
    expect(whole(assigned, { u2: 'Grace' }, 'u3')).toBe('Ada made Grace responsible for [Pump seal]');
  });

  it('uses the names stored with the event: to-do, field, label, previous title', () => {
    expect(
      whole({
        ...base,
        type: 'checked',
        todoId: 't1',
        done: true,
        names: { card: 'Hob', todo: 'Order part' },
      }),
    ).toBe('Ada checked “Order part” on [Hob]');
    expect(
      whole({
        ...base,
        type: 'valued',
        fieldId: 'f1',
        value: 'RMA-7',
        names: { card: 'Hob', field: { name: 'Ticket', type: 'text' } },
      }),
    ).toBe('Ada set Ticket of [Hob] to “RMA-7”');
    expect(
      whole({
        ...base,
        type: 'labelled',
        labelId: 'l1',
        added: true,
        names: { card: 'Hob', label: 'Warranty' },
      }),
    ).toBe('Ada added the label Warranty to [Hob]');
    expect(
      whole({
        ...base,
        type: 'related',
        other: 'c2',
        role: 'child',
        added: true,
        names: { card: 'Hob', related: 'Order part' },
      }),
    ).toBe('Ada linked [Hob] to its child “Order part”');
    // A rename names both titles in quotes; the card has no separate mention to link.
    expect(
      whole({
        ...base,
        type: 'titled',
        title: 'Hob (new)',
        names: { card: 'Hob (new)', previousTitle: 'Hob' },
      }),
    ).toBe('Ada renamed “Hob” to “Hob (new)”');
  });

  it('still reads for a row stored without names', () => {
    expect(whole({ ...base, actorName: null, type: 'moved', toStatusId: 's2', names: {} })).toBe(
      'Someone moved [a card] to a status',
    );
    expect(whole({ ...base, type: 'checked', todoId: 't1', done: false, names: {} })).toBe(
      'Ada unchecked a removed to-do on [a card]',
    );
  });
});
