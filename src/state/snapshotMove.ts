import type { SpaceStore } from './spaceStore.ts';

/** A card dropped while the space loads: where to, and the order its column then has. */
export interface SnapshotMove {
  cardId: string;
  toStatusId: string;
  /** The card ids of the column it went to, top to bottom, the card among them. */
  order: readonly string[];
}

/**
 * Shows a card moved while the space loads where it was dropped, on the board snapshot the store holds
 * then (`historyLength` -1). The move itself waits for the document and runs once it is loaded
 * (`sync/spaceActions.ts`), when the loaded document replaces the whole state; until then the card went
 * back to where it was, and its drop was announced there. Nothing once the store follows the document.
 */
export function showMoveOnSnapshot(store: SpaceStore, move: SnapshotMove): void {
  const state = store.getState();
  const card = state.cards[move.cardId];
  if (state.historyLength >= 0 || card === undefined) return;
  const from = card.pos.statusId;
  const columns = { ...state.columns, [move.toStatusId]: [...move.order] };
  if (from !== move.toStatusId) {
    const left = (state.columns[from] ?? []).filter((id) => id !== move.cardId);
    // A column without cards has no entry (`SpaceState.columns`).
    if (left.length > 0) columns[from] = left;
    else delete columns[from];
  }
  store.setState({
    cards: { ...state.cards, [move.cardId]: { ...card, pos: { ...card.pos, statusId: move.toStatusId } } },
    cardsVersion: state.cardsVersion + 1,
    columns,
  });
}
