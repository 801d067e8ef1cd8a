import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { foldForSearch, searchWords } from '../../domain/index.ts';
import { cardPath, navigate, parseRoute, usePathname } from '../shell/route';
import { formatKeys, type Command } from './command';
import { useAllCommands, useSearchers } from './registry';
import { useCardsEverywhere } from './useCardsEverywhere';
import { useFocusTrap } from '../common/useFocusTrap';

/**
 * Every command by name, what the open views find for the words typed (the open space's cards), then the
 * cards of every other space found by the server: type to filter, arrows to choose, Enter to run, Escape
 * to close. Focus returns to where it was before.
 */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const commands = useAllCommands();
  const searchers = useSearchers();
  const [query, setQuery] = useState('');
  // The open space's cards come from its own searcher (live, offline too); the server is asked for the rest.
  const route = parseRoute(usePathname());
  const everywhere = useCardsEverywhere(query, route.name === 'space' ? route.spaceId : null);
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  // Modal like the dialogs, and opened over one as well: its trap pauses the dialog's until it closes.
  const box = useRef<HTMLDivElement>(null);
  const release = useFocusTrap(box);
  const returnFocus = useRef<Element | null>(null);

  useEffect(() => {
    // Kept from the first run: Strict Mode runs this twice, the second time with the focus in the palette.
    returnFocus.current ??= document.activeElement;
    input.current?.focus();
  }, []);

  const shown = useMemo(() => {
    const words = searchWords(query);
    const matching = commands.filter(
      (command) =>
        (!command.enabled || command.enabled()) &&
        words.every((word) => foldForSearch(command.label).includes(word)),
    );
    if (words.length === 0) return matching;
    // What was typed as a whole phrase ranks first: "archive this card" runs that, not "Show the archived
    // cards of this space", which holds the same words.
    const phrase = words.join(' ');
    const rank = (label: string) => {
      const text = foldForSearch(label);
      if (text === phrase) return 0;
      if (text.startsWith(phrase)) return 1;
      if (text.includes(phrase)) return 2;
      // Then a label that starts with the first word typed: "archive card" is "Archive this card" first.
      return text.startsWith(words[0]!) ? 3 : 4;
    };
    const ranked = matching
      .map((command, order) => ({ command, order, rank: rank(command.label) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map(({ command }) => command);
    // Commands first: "undo" should not have to scroll past every card titled "undone repair". The open
    // space's own cards next, as the open views find them (live, offline too), then the other spaces'.
    const local = searchers.flatMap((search) => search(words));
    const offered = new Set(local.map((command) => command.id));
    const elsewhere = everywhere.hits
      .map((hit): Command => ({
        id: `card:${hit.cardId}`,
        label: `Open card: ${hit.title} — ${hit.statusName} in ${hit.spaceName}`,
        perform: () => navigate(cardPath(hit.spaceId, hit.cardId)),
      }))
      .filter((command) => !offered.has(command.id));
    return [...ranked, ...local, ...elsewhere];
  }, [commands, searchers, query, everywhere.hits]);
  const current = Math.min(active, Math.max(0, shown.length - 1));

  const close = () => {
    release();
    onClose();
    if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
  };
  const run = (index: number) => {
    const command = shown[index];
    if (!command) return;
    release();
    onClose();
    if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
    command.perform();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((current + 1) % Math.max(1, shown.length));
    else if (event.key === 'ArrowUp') setActive((current - 1 + shown.length) % Math.max(1, shown.length));
    else if (event.key === 'Enter') run(current);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      className="palette-backdrop"
      onMouseDown={(event) => {
        // Not the browser's own handling of the press, which would move the focus given back to the body.
        event.preventDefault();
        close();
      }}
    >
      <div
        ref={box}
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
        onMouseDown={(event) => event.stopPropagation()}
      >
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={shown[current] ? `${listId}-${current}` : undefined}
          aria-label="Command"
          placeholder="Type a command…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
          {shown.map((command, index) => (
            <li
              key={command.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              onMouseEnter={() => setActive(index)}
              onClick={() => run(index)}
            >
              <span>{command.label}</span>
              {command.keys && <kbd>{formatKeys(command.keys)}</kbd>}
            </li>
          ))}
          {shown.length === 0 && everywhere.state !== 'searching' && (
            <li role="none" className="muted">
              Nothing matches.
            </li>
          )}
          {everywhere.state === 'done' && everywhere.more > 0 && (
            <li role="none" className="muted">
              {everywhere.more === 1 ? '1 more card' : `${everywhere.more} more cards`} in other spaces match:
              type more of the title to find them.
            </li>
          )}
          {everywhere.state === 'searching' && (
            <li role="none" className="muted">
              Searching the cards of every space…
            </li>
          )}
          {everywhere.state === 'failed' && (
            <li role="none" className="muted">
              Other spaces&rsquo; cards could not be searched: {everywhere.reason}
            </li>
          )}
          {everywhere.state === 'unreachable' && (
            <li role="none" className="muted">
              Other spaces&rsquo; cards can be searched once the server is reachable again.
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
