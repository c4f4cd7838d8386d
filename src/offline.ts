/**
 * The service worker that precaches every part of the app, so that after one visit the whole wizard, the map
 * and the exports work without a network (a laptop on a train). Registered after the app is shown, so it
 * costs the first screen nothing; its script is small and loads only here.
 */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return
  void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }))
}
