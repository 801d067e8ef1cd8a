// Which cards a Time Chart is drawn for: all of a space's cards, or those a filter picks by label,
// responsible person and text. The flow library is fed the picked cards and only their history, so every
// chart, table and percentile describes that subset as if it were the whole space.
import type { Card, HistoryEvent } from '../../../domain/index.ts';

export interface CardFilter {
  /** Label ids; a card matches when it has any of them. Empty: any labels. */
  labels: string[];
  /** User id of the responsible person; null: anyone. */
  responsible: string | null;
  /** Words that the title or the notes must contain, ignoring case; empty: any text. */
  text: string;
}

export const NO_FILTER: CardFilter = { labels: [], responsible: null, text: '' };

/** The longest filter text kept: enough for a phrase, short enough for an address. */
export const FILTER_TEXT_MAX = 200;

export function isFiltering(filter: CardFilter): boolean {
  return filter.labels.length > 0 || filter.responsible !== null || filter.text.trim() !== '';
}

/** Whether `card` is one the filter picks. */
export function cardMatches(
  card: Pick<Card, 'title' | 'notes' | 'labels' | 'responsible'>,
  filter: CardFilter,
): boolean {
  if (filter.labels.length > 0 && !filter.labels.some((label) => card.labels.includes(label))) return false;
  if (filter.responsible !== null && card.responsible !== filter.responsible) return false;
  const text = filter.text.trim().toLocaleLowerCase();
  if (text === '') return true;
  const haystack = `${card.title}\n${card.notes}`.toLocaleLowerCase();
  return text.split(/\s+/).every((word) => haystack.includes(word));
}

/** The cards `filter` picks and the history events of those cards only. */
export function filterSpace<C extends Pick<Card, 'id' | 'title' | 'notes' | 'labels' | 'responsible'>>(
  cards: readonly C[],
  history: readonly HistoryEvent[],
  filter: CardFilter,
): { cards: readonly C[]; history: readonly HistoryEvent[] } {
  if (!isFiltering(filter)) return { cards, history };
  const kept = cards.filter((card) => cardMatches(card, filter));
  const ids = new Set(kept.map((card) => card.id));
  return { cards: kept, history: history.filter((event) => ids.has(event.card)) };
}

/**
 * `filter` without the labels this space does not have (deleted, or a link from another space), with a
 * sentence for each left out; archived labels still filter, as old cards carry them.
 */
export function withKnownLabels(
  filter: CardFilter,
  labels: Readonly<Record<string, unknown>>,
): { filter: CardFilter; problems: string[] } {
  const unknown = filter.labels.filter((id) => !Object.hasOwn(labels, id));
  if (unknown.length === 0) return { filter, problems: [] };
  return {
    filter: { ...filter, labels: filter.labels.filter((id) => Object.hasOwn(labels, id)) },
    problems: unknown.map((id) => `The label "${id}" is not in this space and is left out of the filter.`),
  };
}
