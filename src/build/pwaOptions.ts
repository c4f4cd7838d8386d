import type { VitePWAOptions } from 'vite-plugin-pwa'

/**
 * The service worker (Workbox, generated at build time) precaches every file of the build, the lazily loaded
 * chunks and the fonts included, so that after one visit the app works without a network. The app registers
 * it itself (`src/offline.ts`) once the first screen is shown. `autoUpdate`: a new build takes over at the
 * next visit; drafts live in the browser's storage, not in the cache, so an update never touches them.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'autoUpdate',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'icon-192.png', 'icon-512.png'],
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff2,webmanifest}'],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
  },
  manifest: {
    name: 'Klantreis',
    short_name: 'Klantreis',
    description: 'Maak stap voor stap een klantreis van je publieke dienst.',
    lang: 'nl-BE',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4f91',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
}
