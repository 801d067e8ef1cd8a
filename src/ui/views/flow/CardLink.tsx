import type { MouseEvent } from 'react';
import { cardPath, navigate } from '../../shell/route';

/** A link to a card's panel over its board, for the rows of a chart's table view. */
export function CardLink({ spaceId, cardId, title }: { spaceId: string; cardId: string; title: string }) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // A plain click stays in the app; a modified one (new tab) keeps the browser's behaviour.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(cardPath(spaceId, cardId, 'flow') + window.location.search);
  };
  return (
    <a href={cardPath(spaceId, cardId, 'flow')} onClick={open}>
      {title}
    </a>
  );
}
