/**
 * Translates a y-websocket provider's events into one document's connection state.
 *
 * y-websocket reports sockets (`status`), sync (`sync`) and closes (`connection-close`, and `closed` when
 * the server's close code is final). Users care about something simpler: can I see the latest state, is
 * it catching up, or was I refused. A socket that keeps failing stays `offline` through its retries
 * instead of flickering back to `connecting` at every attempt.
 */
import type { WebsocketProvider } from 'y-websocket';
import type { DocConnectionState } from '../state/connectionStore.ts';

/** Close codes the server uses for final refusals (docs/architecture.md, Sync). */
export function isRefusalCode(code: number | undefined | null): code is number {
  return typeof code === 'number' && code >= 4400 && code < 4500;
}

export type ConnectionListener = (state: DocConnectionState, code: number | null) => void;

/**
 * Follow `provider` and call `onChange` on every state change (starting from `connecting`).
 * @returns a function that stops following.
 */
export function trackConnection(provider: WebsocketProvider, onChange: ConnectionListener): () => void {
  let state: DocConnectionState = 'connecting';
  const set = (next: DocConnectionState, code: number | null = null) => {
    if (state === 'denied') return; // final: y-websocket will not reconnect on its own
    if (next === state) return;
    state = next;
    onChange(next, code);
  };

  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (status === 'connected') set(provider.synced ? 'online' : 'syncing');
    else if (status === 'disconnected') set('offline');
    else if (state !== 'offline') set('connecting');
  };
  const onSync = (synced: boolean) => {
    if (synced) set('online');
    else if (provider.wsconnected) set('syncing');
  };
  const onConnectionClose = (event: { code: number } | null) => {
    // A null event is our own disconnect (destroy, or y-websocket's silent-socket watchdog).
    if (event && isRefusalCode(event.code)) set('denied', event.code);
    else if (event) set('offline');
  };
  const onClosed = ({ code }: { code: number }) => set('denied', code);

  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.on('connection-close', onConnectionClose);
  provider.on('closed', onClosed);
  onChange(state, null);
  return () => {
    provider.off('status', onStatus);
    provider.off('sync', onSync);
    provider.off('connection-close', onConnectionClose);
    provider.off('closed', onClosed);
  };
}
