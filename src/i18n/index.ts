import { createI18n } from 'vue-i18n'
import nlBE from './nl-BE'

export type MessageSchema = typeof nlBE
export const LOCALES = ['nl-BE', 'en'] as const
export type Locale = (typeof LOCALES)[number]

const dates = {
  time: { hour: '2-digit', minute: '2-digit' },
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
} as const

/**
 * Dutch (Belgium) first; English is loaded only when chosen. Messages are compiled at runtime by vue-i18n's
 * JIT compiler, without eval, so the strict CSP holds.
 */
export const i18n = createI18n({
  legacy: false,
  locale: 'nl-BE',
  fallbackLocale: 'nl-BE',
  messages: { 'nl-BE': nlBE } as Record<Locale, MessageSchema>,
  datetimeFormats: { 'nl-BE': dates, en: dates },
})

let englishLoaded = false

/** Switches the interface language, loading its messages on first use (the preferences store remembers it). */
export async function setLocale(locale: Locale): Promise<void> {
  if (locale === 'en' && !englishLoaded) {
    const { default: messages } = await import('./en')
    // Merge: the lazily loaded groups (parts.ts) may already have put their English in place.
    i18n.global.mergeLocaleMessage('en', messages as unknown as MessageSchema)
    englishLoaded = true
  }
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
}
