import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { ACTIVITY_PATH, MYSPACE_PATH, SPACE_PATH } from './src/ui/shell/routePattern.ts';

export default defineConfig({
  plugins: [
    react(),
    // The service worker keeps the app shell (html, js, css, icon) so a reload with the server down still
    // opens the app, which then starts from IndexedDB (docs/architecture.md, "Offline start"). It never
    // touches /api or /sync: their answers must come from the server or fail, never from a cache.
    VitePWA({
      strategies: 'generateSW',
      // A new version waits until the user chooses to reload (src/ui/shell/UpdateNotice.tsx) or every tab
      // is closed: reloading on its own could cut a drag or a half-typed title short.
      registerType: 'prompt',
      // src/ui/shell/serviceWorker.ts registers it; off in `vite` dev (the plugin's default).
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        navigateFallback: '/index.html',
        navigateFallbackAllowlist: [/^\/$/, SPACE_PATH, ACTIVITY_PATH, MYSPACE_PATH],
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/sync(\/|$)/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ],
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/sync': { target: 'ws://127.0.0.1:8080', ws: true },
    },
  },
  build: { outDir: 'dist', sourcemap: true },
});
