import { useId, useState, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react';
import { completeMention, mentionAt, suggestPeople } from './mentionQuery';

/**
 * The people to mention while a comment is written: typing `@` and the start of a name offers the names
 * that fit, in a list under the field; ArrowDown/ArrowUp choose, Enter or Tab completes the name, Escape
 * puts the list away (and stops there, so the card panel stays open); a click completes too. What the
 * field needs is returned as props, and the list as an element to place after it.
 */
export function useMentionSuggestions(
  draft: string,
  setDraft: (text: string) => void,
  people: Readonly<Record<string, string>>,
  field: RefObject<HTMLTextAreaElement | null>,
) {
  const listId = useId();
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  // The `@` whose list the writer put away with Escape: it stays away until another `@` is typed.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const mention = caret === null ? null : mentionAt(draft, caret);
  const fitting = mention && mention.start !== dismissedAt ? suggestPeople(people, mention.query) : [];
  // A name typed out in full needs no list: Enter then sends the comment, as it always does.
  const typed = mention?.query.toLowerCase() ?? '';
  const options = fitting.some((person) => person.name.toLowerCase() === typed) ? [] : fitting;
  const open = options.length > 0;
  const current = open ? Math.min(active, options.length - 1) : -1;

  const pick = (name: string) => {
    if (!mention || caret === null) return;
    const done = completeMention(draft, mention.start, caret, name);
    setDraft(done.text);
    setCaret(done.caret);
    setActive(0);
    requestAnimationFrame(() => {
      field.current?.focus();
      field.current?.setSelectionRange(done.caret, done.caret);
    });
  };

  /** Follows the caret, which decides whether a mention is being typed. */
  const track = (event: SyntheticEvent<HTMLTextAreaElement>) => setCaret(event.currentTarget.selectionStart);

  /** Handles the list's keys; true when the key was the list's (the field then does nothing else). */
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open || !mention) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
      pick(options[current]!.name);
    } else if (event.key === 'Escape') {
      setDismissedAt(mention.start);
      event.stopPropagation();
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  };

  const optionId = (index: number) => `${listId}-${index}`;
  const fieldProps = {
    'aria-autocomplete': 'list' as const,
    'aria-controls': open ? listId : undefined,
    'aria-activedescendant': open ? optionId(current) : undefined,
    onSelect: track,
    onClick: track,
  };
  const list = open ? (
    <ul className="mention-suggestions" role="listbox" id={listId} aria-label="People to mention">
      {options.map((person, index) => (
        <li
          key={person.id}
          id={optionId(index)}
          role="option"
          aria-selected={index === current}
          // Chosen on press, before the field loses focus.
          onMouseDown={(event) => {
            event.preventDefault();
            pick(person.name);
          }}
        >
          {person.name}
        </li>
      ))}
    </ul>
  ) : null;

  return { fieldProps, onKeyDown, track, list };
}
