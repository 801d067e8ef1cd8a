import { useCallback, useMemo, useRef, type SyntheticEvent } from 'react';

const FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

const isField = (target: EventTarget | null): target is HTMLElement =>
  target instanceof HTMLElement && FIELDS.has(target.tagName);

/** `element`'s `aria-describedby` ids with `id` added (`on`) or taken out. */
function describedBy(element: Element, id: string, on: boolean): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter((it) => it && it !== id);
  return (on ? [...ids, id] : ids).join(' ');
}

export interface RefusedField {
  /** Capture-phase handlers for the form's container: they note the field each save starts from. */
  handlers: {
    onChangeCapture(event: SyntheticEvent): void;
    onBlurCapture(event: SyntheticEvent): void;
    onKeyDownCapture(event: SyntheticEvent): void;
    onClickCapture(event: SyntheticEvent): void;
  };
  /** Marks the field the refused save came from invalid, described by the error. */
  mark(): void;
  /** Takes the mark off again (the error was put away). */
  unmark(): void;
}

/**
 * Ties a form's refusal, shown once above its fields (element `errorId`), to the field it is about:
 * `aria-invalid` and `aria-describedby` on the input, select or text area whose change, Enter or leaving
 * made the refused save, so a screen reader says why on that field, also when the user comes back to it.
 *
 * The card panel has some thirty fields in a dozen components, each saving through one `run`; the field is
 * found from the event that started the save (noted in the capture phase, before the field's own handler
 * saves), not passed through every one of them. A click on a button starts from no field: its refusal
 * marks none. The attributes are set on the element itself. React renders `aria-invalid` on none of these
 * fields, and the `aria-describedby` some have (a hint) never changes while the panel is open; React
 * writes a prop only when its value changes, so the error id added here stays until taken off.
 */
export function useRefusedField(errorId: string): RefusedField {
  const source = useRef<HTMLElement | null>(null);
  const marked = useRef<HTMLElement | null>(null);

  const unmark = useCallback(() => {
    const field = marked.current;
    marked.current = null;
    if (!field) return;
    field.removeAttribute('aria-invalid');
    const ids = describedBy(field, errorId, false);
    if (ids) field.setAttribute('aria-describedby', ids);
    else field.removeAttribute('aria-describedby');
  }, [errorId]);

  const mark = useCallback(() => {
    unmark();
    const field = source.current;
    if (!field?.isConnected) return;
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', describedBy(field, errorId, true));
    marked.current = field;
  }, [errorId, unmark]);

  const handlers = useMemo(() => {
    const note = (event: SyntheticEvent) => {
      source.current = isField(event.target) ? event.target : null;
    };
    return { onChangeCapture: note, onBlurCapture: note, onKeyDownCapture: note, onClickCapture: note };
  }, []);

  return { handlers, mark, unmark };
}
