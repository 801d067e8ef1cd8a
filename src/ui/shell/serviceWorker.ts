/// <reference types="vite-plugin-pwa/client" />
// Registers the service worker that keeps the app shell for offline starts (built by vite-plugin-pwa, see
// vite.config.ts). Under `vite` dev the plugin's module is a no-op, so nothing is registered there.
import { registerSW } from 'virtual:pwa-register';
import { announceUpdate } from './appUpdate';

/** Register once at startup. A new version is only announced; the user decides when to reload. */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => announceUpdate(() => update(true)),
    // Without a service worker the app still works online; an offline reload then shows the browser's
    // page, as before. Nothing for the user to act on, so it is only noted for whoever debugs it.
    onRegisterError: (error: unknown) => console.warn('Afterboard: service worker not registered', error),
  });
}
