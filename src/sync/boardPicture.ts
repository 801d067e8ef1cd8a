/**
 * What a board snapshot holds of a space's state: everything but its archived cards and what belongs to
 * them alone (their to-dos, comments and front badges). A snapshot paints the board while the document
 * loads, and the board shows live cards only; archived cards pile up over the years (the board bench's
 * space has as many as it has live ones), so a snapshot that carried them would grow with the space's
 * history rather than its board, and every cold open would download and parse them for nothing. They come
 * with the document, a second or two later, like the history. Relations stay whole: they are few, and a
 * live card's front counts them.
 */
import { SPACE_RECORD_KEYS, type SpaceState } from '../state/spaceStore.ts';

/** Keyed parts of a state that are small and always whole: a picture keeps them as they are. */
const SMALL_RECORDS = ['statuses', 'labels', 'fields', 'columns'] as const;

export type PictureKeyed = Exclude<(typeof SPACE_RECORD_KEYS)[number], (typeof SMALL_RECORDS)[number]>;

/** The collections keyed by id (cards and what hangs on them) that a picture may hold only in part. */
export const PICTURE_KEYED = SPACE_RECORD_KEYS.filter(
  (key): key is PictureKeyed => !(SMALL_RECORDS as readonly string[]).includes(key),
);

const isLiveCard = (state: SpaceState, cardId: string) => state.cards[cardId]?.archived === false;

/** Whether a board snapshot of `state` keeps record `id` (`record`) of collection `key`. */
export function inPicture(state: SpaceState, key: PictureKeyed, id: string, record: unknown): boolean {
  switch (key) {
    case 'cards':
      return isLiveCard(state, id);
    case 'todos':
    case 'comments':
      return isLiveCard(state, (record as { card: string }).card);
    case 'todoIds':
    case 'commentIds':
    case 'badges':
      return isLiveCard(state, id);
    case 'relations':
      return true;
  }
}

/** The board snapshot of `state`: a new state object sharing `state`'s records. */
export function boardPicture(state: SpaceState): SpaceState {
  const picture: SpaceState = { ...state };
  for (const key of PICTURE_KEYED) {
    const records = state[key] as Record<string, unknown>;
    const kept: Record<string, unknown> = {};
    for (const id in records) if (inPicture(state, key, id, records[id])) kept[id] = records[id];
    (picture as unknown as Record<PictureKeyed, unknown>)[key] = kept;
  }
  return picture;
}
