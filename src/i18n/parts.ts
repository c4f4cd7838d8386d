import { i18n } from './index'

/** Message groups that only one part of the app needs, loaded with that part (both languages at once). */
const LOADERS = {
  steps: () => import('./parts/steps'),
  export: () => import('./parts/export'),
  plainLanguage: () => import('./parts/plainLanguage'),
  // Under `actionPage`, not `actions`: that group is the always-loaded list buttons (ui.ts).
  actionPage: () => import('./parts/actions'),
  review: () => import('./parts/review'),
} as const

const loaded = new Set<keyof typeof LOADERS>()

export async function loadMessages(part: keyof typeof LOADERS): Promise<void> {
  if (loaded.has(part)) return
  const { default: byLocale } = await LOADERS[part]()
  for (const [locale, messages] of Object.entries(byLocale))
    i18n.global.mergeLocaleMessage(locale, { [part]: messages })
  loaded.add(part)
}
