import { request } from '../api';

/** A card found in any space of the user's workspaces (`GET /api/cards/search`). */
export interface CardHit {
  spaceId: string;
  spaceName: string;
  cardId: string;
  title: string;
  statusName: string;
}

export interface CardHits {
  /** The best matches, best first. */
  cards: CardHit[];
  /** How many more cards match than were sent. */
  more: number;
}

/**
 * The unarchived cards whose title holds every word of `query`, best matches first (open work before
 * finished among equal ones), leaving out the space `exclude` (the open one, whose cards the palette finds
 * itself).
 */
export async function searchCardsEverywhere(query: string, exclude: string | null): Promise<CardHits> {
  const params = new URLSearchParams({ q: query });
  if (exclude !== null) params.set('exclude', exclude);
  const found = await request<{ cards: CardHit[]; more?: number }>(
    'GET',
    `/api/cards/search?${params.toString()}`,
  );
  return { cards: found.cards, more: found.more ?? 0 };
}
