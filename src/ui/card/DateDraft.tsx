import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { DATE_INPUT_MAX, DATE_INPUT_MIN, fromDateInput, toDateInput } from './dateInput';

interface DateDraftProps {
  id: string;
  /** The saved date (epoch ms), live; null when there is none. */
  value: number | null;
  /** A start is saved as its day's first millisecond, a due date as its last. */
  edge: 'start' | 'end';
  describedBy?: string;
  /** Saves the date (null clears it); false when the card refused it (a start after the due date). */
  onSave: (ms: number | null) => boolean;
  /** Says why what was typed is not saved. */
  onRefuse: (message: string) => void;
  /** Told of a typed date (as the field holds it) the card refused as the field went (its panel closed). */
  onLost?: (typed: string) => void;
}

/**
 * A card's date field that saves a date once it is entered, not while it is typed. A browser's date field
 * reports a complete date at every keystroke that forms one — 12/3/2026 on the way to 12/31/2027, then the
 * years 2, 20 and 202 — and saving each would write them all to the card's history and its followers'
 * notifications, or refuse the year 2. So the field keeps what is typed until it is left or Enter is pressed,
 * and refuses, changing nothing, a date left half typed or outside 1970–9999. A whole date the card
 * refuses (a start after the due date) is not taken from the user: it stays in the field.
 */
export function DateDraft({ id, value, edge, describedBy, onSave, onRefuse, onLost }: DateDraftProps) {
  const [draft, setDraft] = useState<string | null>(null);
  // The draft is a date the card refused, kept in the field: the field says it is not saved.
  const [refused, setRefused] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  // Whether the draft is a date left half typed, as the field said at the last change.
  const halfTyped = useRef(false);
  // The saved date when this round of typing began: typing that ends where it began changes nothing, even
  // if a colleague saved another date meanwhile (theirs stays).
  const base = useRef(value);

  /** Ends this round of typing: `typed` is the field's value, '' also while some part is not filled in. */
  const settle = (typed: string, halfTyped: boolean) => {
    setDraft(null);
    setRefused(false);
    if (halfTyped) {
      // The field shows the saved date again.
      if (field.current) field.current.value = toDateInput(value);
      // A field reads as half typed for a date that does not exist (29 February 2027) too.
      onRefuse('Enter a whole date (day, month and year) that exists, or clear the field.');
      return;
    }
    if (typed === toDateInput(base.current) || typed === toDateInput(value)) return;
    // A field's year may have more than four digits; the card's dates stop at 9999.
    const ms = typed === '' ? null : fromDateInput(typed, edge);
    if (typed !== '' && (ms === null || typed < DATE_INPUT_MIN || typed > DATE_INPUT_MAX)) {
      onRefuse('Pick a date from 1970 to 9999.');
      return;
    }
    // A date the card refuses stays in the field, to be saved once it fits (the other date changed) —
    // when the field is left or Enter pressed again, or the panel closes — or to be corrected.
    if (onSave(ms)) return;
    // The field is going: what the panel would say goes with it, so it is said elsewhere.
    if (closing.current) onLost?.(typed);
    setDraft(typed);
    setRefused(true);
  };
  // Closing the panel with Escape removes the field without a blur: the date entered is saved then too.
  const latest = useRef({ settle, draft });
  latest.current = { settle, draft };
  const closing = useRef(false);
  useEffect(() => {
    // (Set again when React's development mode mounts the field a second time.)
    closing.current = false;
    return () => {
      const { settle: finish, draft: left } = latest.current;
      closing.current = true;
      if (left !== null) finish(left, halfTyped.current);
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    settle(event.currentTarget.value, event.currentTarget.validity.badInput);
  };
  return (
    <>
      <input
        id={id}
        ref={field}
        type="date"
        min={DATE_INPUT_MIN}
        max={DATE_INPUT_MAX}
        aria-describedby={describedBy}
        // Said with the field while a refused date waits in it (`aria-describedby` carries the refusal).
        aria-description={refused && draft !== null ? 'Not saved yet' : undefined}
        value={draft ?? toDateInput(value)}
        onChange={(event) => {
          if (draft === null) base.current = value;
          halfTyped.current = event.target.validity.badInput;
          setDraft(event.target.value);
        }}
        onBlur={(event) => {
          // A part typed into an empty field changes nothing the page hears of, so the field itself is asked.
          if (draft !== null || event.target.validity.badInput)
            settle(event.target.value, event.target.validity.badInput);
        }}
        onKeyDown={onKeyDown}
      />
      {refused && draft !== null && <span className="hint">Not saved yet</span>}
    </>
  );
}
