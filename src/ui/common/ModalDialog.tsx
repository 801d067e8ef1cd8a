import { useId, type ReactNode, type Ref } from 'react';

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
 * (which closes on Escape too) stays open.
 */
export function ModalDialog({ title, onClose, returnFocus, classes, boxRef, children }: ModalDialogProps) {
  const headingId = useId();
  const close = () => {
    onClose();
    returnFocus?.focus();
  };
  return (
    <div className={classes.backdrop} onMouseDown={close}>
      <div
        className={classes.box}
        ref={boxRef}
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
