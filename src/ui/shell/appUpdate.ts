// Whether a newer version of the app is installed and waiting, as a tiny external store: the service
// worker's registration (serviceWorker.ts, which only the entry point imports) writes it, the update
// notice reads it, and nothing else needs the service worker's virtual module (absent in unit tests).
import { useSyncExternalStore } from 'react';

/** Activates the waiting version and reloads the page. */
export type ApplyUpdate = () => Promise<void>;

let waiting: ApplyUpdate | null = null;
const listeners = new Set<() => void>();

/** Called by the registration when a new version finished installing. */
export function announceUpdate(apply: ApplyUpdate): void {
  waiting = apply;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The waiting version's `apply`, or null while this is the newest version. */
export function useWaitingUpdate(): ApplyUpdate | null {
  return useSyncExternalStore(subscribe, () => waiting);
}
