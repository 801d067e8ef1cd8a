import { useId, useRef, type ReactNode, type Ref } from 'react';
import { useFocusTrap } from './useFocusTrap';

interface ModalDialogProps {
  /** The heading that names the dialog. */
  title: ReactNode;
  onClose: () => void;
  /**
   * Where focus goes back on closing: the control that opened it, named by the opener rather than read
   * from `document.activeElement` on mount, which a remount (Strict Mode) would find inside the dialog.
   */
  returnFocus?: HTMLElement | null;
  /** Class names of the backdrop, the dialog box and its heading row (each dialog keeps its own look). */
  classes: { backdrop: string; box: string; head: string };
  /** The box, for a dialog that moves focus into it (it is focusable: `tabIndex -1`). */
  boxRef?: Ref<HTMLDivElement>;
  children: ReactNode;
}

/**
 * A modal dialog over the page: named by its heading, closed by its Close button, Escape or a press on
 * the backdrop, after which focus returns to what opened it. Escape stops here, so a card panel behind
 * (which closes on Escape too) stays open. Tab and Shift+Tab stay inside it (focus-trap): the page behind
 * cannot be reached from the keyboard while it is open, so Escape always finds it.
 */
export function ModalDialog({ title, onClose, returnFocus, classes, boxRef, children }: ModalDialogProps) {
  const headingId = useId();
  const box = useRef<HTMLDivElement | null>(null);
  const release = useFocusTrap(box);
  const setBox = (element: HTMLDivElement | null) => {
    box.current = element;
    if (typeof boxRef === 'function') boxRef(element);
    else if (boxRef) boxRef.current = element;
  };
  const close = () => {
    // Released first: the trap would pull the focus given back to the opener into the dialog again.
    release();
    onClose();
    returnFocus?.focus();
  };
  return (
    <div
      className={classes.backdrop}
      onMouseDown={(event) => {
        // Not the browser's own handling of the press, which would move the focus given back to the body.
        event.preventDefault();
        close();
      }}
    >
      <div
        className={classes.box}
        ref={setBox}
        tabIndex={-1}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          close();
        }}
        onMouseDown={(event) => event.stopPropagation()}
      >
        <div className={classes.head}>
          <h2 id={headingId}>{title}</h2>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
