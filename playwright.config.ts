import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests in Debian's Chromium (no browser download: CHROMIUM_PATH or /usr/bin/chromium), against the
 * production build served by `vite preview`. The background-networking flags keep Chromium from dialling out.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173)
/** Another build folder and port (E2E_DIST, E2E_PORT) keep a run apart from a build or preview running beside it. */
const DIST = process.env.E2E_DIST ?? 'dist'

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // Tests are independent (a fresh context each); spreading a file's tests over the workers balances them.
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/playwright',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1400, height: 1000 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    actionTimeout: 15_000,
    // No service worker except where a test asks for one (offline.spec.ts): it would precache the whole app
    // for every new context, and reload a page when a new build takes over.
    serviceWorkers: 'block',
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
