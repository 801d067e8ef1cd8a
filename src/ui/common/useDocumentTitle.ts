import { useEffect } from 'react';

/** Names the browser tab after the screen, so tabs, history and screen readers say where the user is. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Afterboard` : 'Afterboard';
  }, [title]);
}
