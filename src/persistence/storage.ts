/**
 * A guarded handle on localStorage. Reading `window.localStorage` itself can throw (blocked cookies, some
 * private modes), and `setItem` throws when the quota is reached; both become results here.
 */
export type WriteFailure = 'quota' | 'unavailable' | 'unknown'
export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure; error: unknown }

export function getStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage
    return storage ?? null
  } catch {
    return null
  }
}

export function readItem(key: string): string | null {
  try {
    return getStorage()?.getItem(key) ?? null
  } catch {
    return null
  }
}

/** Chromium and Firefox name the error differently; code 22 (and 1014 in old Firefox) is the quota. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false
  return (
    error.code === 22 ||
    error.code === 1014 ||
    error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED'
  )
}

export function writeItem(key: string, value: string): WriteResult {
  const storage = getStorage()
  if (!storage) return { ok: false, reason: 'unavailable', error: null }
  try {
    storage.setItem(key, value)
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unknown', error }
  }
}

export function removeItem(key: string): void {
  try {
    getStorage()?.removeItem(key)
  } catch {
    // Nothing to do: a storage we cannot reach holds nothing of ours.
  }
}

export function listKeys(prefix: string): string[] {
  const storage = getStorage()
  if (!storage) return []
  const keys: string[] = []
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)
      if (key?.startsWith(prefix)) keys.push(key)
    }
  } catch {
    return keys
  }
  return keys
}
