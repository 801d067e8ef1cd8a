/**
 * A personal reminder: "remind me about this card at this time", kept in the user's own document (DESIGN
 * §2) so nobody else sees it and it works offline. One reminder per card: setting another time replaces
 * it. `firedAt` is set once the app has shown it, so it fires exactly once, on whichever device is open
 * first at or after `at` — also long after, when no device was open at the time.
 */
import { z } from 'zod';
import { msOrNull, str, type YRecord } from '../schema.ts';
import { epochMsSchema, idSchema } from './common.ts';
import { TITLE_MAX } from './card.ts';

export const reminderSchema = z.object({
  id: idSchema,
  spaceId: idSchema,
  cardId: idSchema,
  /** The card's title when the reminder was set, to name it without opening the space. */
  title: z.string().max(TITLE_MAX),
  /** When to remind, epoch ms. */
  at: epochMsSchema,
  /** When it was shown, epoch ms; null while it is still to come. */
  firedAt: epochMsSchema.nullable(),
});
export type Reminder = z.infer<typeof reminderSchema>;

/** Plain snapshot of one reminder record. */
export function readReminder(yReminder: YRecord, id: string): Reminder {
  return {
    id,
    spaceId: str(yReminder, 'spaceId'),
    cardId: str(yReminder, 'cardId'),
    title: str(yReminder, 'title'),
    at: msOrNull(yReminder, 'at') ?? 0,
    firedAt: msOrNull(yReminder, 'firedAt'),
  };
}

/** The reminders due at `now` (epoch ms) that have not fired, oldest first. */
export function dueReminders(reminders: Readonly<Record<string, Reminder>>, now: number): Reminder[] {
  return Object.values(reminders)
    .filter((reminder) => reminder.firedAt === null && reminder.at <= now)
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The reminder set on a card, if any. */
export function reminderOfCard(
  reminders: Readonly<Record<string, Reminder>>,
  spaceId: string,
  cardId: string,
): Reminder | undefined {
  return Object.values(reminders).find((r) => r.spaceId === spaceId && r.cardId === cardId);
}
