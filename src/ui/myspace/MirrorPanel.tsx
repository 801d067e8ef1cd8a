import { useContext } from 'react';
import { useConnection, useSpaceStore, type DocConnectionState, type SpaceStore } from '../../state/index.ts';
import type { SpaceActions } from '../../sync/index.ts';
import type { User } from '../api';
import { CardPanel } from '../card/CardPanel';
import { FormError } from '../common/FormError';
import { usePool } from '../shell/pool';
import { useOpenSpace } from '../views/useOpenSpace';
import { useSpaceActions } from '../views/useSpaceActions';
import { useSpaceArchived, useWorkspaceOfSpace } from '../shell/useSpaceEntry';
import { WorkspaceStoresContext } from '../shell/workspaceStores';
import { SpaceCardScope } from '../views/SpaceCardScope';

interface MirrorPanelProps {
  spaceId: string;
  cardId: string;
  user: User;
  /** Whether the user only reads the spaces of a workspace (a visitor there). */
  readOnlyIn: (workspaceId: string | null) => boolean;
  onClose: () => void;
}

/**
 * A mirrored card's own panel, over MySpace: the card's space document is opened from the pool only while
 * the panel is open (MySpace itself reads the feed, never a socket per space), and the panel is the space
 * page's, so every edit — status, dates, anything — is the real card's, in its space.
 */
export function MirrorPanel({ spaceId, cardId, user, readOnlyIn, onClose }: MirrorPanelProps) {
  const pool = usePool();
  const opened = useOpenSpace(pool, spaceId);
  const stores = useContext(WorkspaceStoresContext);
  const workspaceId = useWorkspaceOfSpace(stores, spaceId);
  const archived = useSpaceArchived(stores, spaceId);
  const connection = useConnection(
    pool.connection,
    (state) => state.docs[`space/${spaceId}`]?.state ?? 'connecting',
  );
  const actions = useSpaceActions(opened, user.id);
  if (!opened || !actions) return <PanelNote connection={connection} onClose={onClose} />;
  return (
    <SpaceCardScope
      store={opened.store}
      workspaceId={workspaceId}
      readOnly={readOnlyIn(workspaceId)}
      archived={archived}
      manageLabels={null}
      user={user}
    >
      <LoadedPanel
        cardId={cardId}
        store={opened.store}
        actions={actions}
        connection={connection}
        onClose={onClose}
      />
    </SpaceCardScope>
  );
}

/** The panel once the space has statuses (local copy or server); "Card not found" must not flash before. */
function LoadedPanel({
  cardId,
  store,
  actions,
  connection,
  onClose,
}: {
  cardId: string;
  store: SpaceStore;
  actions: SpaceActions;
  connection: DocConnectionState;
  onClose: () => void;
}) {
  const loaded = useSpaceStore(store, (state) => Object.keys(state.statuses).length > 0);
  if (!loaded) return <PanelNote connection={connection} onClose={onClose} />;
  return <CardPanel key={cardId} cardId={cardId} store={store} actions={actions} onClose={onClose} />;
}

/** Where the panel will be: still opening, or why it cannot open. */
function PanelNote({ connection, onClose }: { connection: DocConnectionState; onClose: () => void }) {
  const message =
    connection === 'denied'
      ? 'You can no longer open the space of this card.'
      : connection === 'offline'
        ? 'You are offline and this card’s space is not on this device yet. It opens once the connection is back.'
        : null;
  return (
    <aside className="card-panel" aria-label="Card" aria-busy={message === null}>
      {message ? <FormError message={message} /> : <p className="muted">Opening the card…</p>}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </aside>
  );
}
