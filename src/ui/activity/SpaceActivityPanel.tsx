import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SpaceLink } from '../shell/useSpaceList';
import { ActivityStream } from './ActivityStream';
import { EMPTY_FIELDS } from './filterFields.ts';

interface SpaceActivityPanelProps {
  spaceId: string;
  spaceName: string;
  /** True while the server cannot be reached: the stream lives on the server only. */
  offline: boolean;
  onClose: () => void;
  /** Where focus goes back on closing: the control that opened the panel. */
  returnFocus?: HTMLElement | null;
}

/**
 * A space's activity stream (KanBo's space-level stream): everything that happened to the space's cards,
 * newest first and live, with the stream's filters but the space fixed. A panel over the board, so the
 * reader keeps their place; following a card or a person from it closes it. Escape or Close ends it, and
 * focus returns to what opened it.
 */
export function SpaceActivityPanel({
  spaceId,
  spaceName,
  offline,
  onClose,
  returnFocus,
}: SpaceActivityPanelProps) {
  const [fields, setFields] = useState(EMPTY_FIELDS);
  const headingId = useId();
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);

  const close = () => {
    onClose();
    returnFocus?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The card panel behind closes on Escape too: this one closes first, and alone.
    event.stopPropagation();
    close();
  };
  // Entries name this space only.
  const spaces: SpaceLink[] = [{ id: spaceId, name: spaceName }];
  return (
    <div className="space-activity-backdrop" onMouseDown={close}>
      <aside
        className="space-activity"
        ref={box}
        tabIndex={-1}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        onKeyDown={onKeyDown}
        onMouseDown={(event) => event.stopPropagation()}
      >
        <div className="activity-head">
          <h2 id={headingId}>Space activity</h2>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
        <p className="muted">What happened in {spaceName}, newest first.</p>
        <ActivityStream
          fields={fields}
          onFieldsChange={setFields}
          spaces={spaces}
          spaceId={spaceId}
          offline={offline}
          label="Space activity"
          emptyText="Nothing has happened in this space yet. Events appear here as people work on cards."
          onFollow={onClose}
        />
      </aside>
    </div>
  );
}
