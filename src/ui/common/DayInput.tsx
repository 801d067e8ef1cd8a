import { useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';

type DayInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'> & {
  /** The day in force, `YYYY-MM-DD`, or '' for none. */
  value: string;
  /** Called with a whole day of the years 1970–9999, or '' when the field is cleared. */
  onChange: (day: string) => void;
};

/**
 * Whether a key pressed in a date field changes its date: a character, a deletion, or stepping a part up or
 * down. Left and Right only go from part to part, and Alt+Down opens the browser's calendar.
 */
function editsTheDate(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  return event.key.length === 1 || ['Backspace', 'Delete', 'ArrowUp', 'ArrowDown'].includes(event.key);
}

/** A whole day in the years a board's dates can have (1970–9999). */
const PLAUSIBLE_DAY = /^(19[7-9]\d|[2-9]\d{3})-\d{2}-\d{2}$/;

/**
 * A date field for settings and filters that takes a typed day once it is entered, not every date on the
 * way to it. A browser's date field reports a complete date at each keystroke that forms one (the month
 * typed before the day, then the years 2, 20 and 202), and applying each rewrote the page's address, and a
 * date the page then corrected (a start after the end) was put back into the field under the typing
 * fingers. So what is typed stays in the field until Enter or leaving the field, and applies then if it is a
 * whole day of 1970–9999; otherwise the field shows the day in force again, as Escape does at once. A day
 * picked from the browser's calendar (no key that edits pressed in the field since) applies at once.
 */
export function DayInput({ value, onChange, onBlur, onKeyDown, ...rest }: DayInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  // Whether a key was pressed in the field since the last day applied: the change comes from typing.
  const typing = useRef(false);

  const apply = (field: HTMLInputElement) => {
    typing.current = false;
    setDraft(null);
    const typed = field.value;
    // A field with some parts filled in and others not reads as '', with `badInput` set.
    const cleared = typed === '' && !field.validity.badInput;
    if ((cleared || PLAUSIBLE_DAY.test(typed)) && typed !== value) onChange(typed);
    // React leaves a field alone whose value it last set is the one in force: put it back by hand.
    else if (typed !== value) field.value = value;
  };
  return (
    <input
      {...rest}
      type="date"
      value={draft ?? value}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          apply(event.currentTarget);
        } else if (event.key === 'Escape' && (typing.current || draft !== null)) {
          // Escape takes back what was typed (and only that: a dialog around closes on the next one).
          event.stopPropagation();
          typing.current = false;
          setDraft(null);
          event.currentTarget.value = value;
        } else if (editsTheDate(event)) {
          typing.current = true;
        }
        onKeyDown?.(event);
      }}
      // A click (on the calendar button, say) is no typing: what it picks applies at once.
      onPointerDown={() => (typing.current = false)}
      onChange={(event) => {
        if (typing.current) setDraft(event.target.value);
        else apply(event.target);
      }}
      onBlur={(event) => {
        if (typing.current || draft !== null) apply(event.target);
        onBlur?.(event);
      }}
    />
  );
}
