import { useEffect, useRef, useState } from 'react';
import { ModalDialog } from '../common/ModalDialog';
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
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  // Entries name this space only.
  const spaces: SpaceLink[] = [{ id: spaceId, name: spaceName }];
  return (
    <ModalDialog
      title="Space activity"
      onClose={onClose}
      returnFocus={returnFocus}
      classes={{ backdrop: 'space-activity-backdrop', box: 'space-activity', head: 'activity-head' }}
      boxRef={box}
    >
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
    </ModalDialog>
  );
}
