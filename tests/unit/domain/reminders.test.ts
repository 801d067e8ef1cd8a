import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  clearReminder,
  dueReminders,
  markReminderFired,
  readUser,
  reminderOfCard,
  setReminder,
} from '../../../src/domain/index.ts';
import { ctxOf, expectRefused, freshUser, T0 } from './helpers.ts';

const HOUR = 3_600_000;
const ctx = ctxOf();

describe('personal reminders', () => {
  it('sets one reminder per card, replacing its time, and clears it', () => {
    const doc = freshUser();
    const id = setReminder(
      doc,
      { spaceId: 's1', cardId: 'c1', title: 'Dishwasher leak', at: T0 + HOUR },
      ctx,
    );
    const other = setReminder(doc, { spaceId: 's1', cardId: 'c2', title: 'Dryer', at: T0 + 2 * HOUR }, ctx);
    expect(readUser(doc).reminders[id]).toEqual({
      id,
      spaceId: 's1',
      cardId: 'c1',
      title: 'Dishwasher leak',
      at: T0 + HOUR,
      firedAt: null,
    });

    const again = setReminder(
      doc,
      { spaceId: 's1', cardId: 'c1', title: 'Dishwasher leak', at: T0 + 3 * HOUR },
      ctx,
    );
    expect(again).toBe(id);
    expect(Object.keys(readUser(doc).reminders).sort()).toEqual([id, other].sort());
    expect(reminderOfCard(readUser(doc).reminders, 's1', 'c1')?.at).toBe(T0 + 3 * HOUR);

    clearReminder(doc, { reminderId: id }, ctx);
    expect(Object.keys(readUser(doc).reminders)).toEqual([other]);
    expect(reminderOfCard(readUser(doc).reminders, 's1', 'c1')).toBeUndefined();
  });

  it('is due once its time has come, until marked fired; marking twice keeps the first time', () => {
    const doc = freshUser();
    const late = setReminder(doc, { spaceId: 's1', cardId: 'c1', title: 'A', at: T0 + 2 * HOUR }, ctx);
    const early = setReminder(doc, { spaceId: 's1', cardId: 'c2', title: 'B', at: T0 + HOUR }, ctx);
    const ids = (now: number) => dueReminders(readUser(doc).reminders, now).map((r) => r.id);
    expect(ids(T0)).toEqual([]);
    expect(ids(T0 + HOUR)).toEqual([early]);
    // Long after both (the app was closed at the time): both fire on the next open, oldest first.
    expect(ids(T0 + 48 * HOUR)).toEqual([early, late]);

    markReminderFired(doc, { reminderId: early }, ctxOf('alice', T0 + 3 * HOUR));
    markReminderFired(doc, { reminderId: early }, ctxOf('alice', T0 + 9 * HOUR));
    expect(readUser(doc).reminders[early]?.firedAt).toBe(T0 + 3 * HOUR);
    expect(ids(T0 + 48 * HOUR)).toEqual([late]);

    // Setting a new time arms a fired reminder again.
    setReminder(doc, { spaceId: 's1', cardId: 'c2', title: 'B', at: T0 + 50 * HOUR }, ctx);
    expect(readUser(doc).reminders[early]?.firedAt).toBeNull();
    expect(ids(T0 + 50 * HOUR)).toEqual([late, early]);
  });

  it('fires once when two devices mark it at once', () => {
    const a = freshUser();
    const id = setReminder(a, { spaceId: 's1', cardId: 'c1', title: 'A', at: T0 }, ctx);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    markReminderFired(a, { reminderId: id }, ctxOf('alice', T0 + 1));
    markReminderFired(b, { reminderId: id }, ctxOf('alice', T0 + 2));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readUser(a).reminders[id]?.firedAt).toBe(readUser(b).reminders[id]?.firedAt);
    expect(dueReminders(readUser(a).reminders, T0 + 10)).toEqual([]);
  });

  it('refuses bad input and unknown reminders without writing', () => {
    const doc = freshUser();
    expectRefused(doc, 'invalid_input', () =>
      setReminder(doc, { spaceId: 's1', cardId: 'c1', title: 'A', at: -5 }, ctx),
    );
    expectRefused(doc, 'invalid_input', () =>
      setReminder(doc, { spaceId: 'not an id', cardId: 'c1', title: 'A', at: T0 }, ctx),
    );
    expectRefused(doc, 'invalid_input', () =>
      setReminder(doc, { spaceId: 's1', cardId: 'c1', title: 'x'.repeat(501), at: T0 }, ctx),
    );
    expectRefused(doc, 'unknown_reminder', () => clearReminder(doc, { reminderId: 'nope' }, ctx));
    expectRefused(doc, 'unknown_reminder', () => markReminderFired(doc, { reminderId: 'nope' }, ctx));
  });
});
