import { useEffect, useRef } from 'react';

/**
 * An error said where it happened: inside the form, announced to screen readers as it appears, and
 * scrolled into view (a dialog scrolled down to the control that was refused would otherwise hide it).
 */
export function FormError({ message, id }: { message: string | null; id?: string }) {
  const shown = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // jsdom has no scrolling, hence the optional call.
    if (message) shown.current?.scrollIntoView?.({ block: 'nearest' });
  }, [message]);
  if (!message) return null;
  return (
    <p ref={shown} id={id} className="form-error" role="alert">
      {message}
    </p>
  );
}
