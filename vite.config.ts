import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { VitePWA } from 'vite-plugin-pwa'
import { klantreisFonts } from './src/build/fontsPlugin'
import { pwaOptions } from './src/build/pwaOptions'

const PURE_FOLDERS = /\/src\/(domain|persistence|stores|plainLanguage|i18n\/(nl-BE|en))\/.*\.ts$/

/** Unit tests read the message files as written and need no service worker. */
const testing = Boolean(process.env.VITEST)

// `base: './'` keeps every asset path relative, so the built app runs from any folder of any static server.
export default defineConfig({
  base: './',
  plugins: [
    vue(),
    // The messages are compiled at build time: the runtime then needs no message compiler, and none is shipped.
    !testing &&
      VueI18nPlugin({
        include: ['nl-BE', 'en'].map((locale) =>
          fileURLToPath(new URL(`./src/i18n/${locale}/*.ts`, import.meta.url)),
        ),
        runtimeOnly: true,
        // The runtime build still registers the compiler; this flag lets the bundler drop it as dead code.
        dropMessageCompiler: true,
        compositionOnly: true,
        fullInstall: false,
        allowDynamic: true,
      }),
    klantreisFonts(),
    !testing && VitePWA(pwaOptions),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  optimizeDeps: { include: ['hyphen/nl'] },
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      // These folders only define things (zod schemas are built at the top of a module, which the bundler
      // would otherwise keep as a side effect): what the first screen does not use stays out of its chunk.
      treeshake: { moduleSideEffects: (id) => !PURE_FOLDERS.test(id) },
    },
  },
})
