import { createI18n } from 'vue-i18n'
import nlBE from './nl-BE'

export type MessageSchema = typeof nlBE

/** Dutch (Belgium) is the app's language; messages are compiled at runtime without eval (CSP-safe). */
export const i18n = createI18n<[MessageSchema], 'nl-BE'>({
  legacy: false,
  locale: 'nl-BE',
  fallbackLocale: 'nl-BE',
  messages: { 'nl-BE': nlBE },
  datetimeFormats: {
    'nl-BE': {
      time: { hour: '2-digit', minute: '2-digit' },
      date: { day: 'numeric', month: 'long', year: 'numeric' },
      long: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
    },
  },
})
