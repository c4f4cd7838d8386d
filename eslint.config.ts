import { globalIgnores } from 'eslint/config'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

/**
 * The walls between folders, as each folder's README states them. A rule only in prose is broken within a
 * month; here it is a lint error. Paths use the `@/` alias; relative imports stay inside a folder.
 */
const UI = ['vue', 'pinia', 'vue-router', 'vee-validate', '@vee-validate/*', 'vue-i18n']
/** The large libraries load only on use, from src/export (type imports are fine anywhere). */
const LAZY = ['jspdf', 'html2canvas', 'html2canvas-pro', 'docx', 'hyphen', 'hyphen/*']

const wall = (name: string, files: string[], groups: string[], message: string, allowTypes = true) => ({
  name: `app/wall-${name}`,
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error' as const,
      { patterns: [{ group: groups, message, allowTypeImports: allowTypes }] },
    ] as ['error', unknown],
  },
})

export default defineConfigWithVueTs(
  {
    name: 'app/files-to-lint',
    files: ['**/*.{ts,mts,tsx,vue}'],
  },

  globalIgnores([
    '**/*.local/**',
    '**/dist/**',
    '**/dist-ssr/**',
    '**/coverage/**',
    'test-results/**',
    'playwright-report/**',
  ]),

  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,

  wall(
    'domain',
    ['src/domain/**/*.ts'],
    [...UI, '@/*', ...LAZY],
    'src/domain is pure TypeScript: no Vue, no other src folder.',
    false,
  ),
  {
    name: 'app/domain-no-dom',
    files: ['src/domain/**/*.ts', 'src/plainLanguage/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB'],
    },
  },
  wall(
    'plainLanguage',
    ['src/plainLanguage/**/*.ts'],
    [...UI, '@/*'],
    'src/plainLanguage is pure: no Vue, no other src folder.',
    false,
  ),
  wall(
    'persistence',
    ['src/persistence/**/*.ts'],
    [
      ...UI,
      '@/stores/*',
      '@/components/*',
      '@/wizard/*',
      '@/map/*',
      '@/review/*',
      '@/views/*',
      '@/shell/*',
      '@/export/*',
      '@/i18n/*',
      '@/i18n',
    ],
    'src/persistence knows only the domain.',
  ),
  wall(
    'stores',
    ['src/stores/**/*.ts'],
    [
      '@/components/*',
      '@/wizard/*',
      '@/map/*',
      '@/review/*',
      '@/views/*',
      '@/shell/*',
      '@/export/*',
      ...LAZY,
    ],
    'Stores hold state and call persistence; no UI, no export.',
  ),
  wall(
    'components',
    ['src/components/**/*.{ts,vue}'],
    [
      '@/stores/*',
      '@/persistence',
      '@/persistence/*',
      '@/export/*',
      '@/wizard/*',
      '@/map/*',
      '@/review/*',
      '@/views/*',
      '@/shell/*',
      ...LAZY,
    ],
    'Shared components know no store, storage, step or export.',
  ),
  wall(
    'views',
    [
      'src/views/**/*.{ts,vue}',
      'src/shell/**/*.{ts,vue}',
      'src/wizard/**/*.{ts,vue}',
      'src/map/**/*.{ts,vue}',
      'src/review/**/*.{ts,vue}',
      'src/i18n/**/*.ts',
      'src/App.vue',
      'src/main.ts',
      'src/router.ts',
    ],
    ['@/persistence', '@/persistence/*', '@/build/*', ...LAZY],
    'Views, the wizard, the map, review and i18n reach storage only through stores; large libraries load in src/export.',
  ),
  {
    name: 'app/export-loads-lazily',
    files: ['src/export/**/*.ts'],
    rules: {
      // jsPDF and friends are imported with import() inside the functions that use them: a value import at
      // the top would put them in the chunk of whatever imports the module.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...UI,
                '@/stores/*',
                '@/persistence',
                '@/persistence/*',
                '@/components/*',
                '@/wizard/*',
                '@/map/*',
                '@/review/*',
                '@/views/*',
                '@/shell/*',
                '@/i18n/*',
                '@/i18n',
              ],
              message: 'Export functions import only the domain.',
            },
            { group: LAZY, message: 'Load it with import() where it is used.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    name: 'app/storage-in-one-place',
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/persistence/**'],
    rules: {
      'no-restricted-globals': ['error', 'localStorage', 'sessionStorage', 'indexedDB'],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'localStorage', message: 'Only src/persistence touches storage.' },
      ],
    },
  },
  {
    name: 'app/no-html-from-user-data',
    files: ['src/**/*.vue'],
    rules: { 'vue/no-v-html': 'error' },
  },

  skipFormatting,
)
