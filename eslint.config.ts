import { globalIgnores } from 'eslint/config'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

export default defineConfigWithVueTs(
  {
    name: 'app/files-to-lint',
    files: ['**/*.{ts,mts,tsx,vue}'],
  },

  globalIgnores(['**/*.local/**', '**/dist/**', '**/dist-ssr/**', '**/coverage/**', 'test-results/**', 'playwright-report/**']),

  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,

  {
    name: 'app/domain-is-pure',
    files: ['src/domain/**/*.ts'],
    rules: {
      // The domain is plain TypeScript: it must run in tests, workers and exports without Vue or the DOM.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vue', 'pinia', 'vue-router', 'vee-validate', '@vee-validate/*', 'vue-i18n', '@/*'] },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage'],
    },
  },
  {
    name: 'app/storage-in-one-place',
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/persistence/**'],
    rules: {
      'no-restricted-globals': ['error', 'localStorage', 'sessionStorage'],
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
