import { useContext, useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { reminderOfCard, type Reminder } from '../../domain/index.ts';
import { bindUserActions, openUser } from '../../sync/index.ts';
import { CurrentUserContext } from '../shell/currentUser';
import { PoolContext } from '../shell/pool';
import { useOpenDocument } from '../shell/useOpenDocument';
import type { DocumentPool } from '../../sync/index.ts';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const pad = (n: number) => String(n).padStart(2, '0');

/** Epoch ms as a `datetime-local` value in the browser's time zone. */
function toLocalInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

interface ReminderFieldProps {
  spaceId: string;
  cardId: string;
  title: string;
}

/**
 * "Remind me" at a date and time: a personal reminder kept in the user's own document (so it works
 * offline and nobody else sees it), shown in the notification centre when it is due.
 */
export function ReminderField(props: ReminderFieldProps) {
  const user = useContext(CurrentUserContext);
  const pool = useContext(PoolContext);
  // Outside the signed-in app (a component test of the panel) there is no user document.
  if (!user || !pool) return null;
  return <ReminderFieldOpen {...props} userId={user.id} pool={pool} />;
}

function ReminderFieldOpen({
  spaceId,
  cardId,
  title,
  userId,
  pool,
}: ReminderFieldProps & { userId: string; pool: DocumentPool }) {
  const opened = useOpenDocument(pool, userId, openUser);
  const actions = useMemo(() => (opened ? bindUserActions(opened.handle, userId) : null), [opened, userId]);
  const store = opened?.store ?? null;
  const reminder = useSyncExternalStore(
    (onChange) => (store ? store.subscribe(onChange) : () => {}),
    (): Reminder | undefined =>
      store ? reminderOfCard(store.getState().reminders, spaceId, cardId) : undefined,
  );
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const inputId = useId();
  useEffect(() => setValue(reminder ? toLocalInput(reminder.at) : ''), [reminder]);

  const set = () => {
    const at = new Date(value).getTime();
    if (!actions || value === '' || Number.isNaN(at)) {
      setError('Choose the date and time to be reminded at.');
      return;
    }
    try {
      actions.setReminder({ spaceId, cardId, title, at });
      setError(null);
      // Allowed (a reminder "now" is a quick way to keep a card in view), but said, so it is not a slip.
      setNotice(at <= Date.now() ? 'That time has passed, so the reminder shows now.' : null);
    } catch (caught) {
      setError(`Could not set the reminder: ${caught instanceof Error ? caught.message : 'unknown error'}`);
    }
  };
  const clear = () => {
    if (!actions || !reminder) return;
    try {
      actions.clearReminder({ reminderId: reminder.id });
    } catch {
      // Already cleared on another device.
    }
  };

  return (
    <div className="field card-reminder">
      <label htmlFor={inputId}>Reminder time</label>
      <div className="row">
        <input
          id={inputId}
          type="datetime-local"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="button" onClick={set} disabled={!actions}>
          Remind me
        </button>
      </div>
      {reminder && (
        <p className="muted">
          {reminder.firedAt === null ? 'Reminds you' : 'Reminded you'} {WHEN.format(reminder.at)}{' '}
          <button type="button" className="link" onClick={clear}>
            Clear reminder
          </button>
        </p>
      )}
      <p className="muted reminder-notice" role="status">
        {notice}
      </p>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
