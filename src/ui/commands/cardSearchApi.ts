import { request } from '../api';

/** A card found in any space of the user's workspaces (`GET /api/cards/search`). */
export interface CardHit {
  spaceId: string;
  spaceName: string;
  cardId: string;
  title: string;
  statusName: string;
}

/**
 * The unarchived cards whose title holds every word of `query`, best matches first, leaving out the space
 * `exclude` (the open one, whose cards the palette finds itself).
 */
export async function searchCardsEverywhere(query: string, exclude: string | null): Promise<CardHit[]> {
  const params = new URLSearchParams({ q: query });
  if (exclude !== null) params.set('exclude', exclude);
  return (await request<{ cards: CardHit[] }>('GET', `/api/cards/search?${params.toString()}`)).cards;
}
