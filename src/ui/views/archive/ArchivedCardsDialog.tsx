import { useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { type SpaceLoadStore, type SpaceStore, useAllCards } from '../../../state/index.ts';
import type { SpaceActions } from '../../../sync/index.ts';
import { FormError } from '../../common/FormError';
import { ModalDialog } from '../../common/ModalDialog';
import { ReadOnlyContext } from '../../common/readOnly';
import { LIST_DIALOG_CLASSES } from '../lists/listDialog';

/** Rows shown at first and added by "Show more": a space archives thousands of cards over the years. */
const PAGE = 50;

interface ArchivedCardsDialogProps {
  spaceName: string;
  store: SpaceStore;
  /** Whether the store shows the document yet: a board snapshot holds no archived cards. */
  load: SpaceLoadStore;
  actions: Pick<SpaceActions, 'archiveCard'>;
  /** Opens a card's panel (the dialog closes first). */
  openCard: (cardId: string) => void;
  onClose: () => void;
  returnFocus?: HTMLElement | null;
}

/**
 * The space's archived cards, found by title: each opens in its panel (where its history still reads) and
 * goes back to its column with Restore. Visitors see the list without Restore.
 */
export function ArchivedCardsDialog({
  spaceName,
  store,
  load,
  actions,
  openCard,
  onClose,
  returnFocus,
}: ArchivedCardsDialogProps) {
  const readOnly = useContext(ReadOnlyContext);
  const cards = useAllCards(store);
  const loading = useStore(load) !== 'live';
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const [error, setError] = useState<string | null>(null);
  const searchId = useId();
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => search.current?.focus(), []);

  const archived = useMemo(
    () =>
      Object.values(cards)
        .filter((card) => card.archived)
        .sort((a, b) => a.title.localeCompare(b.title)),
    [cards],
  );
  const words = query.trim().toLowerCase();
  const matching = useMemo(
    () => (words === '' ? archived : archived.filter((card) => card.title.toLowerCase().includes(words))),
    [archived, words],
  );

  const restore = (cardId: string, title: string) => {
    try {
      actions.archiveCard({ cardId, archived: false });
      setError(null);
      // The row goes away with the card; the search field keeps the focus for the next one.
      search.current?.focus();
    } catch (caught) {
      setError(`Could not restore “${title}”: ${caught instanceof Error ? caught.message : 'unknown error'}`);
    }
  };

  return (
    <ModalDialog
      title={`Archived cards in ${spaceName}`}
      onClose={onClose}
      returnFocus={returnFocus}
      classes={LIST_DIALOG_CLASSES}
    >
      <label htmlFor={searchId}>Find an archived card</label>
      <input
        id={searchId}
        ref={search}
        type="search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setShown(PAGE);
        }}
      />
      <FormError message={error} />
      <p className="muted" role="status">
        {loading
          ? 'Loading the archived cards…'
          : matching.length === archived.length
            ? `${archived.length} archived ${archived.length === 1 ? 'card' : 'cards'}`
            : `${matching.length} of ${archived.length} archived cards match`}
      </p>
      <ul className="label-list" aria-label="Archived cards">
        {matching.slice(0, shown).map((card) => (
          <li key={card.id} className="label-row">
            <button
              type="button"
              className="link label-name"
              onClick={() => {
                onClose();
                openCard(card.id);
              }}
            >
              {card.title}
            </button>
            {!readOnly && (
              <button
                type="button"
                aria-label={`Restore ${card.title}`}
                onClick={() => restore(card.id, card.title)}
              >
                Restore
              </button>
            )}
          </li>
        ))}
      </ul>
      {matching.length > shown && (
        <button type="button" onClick={() => setShown((count) => count + PAGE)}>
          Show more ({matching.length - shown} left)
        </button>
      )}
    </ModalDialog>
  );
}
