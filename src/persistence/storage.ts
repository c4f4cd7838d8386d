import { createMemoryStorage } from './memoryStorage'

/**
 * A guarded handle on localStorage. Reading `window.localStorage` itself can throw (blocked cookies, some
 * private modes), and `setItem` throws when the quota is reached; both become results here.
 */
export type WriteFailure = 'quota' | 'unavailable' | 'unknown'
export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure; error: unknown }

let memory: Storage | null = null

/** 'memory' when the browser refuses localStorage: drafts then last only as long as the tab. */
export function storageMode(): 'local' | 'memory' {
  try {
    return globalThis.localStorage ? 'local' : 'memory'
  } catch {
    return 'memory'
  }
}

/** localStorage, or an in-memory stand-in when reading `localStorage` itself throws. */
export function getStorage(): Storage {
  try {
    const storage = globalThis.localStorage
    if (storage) return storage
  } catch {
    // Blocked: fall through to memory.
  }
  memory ??= createMemoryStorage()
  return memory
}

export function readItem(key: string): string | null {
  try {
    return getStorage().getItem(key)
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
  try {
    getStorage().setItem(key, value)
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unknown', error }
  }
}

export function removeItem(key: string): void {
  try {
    getStorage().removeItem(key)
  } catch {
    // Nothing to do: a storage we cannot reach holds nothing of ours.
  }
}

export function listKeys(prefix: string): string[] {
  const storage = getStorage()
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

/** Chromium gives a site about 5.2 million UTF-16 characters of localStorage; others give about as much. */
export const STORAGE_BUDGET_CHARS = 5_200_000

/**
 * Characters stored (what the quota counts), ours and the rest of the site's: another app on the same site
 * fills the same quota, and a meter that counted only our keys showed 0 % while saving already failed.
 */
export function storageUsage(prefix: string): { ours: number; others: number } {
  const storage = getStorage()
  let ours = 0
  let others = 0
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i) ?? ''
      const size = key.length + (storage.getItem(key)?.length ?? 0)
      if (key.startsWith(prefix)) ours += size
      else others += size
    }
  } catch {
    return { ours, others }
  }
  return { ours, others }
}
