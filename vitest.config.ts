import { fileURLToPath } from 'node:url'
import { mergeConfig, defineConfig, configDefaults } from 'vitest/config'
import viteConfig from './vite.config'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['tests/unit/**/*.test.ts'],
      exclude: [...configDefaults.exclude, 'tests/e2e/**'],
      root: fileURLToPath(new URL('./', import.meta.url)),
      // Generous: a test fails on what it checks, never because a loaded 2-core machine is slow (property
      // tests run hundreds of journeys through the reader). Timing is measured by `npm run bench` instead.
      testTimeout: 120_000,
    },
  }),
)
