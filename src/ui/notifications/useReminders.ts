import { useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { dueReminders, type Reminder } from '../../domain/index.ts';
import type { UserStore } from '../../state/index.ts';
import { bindUserActions, openUser, type UserActions } from '../../sync/index.ts';
import { CurrentUserContext } from '../shell/currentUser';
import { usePool } from '../shell/pool';
import { cardPath, navigate } from '../shell/route';
import { useOpenDocument } from '../shell/useOpenDocument';
import { showBrowserNotification } from './browserNotification.ts';

/** Longest wait `setTimeout` keeps exact; a later reminder is looked at again after this, in ms. */
const MAX_WAIT_MS = 2 ** 31 - 1;

export interface RemindersState {
  /** Reminders that have fired and are not dismissed yet, newest first: the centre lists them. */
  fired: Reminder[];
  /** The user-document writes, once the document is open. */
  actions: UserActions | null;
}

/**
 * Fires the signed-in user's personal reminders: each one due is marked fired in the user's document (so
 * it fires once, on one device) and announced by a browser notification where the user allowed them. A
 * reminder whose time passed while the app was closed fires as soon as the document is open again.
 */
export function useReminders(): RemindersState {
  const user = useContext(CurrentUserContext);
  const pool = usePool();
  const opened = useOpenDocument(pool, user?.id ?? null, openUser);
  const actions = useMemo(
    () => (opened && user ? bindUserActions(opened.handle, user.id) : null),
    [opened, user],
  );
  return useFiring(opened?.store ?? null, actions);
}

function useFiring(store: UserStore | null, actions: UserActions | null): RemindersState {
  const reminders = useRemindersOf(store);
  // Bumped by the timer of the next reminder, so the check below runs again at its time.
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!actions) return;
    const now = Date.now();
    for (const reminder of dueReminders(reminders, now)) {
      try {
        actions.markReminderFired({ reminderId: reminder.id });
        showBrowserNotification(`Reminder: ${reminder.title || 'a card'}`, reminder.id, () =>
          navigate(cardPath(reminder.spaceId, reminder.cardId)),
        );
      } catch {
        // Removed meanwhile on another device: nothing to fire.
      }
    }
    const next = Object.values(reminders)
      .filter((reminder) => reminder.firedAt === null && reminder.at > now)
      .reduce((soonest, reminder) => Math.min(soonest, reminder.at), Number.POSITIVE_INFINITY);
    if (next === Number.POSITIVE_INFINITY) return;
    const timer = setTimeout(() => setTick((n) => n + 1), Math.min(next - now, MAX_WAIT_MS));
    return () => clearTimeout(timer);
  }, [reminders, actions, tick]);
  const fired = useMemo(
    () =>
      Object.values(reminders)
        .filter((reminder) => reminder.firedAt !== null)
        .sort((a, b) => b.at - a.at),
    [reminders],
  );
  return { fired, actions };
}

const NONE: Record<string, Reminder> = {};

/** The reminders of the user's store, or none while the document is still opening. */
function useRemindersOf(store: UserStore | null): Record<string, Reminder> {
  const subscribe = useCallback(
    (onChange: () => void) => (store ? store.subscribe(onChange) : () => {}),
    [store],
  );
  // The bridge replaces the collection only when a reminder changed, so the snapshot is stable.
  return useSyncExternalStore(subscribe, () => store?.getState().reminders ?? NONE);
}
