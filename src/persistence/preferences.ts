import { STORAGE_PREFIX } from './keys'
import { readItem, writeItem } from './storage'

const PREFERENCES_KEY = `${STORAGE_PREFIX}preferences`

/** Small settings of this browser (the interface language). Unreadable values count as unset. */
export function readPreference(name: 'locale'): string | null {
  try {
    const value: unknown = JSON.parse(readItem(PREFERENCES_KEY) ?? '{}')
    const found = (value as Record<string, unknown>)[name]
    return typeof found === 'string' ? found : null
  } catch {
    return null
  }
}

export function writePreference(name: 'locale', value: string): void {
  let current: Record<string, unknown> = {}
  try {
    const parsed: unknown = JSON.parse(readItem(PREFERENCES_KEY) ?? '{}')
    if (parsed && typeof parsed === 'object') current = parsed as Record<string, unknown>
  } catch {
    current = {}
  }
  writeItem(PREFERENCES_KEY, JSON.stringify({ ...current, [name]: value }))
}
