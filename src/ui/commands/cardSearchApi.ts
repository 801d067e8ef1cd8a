import { request } from '../api';

/** A card found in any space of the user's workspaces (`GET /api/cards/search`). */
export interface CardHit {
  spaceId: string;
  spaceName: string;
  cardId: string;
  title: string;
  statusName: string;
}

/** The unarchived cards whose title holds every word of `query`, best matches first. */
export async function searchCardsEverywhere(query: string): Promise<CardHit[]> {
  const params = new URLSearchParams({ q: query });
  return (await request<{ cards: CardHit[] }>('GET', `/api/cards/search?${params.toString()}`)).cards;
}
