import { useEffect, type RefObject } from 'react';
import type { SpaceStore } from '../../../state/index.ts';
import type { SpaceActions } from '../../../sync/index.ts';
import { byData } from '../../common/byData';

/** How long a card someone else added or moved stays lit, ms: long enough to catch the eye, then gone. */
const SHOWN_MS = 1600;
/** Frames to look for a card not drawn yet once the store has it (a long column measures its cards first). */
const FRAMES = 4;

/**
 * Lights up, briefly, the cards someone else just added or moved (STYLE: "other people's moves … are shown
 * briefly so they are noticed"); one's own moves are not. Only drawn cards: one out of view in a long
 * column is not scrolled to. The light is a Web Animation on the card's element, so no React state
 * changes and no card renders again for it; a card lit again restarts its light.
 */
export function useOthersMovesShown(
  area: RefObject<HTMLElement | null>,
  store: SpaceStore,
  actions: SpaceActions,
): void {
  useEffect(() => {
    // A change arrives in the document before the store has it (remote changes are published a task
    // later): until then the card is still drawn where it was. Lit once the store has published it.
    let noted: string[] = [];
    const stopMoves = actions.onOthersCardMoves((cardIds) => noted.push(...cardIds));
    const stopStore = store.subscribe(() => {
      if (noted.length === 0) return;
      lightSoon(area, noted, FRAMES);
      noted = [];
    });
    return () => {
      stopMoves();
      stopStore();
    };
  }, [area, store, actions]);
}

function lightSoon(area: RefObject<HTMLElement | null>, cardIds: readonly string[], frames: number): void {
  requestAnimationFrame(() => {
    const root = area.current;
    if (root === null) return;
    const missing = cardIds.filter((cardId) => {
      const element = byData(root, 'cardId', cardId);
      if (element) light(element);
      return element === null;
    });
    if (missing.length > 0 && frames > 1) lightSoon(area, missing, frames - 1);
  });
}

function light(element: HTMLElement): void {
  for (const running of element.getAnimations()) if (running.id === 'others-move') running.cancel();
  const style = getComputedStyle(element);
  const accent = style.getPropertyValue('--accent').trim() || 'Highlight';
  // From the accent mixed into the card's own colour back to that colour: a glow that fades, no motion.
  const animation = element.animate(
    {
      backgroundColor: [`color-mix(in srgb, ${accent} 28%, ${style.backgroundColor})`, style.backgroundColor],
      boxShadow: [`0 0 0 2px ${accent}`, '0 0 0 2px transparent'],
    },
    { duration: SHOWN_MS, easing: 'ease-out' },
  );
  animation.id = 'others-move';
}
