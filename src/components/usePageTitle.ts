import { watchEffect } from 'vue'

/**
 * Keeps the page title (what a screen reader announces on arrival, and the tab's name) in step with the
 * page and the language: `title` reads messages through i18n, so switching language renames the tab too.
 */
export function usePageTitle(title: () => string): void {
  watchEffect(() => {
    document.title = title()
  })
}
