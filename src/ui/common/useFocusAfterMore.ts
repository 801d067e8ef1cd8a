import { useEffect, useState, type RefObject } from 'react';

/**
 * Focus for a list's "show more" buttons, which go away once pressed or once nothing more is left (a
 * focused element removed drops the keyboard's focus to the page). Call the returned function as such a
 * button is pressed, with the number of entries shown then; once the list holds more, the focus goes to
 * the first link or button of the first new entry — if it is still on the button, or was dropped. A
 * request that ends with nothing new (`ended` turns true while the count stays) forgets it, so a later
 * arrival never pulls the focus from where the user went meanwhile.
 */
export function useFocusAfterMore(
  list: RefObject<HTMLElement | null>,
  count: number,
  ended: boolean,
): (shownNow: number, from: HTMLElement | null) => void {
  const [pending, setPending] = useState<{ from: number; button: HTMLElement | null } | null>(null);
  useEffect(() => {
    if (pending === null) return;
    if (count <= pending.from) {
      if (ended) setPending(null);
      return;
    }
    setPending(null);
    const active = document.activeElement;
    if (active !== null && active !== document.body && active !== pending.button) return;
    list.current?.children[pending.from]?.querySelector<HTMLElement>('a, button')?.focus();
  }, [pending, count, ended, list]);
  return (shownNow, from) => setPending({ from: shownNow, button: from });
}
