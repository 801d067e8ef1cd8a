import { useStore } from 'zustand';
import type { SpaceLoadStore } from '../../state/index.ts';

/**
 * Says, in the space header, that the board shows a snapshot of the last visit while the document loads:
 * what is there can be read, and moves and edits made now apply once it is loaded. Nothing once loaded.
 */
export function SpaceLoadNote({ load }: { load: SpaceLoadStore }) {
  const showing = useStore(load);
  if (showing !== 'snapshot') return null;
  return (
    <span
      className="space-load-note"
      role="status"
      aria-label="Board loading"
      title="This is the board as last seen. Changes you make now are applied once the space is loaded."
    >
      <span className="connection-dot connection-syncing" aria-hidden="true" />
      Loading latest…
    </span>
  );
}
