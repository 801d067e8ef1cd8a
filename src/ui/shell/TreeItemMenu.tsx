import { useEffect, useRef, type KeyboardEvent } from 'react';

export interface MenuAction {
  label: string;
  perform: () => void;
}

interface TreeItemMenuProps {
  /** The tree item's name: the button and the menu are "Actions for <name>". */
  name: string;
  items: readonly MenuAction[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Where focus goes back when the menu closes without acting (the tree item). */
  returnFocus: () => void;
}

/**
 * The actions of a folder or space in the sidebar: a button for the mouse, opened from the keyboard with
 * Shift+F10 or the context-menu key on the tree item, and a menu driven by the arrow keys. Events stop
 * here so the tree neither navigates nor toggles while the menu is used.
 */
export function TreeItemMenu({ name, items, open, onOpenChange, returnFocus }: TreeItemMenuProps) {
  const menu = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    onOpenChange(false);
    if (refocus) returnFocus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    event.stopPropagation();
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => entries[(i + entries.length) % entries.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focus(index + 1);
        break;
      case 'ArrowUp':
        focus(index - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(entries.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        close(false);
        return;
      case 'Enter':
      case ' ':
        (document.activeElement as HTMLElement | null)?.click();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  if (items.length === 0) return null;
  return (
    <>
      <button
        type="button"
        className="tree-actions"
        tabIndex={-1}
        aria-label={`Actions for ${name}`}
        aria-haspopup="menu"
        aria-expanded={open}
        title="Actions (Shift+F10)"
        onClick={(event) => {
          event.stopPropagation();
          onOpenChange(!open);
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <ul
          ref={menu}
          role="menu"
          aria-label={`Actions for ${name}`}
          className="tree-menu"
          onKeyDown={onKeyDown}
          onClick={(event) => event.stopPropagation()}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close(false);
          }}
        >
          {items.map((item) => (
            <li
              key={item.label}
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                onOpenChange(false);
                item.perform();
              }}
            >
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Whether a key press on a tree item asks for its actions menu (Shift+F10, or the context-menu key). */
export function isMenuKey(event: KeyboardEvent): boolean {
  return event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10');
}
