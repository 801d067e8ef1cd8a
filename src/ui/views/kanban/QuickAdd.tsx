import { useId, useRef, useState, type FormEvent } from 'react';
import { byData } from '../../common/byData';
import { FormError } from '../../common/FormError';
import { TITLE_MAX } from '../../../domain/index.ts';

interface QuickAddProps {
  statusId: string;
  statusName: string;
  onAdd: (title: string, position: 'top' | 'bottom') => void;
}

/**
 * Adds a card to a column by title alone. Enter or "Add" puts it at the bottom, "Top" at the top;
 * the field keeps (or, after a button, gets back) the focus so several cards can be typed in a row.
 */
export function QuickAdd({ statusId, statusName, onAdd }: QuickAddProps) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const field = useRef<HTMLInputElement>(null);

  const add = (position: 'top' | 'bottom') => {
    const trimmed = title.trim();
    // A button pressed with the mouse took the focus: the next title is typed in the field.
    field.current?.focus({ preventScroll: true });
    if (!trimmed) {
      setError('Type a title first.');
      return;
    }
    try {
      onAdd(trimmed, position);
      setTitle('');
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The card could not be added.');
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    add('bottom');
  };

  return (
    <form className="quick-add" onSubmit={onSubmit} aria-label={`Add a card to ${statusName}`}>
      <label htmlFor={inputId} className="visually-hidden">
        New card in {statusName}
      </label>
      <input
        ref={field}
        id={inputId}
        data-quick-add={statusId}
        value={title}
        placeholder="New card…"
        maxLength={TITLE_MAX}
        onChange={(event) => setTitle(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          // Escape drops what was typed and, when "Add a card" brought the user here from a card, goes back
          // to that card.
          const field = event.currentTarget;
          setTitle('');
          setError(null);
          const from = field.dataset.returnTo;
          delete field.dataset.returnTo;
          const card = from ? byData(document, 'cardId', from) : null;
          if (card) {
            event.stopPropagation();
            card.focus();
          }
        }}
      />
      {title.length >= TITLE_MAX && (
        // The field stops at the limit, and a longer paste is cut there: say so rather than cut silently.
        <p className="muted field-limit" role="status">
          A title holds at most {TITLE_MAX} characters; anything beyond is left out.
        </p>
      )}
      <div className="quick-add-buttons">
        <button type="submit" aria-label={`Add card to ${statusName}`}>
          Add
        </button>
        <button type="button" aria-label={`Add card to top of ${statusName}`} onClick={() => add('top')}>
          Top
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}
