import { isId } from '../../domain/index.ts';

/**
 * Marks the card whose panel is open where the space draws it, so the eye finds it beside the panel. A
 * style rule rather than a prop: every drawn card would re-render at each open and close, and a long
 * column draws the card only once it is scrolled to, when the rule finds it.
 */
export function OpenCardMark({ cardId }: { cardId: string }) {
  // An id from the address: only a well-formed one goes into the rule (nothing in it ends the value).
  if (!isId(cardId)) return null;
  return (
    <style>{`.space-body .card[data-card-id="${cardId}"] { border-color: var(--accent); box-shadow: inset 0 0 0 1px var(--accent); }`}</style>
  );
}
