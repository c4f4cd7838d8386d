import { defineStore } from 'pinia'
import { readPreference, writePreference } from '@/persistence'
import { setLocale, type Locale } from '@/i18n'

/** Settings of this browser, remembered between visits: for now the interface language. */
export const usePreferencesStore = defineStore('preferences', () => {
  async function chooseLocale(locale: Locale) {
    await setLocale(locale)
    writePreference('locale', locale)
  }
  /** The language chosen in an earlier visit, applied before the app is shown. */
  async function restore() {
    if (readPreference('locale') === 'en') await setLocale('en')
  }
  return { chooseLocale, restore }
})
