/**
 * Focuses what `find` returns once the page has drawn the change a drop made, if focus was lost meanwhile
 * (the moved card's list item is a new one in its new column). dnd-kit gives focus back in the next
 * animation frame, before that frame lays the board out: the focus then forced the layout of the changed
 * board inside the drop's script. After the frame the layout is done and the focus costs next to nothing.
 */
export function focusAfterPaint(find: () => HTMLElement | null): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      const focused = document.activeElement;
      if (focused !== null && focused !== document.body) return;
      find()?.focus();
    }, 0),
  );
}
