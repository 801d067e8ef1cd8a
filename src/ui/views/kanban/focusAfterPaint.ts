/**
 * Gives focus back to what `find` returns once the page has drawn the change a keyboard drag made, if focus
 * was lost meanwhile (the moved card's list item is a new one in its new column), and brings it into view
 * either way: a drag the keyboard cancelled leaves the board scrolled where the drag took it. dnd-kit gives
 * focus back in the next animation frame, before that frame lays the board out: the focus then forced the
 * layout of the changed board inside the drop's script. After the frame the layout is done.
 */
export function focusAfterPaint(find: () => HTMLElement | null): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      const element = find();
      if (element === null) return;
      const focused = document.activeElement;
      if (focused === null || focused === document.body) element.focus();
      // jsdom, in component tests, scrolls nothing and has no scrollIntoView.
      else if (focused === element && typeof element.scrollIntoView === 'function') {
        element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
    }, 0),
  );
}
