import type { AggregateConnectionState, ConnectionStore } from '../../state/index.ts';
import { useConnection } from '../../state/index.ts';

const LABELS: Record<AggregateConnectionState, string> = {
  online: 'Online',
  syncing: 'Syncing…',
  connecting: 'Connecting…',
  offline: 'Offline',
};

const HINTS: Record<AggregateConnectionState, string> = {
  online: 'Everything you see is up to date.',
  syncing: 'Catching up with the server.',
  connecting: 'Reaching the server.',
  offline: 'Working on this device’s copy; changes are sent when the server is back.',
};

/**
 * The network state of every open document in one word, and a warning when this device's copy stopped
 * being saved (then an offline reload would lose the latest edits, which the user must know).
 */
export function ConnectionStatus({ store }: { store: ConnectionStore }) {
  const state = useConnection(store, (s) => s.aggregate);
  const localCopy = useConnection(store, (s) => s.localCopy);
  return (
    <span className="connection" role="status" aria-label="Connection">
      <span className={`connection-dot connection-${state}`} aria-hidden="true" />
      <span title={HINTS[state]}>{LABELS[state]}</span>
      {/* Offline is the state that changes what the user can rely on: say it in words, not in a tooltip. */}
      {state === 'offline' && <span className="connection-note"> — changes are kept on this device</span>}
      {localCopy === 'failing' && (
        <span className="connection-warning" title="This browser refuses to store more data.">
          Not saved on this device
        </span>
      )}
    </span>
  );
}
