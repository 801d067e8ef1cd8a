import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Card } from '../../domain/index.ts';
import type { SpaceActions } from '../../sync/index.ts';
import type { RunWrite } from './panelTypes';

interface BlockerFieldProps {
  card: Card;
  actions: SpaceActions;
  run: RunWrite;
  personName: (id: string) => string;
}

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Marks the card blocked with a reason, or shows who blocked it when and why, with the way to clear it. */
export function BlockerField({ card, actions, run, personName }: BlockerFieldProps) {
  const [reason, setReason] = useState('');
  const id = useId();
  const cardId = card.id;
  const blocked = card.blocker !== null;
  // Setting or clearing swaps the controls; the one that replaced what the user just used gets the focus.
  const focusNext = useRef(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const reasonField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    (blocked ? removeButton : reasonField).current?.focus();
  }, [blocked]);
  const block = (event: FormEvent) => {
    event.preventDefault();
    focusNext.current = true;
    if (run('mark the card blocked', () => actions.setBlocker({ cardId, reason }))) setReason('');
    else focusNext.current = false;
  };
  if (card.blocker !== null) {
    const { reason: why, by, at } = card.blocker;
    return (
      <div className="field">
        <p className="blocker-note" role="status">
          <strong>Blocked:</strong> {why}
          <br />
          <span>
            by {personName(by)} · {WHEN.format(at)}
          </span>
        </p>
        <div className="comment-actions">
          <button
            type="button"
            ref={removeButton}
            onClick={() => {
              focusNext.current = true;
              if (!run('remove the blocker', () => actions.setBlocker({ cardId, reason: null })))
                focusNext.current = false;
            }}
          >
            Remove blocker
          </button>
        </div>
      </div>
    );
  }
  return (
    <form className="field" onSubmit={block}>
      <label htmlFor={`${id}-reason`}>Blocker</label>
      <div className="card-inline-form">
        <input
          ref={reasonField}
          id={`${id}-reason`}
          placeholder="What is it waiting for?"
          value={reason}
          maxLength={500}
          onChange={(event) => setReason(event.target.value)}
        />
        <button type="submit">Mark blocked</button>
      </div>
    </form>
  );
}
