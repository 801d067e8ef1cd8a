import { useContext, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  cardDateWarnings,
  relationsOfCard,
  searchWords,
  TITLE_ORDER,
  type Card,
  type RelationRole,
} from '../../domain/index.ts';
import { useSpaceStore, type SpaceStore, useAllCards } from '../../state/index.ts';
import type { SpaceActions } from '../../sync/index.ts';
import type { Command } from '../commands/command';
import { useCommands } from '../commands/registry';
import { announce } from '../common/announce';
import { appLinkClick } from '../common/appLink';
import { matchingCards } from '../common/cardMatches';
import { ReadOnlyContext } from '../common/readOnly';
import { cardPath, mySpaceCardPath, parseRoute, usePathname } from '../shell/route';
import type { RunWrite } from './panelTypes';
import { ROLE_LABELS, ROLES, relationFor, warningText } from './relationWords';

/** Cards the "Card to link" list holds at most: a longer one is found by title, not scrolled through. */
export const MAX_LINK_CHOICES = 200;

/**
 * The cards `cardId` could be linked to: every other live card not related to it yet (two cards have at
 * most one relation), those whose titles hold the words of `query` when it has any (best matches first),
 * else all in reading order (ids break ties).
 */
function linkableCards(
  cards: Record<string, Card>,
  cardId: string,
  related: ReadonlySet<string>,
  query: string,
): Card[] {
  const offer = (card: Card) => !card.archived && card.id !== cardId && !related.has(card.id);
  const words = searchWords(query);
  if (words.length > 0) return matchingCards(Object.values(cards), words, offer);
  return Object.values(cards)
    .filter(offer)
    .sort((a, b) => TITLE_ORDER.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
}

interface RelationSectionProps {
  cardId: string;
  store: SpaceStore;
  actions: SpaceActions;
  run: RunWrite;
}

/**
 * The card's relations: its parent, children, previous and next cards as links that open them, the date
 * conflicts they have, and (for those who may edit) a remove button on each and a form that links another
 * card of the space.
 */
export function RelationSection({ cardId, store, actions, run }: RelationSectionProps) {
  const readOnly = useContext(ReadOnlyContext);
  const relations = useSpaceStore(store, (state) => state.relations);
  const cards = useAllCards(store);
  // While a board snapshot is shown (no history read yet), archived cards are not in the store.
  const loading = useSpaceStore(store, (state) => state.historyLength < 0);
  const spaceId = useSpaceStore(store, (state) => state.meta.id);
  const pathname = usePathname();
  const related = useMemo(() => relationsOfCard(relations, cardId), [relations, cardId]);
  const warnings = useMemo(() => cardDateWarnings(relations, cards, cardId), [relations, cards, cardId]);
  const [role, setRole] = useState<RelationRole>('child');
  const [other, setOther] = useState('');
  const [query, setQuery] = useState('');
  const relatedIds = useMemo(() => new Set(related.map((item) => item.other)), [related]);
  const choices = useMemo(
    () => linkableCards(cards, cardId, relatedIds, query),
    [cards, cardId, relatedIds, query],
  );
  // Typing in the search picks its best match, which Enter there links, as a search box's first answer;
  // a screen reader hears which card that is, as the select beside the field shows it. Done once the
  // render has ranked the cards for the new words (ranking a long space twice per keystroke shows).
  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current) return;
    typed.current = false;
    const searched = searchWords(query).length > 0;
    setOther(searched ? (choices[0]?.id ?? '') : '');
    if (!searched) return;
    if (choices.length === 0) announce('No card matches.');
    else {
      const count = choices.length === 1 ? 'One card matches' : `${choices.length} cards match`;
      announce(`${count}; Enter links “${choices[0]!.title}”.`);
    }
  }, [query, choices]);
  const listed = choices.slice(0, MAX_LINK_CHOICES);
  // The card chosen stays listed while the words change, so the select always shows it.
  const chosen = other === '' ? undefined : cards[other];
  if (chosen && !listed.includes(chosen)) listed.unshift(chosen);
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);
  const picker = useRef<HTMLSelectElement>(null);
  const kind = useRef<HTMLSelectElement>(null);
  // Keyboard first: the palette reaches the form, which then needs only Tab and arrows.
  const commands = useMemo<Command[]>(
    () =>
      readOnly
        ? []
        : [
            {
              id: 'card-link',
              label: 'Link this card to another card',
              perform: () => {
                kind.current?.scrollIntoView({ block: 'nearest' });
                kind.current?.focus();
              },
            },
          ],
    [readOnly],
  );
  useCommands(commands);

  const titleOf = (id: string) => {
    const card = cards[id];
    if (!card) return loading ? 'A card still loading' : 'A card no longer here';
    return card.archived ? `${card.title} (archived)` : card.title;
  };
  // A related card opens over the view the panel is on: the space's view, or MySpace.
  const hrefOf = (id: string) => {
    const route = parseRoute(pathname);
    if (route.name === 'myspace') return mySpaceCardPath(spaceId, id);
    return cardPath(spaceId, id, route.name === 'space' ? route.view : 'board');
  };

  const link = (event: FormEvent) => {
    event.preventDefault();
    if (other === '') {
      run('link the cards', () => {
        throw new Error('Choose the card to link.');
      });
      picker.current?.focus();
      return;
    }
    if (!run('link the cards', () => actions.addRelation(relationFor(role, cardId, other)))) return;
    setOther('');
    setQuery('');
  };
  const remove = (index: number) => {
    const item = related[index]!;
    if (!run('remove the relation', () => actions.removeRelation({ relationId: item.relation.id }))) return;
    // The item and its button are gone: focus moves to the next one's button, or the form.
    const next = related[index + 1] ?? related[index - 1];
    requestAnimationFrame(() => {
      // Matched by value rather than by a selector: ids need no escaping then (jsdom has no CSS.escape).
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button[data-relation]') ?? [];
      const target = next
        ? [...buttons].find((button) => button.dataset.relation === next.relation.id)
        : null;
      (target ?? picker.current)?.focus();
    });
  };

  return (
    <section className="card-section" aria-labelledby={headingId}>
      <div className="card-section-head">
        <h3 id={headingId}>Relations</h3>
        {related.length > 0 && <span className="muted">{related.length}</span>}
      </div>
      {related.length === 0 && <p className="muted">Not linked to other cards.</p>}
      {related.length > 0 && (
        <ul className="relation-list" aria-label="Related cards" ref={list}>
          {related.map(({ relation, role: itsRole, other: otherId }, index) => {
            const title = titleOf(otherId);
            const href = hrefOf(otherId);
            return (
              <li key={relation.id} className="relation-item">
                <span className="relation-role muted">{ROLE_LABELS[itsRole]}</span>
                <a href={href} onClick={appLinkClick(href)}>
                  {title}
                </a>
                {!readOnly && (
                  <button
                    type="button"
                    className="icon-button"
                    data-relation={relation.id}
                    aria-label={`Remove the link to “${title}”`}
                    onClick={() => remove(index)}
                  >
                    Remove
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="relation-warnings" aria-label="Date conflicts">
          {warnings.map((warning) => (
            <li key={`${warning.other}:${warning.conflict}`}>
              {warningText(warning, titleOf(warning.other))}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="card-inline-form relation-form" onSubmit={link}>
          <div className="relation-kind">
            <label htmlFor={`${headingId}-kind`}>Link as</label>
            <select
              ref={kind}
              id={`${headingId}-kind`}
              value={role}
              onChange={(event) => setRole(event.target.value as RelationRole)}
            >
              {ROLES.map((choice) => (
                <option key={choice} value={choice}>
                  {ROLE_LABELS[choice]}
                </option>
              ))}
            </select>
          </div>
          <input
            type="search"
            aria-label="Find a card to link"
            placeholder="Find by title"
            value={query}
            onChange={(event) => {
              typed.current = true;
              setQuery(event.target.value);
            }}
          />
          <select
            ref={picker}
            aria-label="Card to link"
            aria-describedby={choices.length > MAX_LINK_CHOICES ? `${headingId}-more` : undefined}
            value={other}
            onChange={(event) => setOther(event.target.value)}
          >
            <option value="">
              {choices.length > 0
                ? 'Choose a card…'
                : searchWords(query).length > 0
                  ? 'No card matches'
                  : 'No other card to link'}
            </option>
            {listed.map((card) => (
              <option key={card.id} value={card.id}>
                {card.title}
              </option>
            ))}
          </select>
          <button type="submit">Link</button>
          {choices.length > MAX_LINK_CHOICES && (
            <p id={`${headingId}-more`} className="muted relation-more">
              The first {MAX_LINK_CHOICES} of {choices.length.toLocaleString('en')} cards are listed: find one
              by its title.
            </p>
          )}
        </form>
      )}
    </section>
  );
}
