import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * How a drag shows a card or column: moved aside by a transform, or held as the dragged one's placeholder;
 * for a column's list, whether the dragged card is over it.
 */
export interface DragLook {
  transform: string | undefined;
  transition: string | undefined;
  placeholder: boolean;
  over: boolean;
}

export const AT_REST: DragLook = {
  transform: undefined,
  transition: undefined,
  placeholder: false,
  over: false,
};

const sameLook = (a: DragLook, b: DragLook) =>
  a.transform === b.transform &&
  a.transition === b.transition &&
  a.placeholder === b.placeholder &&
  a.over === b.over;

/**
 * Shows `look` on `element` itself, leaving React out: a card's list item takes its transform, transition
 * and placeholder mark (`data-placeholder`) this way, so a drag re-renders no card it moves. React never
 * sets these on it, so nothing undoes them.
 */
export function showLook(element: HTMLElement, look: DragLook): void {
  const transform = look.transform ?? '';
  const transition = look.transition ?? '';
  if (element.style.transform !== transform) element.style.transform = transform;
  if (element.style.transition !== transition) element.style.transition = transition;
  element.toggleAttribute('data-placeholder', look.placeholder);
}

/** What dnd-kit's hooks hand the element they move. */
export interface Binding {
  setNode: (element: HTMLElement | null) => void;
  /** The handle that starts a drag, where it is not the whole element (a column's grip). */
  setActivator?: (element: HTMLElement | null) => void;
  listeners: DraggableSyntheticListeners;
}

/**
 * Where a drawn card or column meets its binding: dnd-kit's hooks in a component that renders nothing
 * (`CardBindings`, `ColumnBindings`). The two are rendered apart so that a binding can come and go without
 * the element it moves: a list with no card taking part in a drag needs no sortable context around it (each
 * one re-renders at every lift, crossing and drop), and the columns hold no sortable hooks until a grip is
 * reached for.
 */
export class DragHandle {
  private node: HTMLElement | null = null;
  private activator: HTMLElement | null = null;
  private binding: Binding | null = null;
  private look: DragLook = AT_REST;
  private shown: ((look: DragLook) => void) | null = null;

  /** The drawn side: its element, and how it takes a new look. */
  attach(node: HTMLElement | null, show: (look: DragLook) => void): void {
    this.setNode(node);
    this.shown = show;
    show(this.look);
  }

  detach(): void {
    this.shown = null;
  }

  /** The drawn element changed (a list item drawn anew, the record arriving after the card). */
  setNode(element: HTMLElement | null): void {
    this.node = element;
    this.binding?.setNode(element);
    this.shown?.(this.look);
  }

  setActivator(element: HTMLElement | null): void {
    this.activator = element;
    this.binding?.setActivator?.(element);
  }

  /** dnd-kit's handlers while bound: a press or key on the drawn element goes to them. */
  listeners(): DraggableSyntheticListeners {
    return this.binding?.listeners;
  }

  /** The binding side: dnd-kit's ref setters and handlers, given again whenever they change. */
  bind(binding: Binding): void {
    this.binding = binding;
    binding.setNode(this.node);
    binding.setActivator?.(this.activator);
  }

  unbind(): void {
    this.binding = null;
    this.show(AT_REST);
  }

  show(look: DragLook): void {
    if (sameLook(look, this.look)) return;
    this.look = look;
    this.shown?.(look);
  }
}

/**
 * A board's handles by drag id (a card's id, a column's `statusDragId`), held while a drawn element or a
 * binding uses one. Taken and given back in layout effects: within a commit React runs every cleanup
 * before any new effect, so an element drawn anew elsewhere in the same commit (a card changing column)
 * and its binding meet on the same handle.
 */
export class DragHandles {
  private readonly held = new Map<string, { handle: DragHandle; users: number }>();

  acquire(id: string): DragHandle {
    const entry = this.held.get(id) ?? { handle: new DragHandle(), users: 0 };
    entry.users++;
    this.held.set(id, entry);
    return entry.handle;
  }

  release(id: string): void {
    const entry = this.held.get(id);
    if (entry && --entry.users === 0) this.held.delete(id);
  }
}

/**
 * The drawn side of handle `id`: hands it the element in `node` (and the grip in `activator`) and takes
 * looks with `show`. The returned ref holds the handle while the element is drawn (null before its first
 * layout effect); the element's ref callbacks pass it later changes.
 */
export function useDrawnHandle(
  handles: DragHandles,
  id: string,
  node: RefObject<HTMLElement | null>,
  show: (look: DragLook) => void,
  activator?: RefObject<HTMLElement | null>,
): RefObject<DragHandle | null> {
  const handle = useRef<DragHandle | null>(null);
  useLayoutEffect(() => {
    const held = handles.acquire(id);
    held.attach(node.current, show);
    if (activator) held.setActivator(activator.current);
    handle.current = held;
    return () => {
      held.detach();
      handle.current = null;
      handles.release(id);
    };
  }, [handles, id, node, show, activator]);
  return handle;
}

/**
 * The binding side of handle `id`: hands it dnd-kit's setters and handlers. The returned ref holds the
 * handle (null before the first layout effect), for the binding to show its looks with.
 */
export function useBindingHandle(
  handles: DragHandles,
  id: string,
  binding: Binding,
): RefObject<DragHandle | null> {
  const handle = useRef<DragHandle | null>(null);
  useLayoutEffect(() => {
    const held = handles.acquire(id);
    handle.current = held;
    return () => {
      held.unbind();
      handle.current = null;
      handles.release(id);
    };
  }, [handles, id]);
  useLayoutEffect(() => {
    handle.current?.bind(binding);
  }, [handles, id, binding]);
  return handle;
}
