/**
 * Which card of a column's list the keyboard has or would come to: the card that has the focus (a long
 * column keeps it drawn), and the first card in view of a short list its user scrolled (Tab stops there).
 */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';

/**
 * The id of the first card in view (at least half of it) of a short list its user scrolled (undefined at
 * its top), so that Tab into a list where no card was focused yet stops at a card in view, as in a long
 * list, rather than scrolling it back up to the first card. Read a frame after a scroll, and again when
 * the cards change; the cards' offsets are the list's own (it is their containing block).
 */
export function useFirstCardInView(
  list: RefObject<HTMLUListElement | null>,
  ids: readonly string[],
): string | undefined {
  const [first, setFirst] = useState<string | undefined>(undefined);
  const read = useCallback(() => {
    const element = list.current;
    if (element === null) return;
    const top = element.scrollTop;
    const cards = element.querySelectorAll<HTMLElement>(':scope > [data-card-id]');
    const shown = [...cards].find((card) => card.offsetTop + card.offsetHeight / 2 >= top);
    setFirst(top <= 0 ? undefined : shown?.dataset.cardId);
  }, [list]);
  useEffect(() => {
    const element = list.current;
    if (element === null) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(read);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      element.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [list, read]);
  // After the change is drawn: reading the layout sooner would force it inside the change's own script
  // (a drop's, say).
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(read, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [read, ids]);
  return first;
}

/**
 * The id of the card of `ids` that has the focus. Kept while the page has it no longer (another window
 * is in front: the card is still the page's focused element); cleared once the focus is anywhere else,
 * or the card has left the list (moved, archived).
 */
export function useFocusedCard(
  list: RefObject<HTMLUListElement | null>,
  ids: readonly string[],
): string | null {
  const [focused, setFocused] = useState<string | null>(null);
  const gone = useMemo(() => focused !== null && !ids.includes(focused), [focused, ids]);
  useEffect(() => {
    if (gone) setFocused(null);
  }, [gone]);
  useEffect(() => {
    const element = list.current;
    if (element === null) return;
    const onFocusIn = (event: FocusEvent) => {
      const card =
        event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-card-id]') : null;
      setFocused(card?.parentElement === element ? (card.dataset.cardId ?? null) : null);
    };
    // Read once the focus has settled: a focus moving within the list is taken by `onFocusIn` first.
    const onFocusOut = () =>
      queueMicrotask(() => {
        if (!element.contains(document.activeElement)) setFocused(null);
      });
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [list]);
  return focused;
}
