import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval'

/**
 * A small async key-value store: IndexedDB through idb-keyval in the browser, memory where IndexedDB is
 * missing or refused (some private modes, unit tests). IndexedDB commits a transaction to disk in the browser
 * process before it reports success, unlike localStorage, which Chromium writes out up to a minute later.
 */
export interface KeyValueStore {
  readonly durable: boolean
  get<T>(key: string): Promise<T | undefined>
  set(key: string, value: unknown): Promise<void>
  del(key: string): Promise<void>
  entries<T>(): Promise<[string, T][]>
}

export function memoryStore(): KeyValueStore {
  const items = new Map<string, unknown>()
  return {
    durable: false,
    get: async <T>(key: string) => items.get(key) as T | undefined,
    set: async (key, value) => void items.set(key, value),
    del: async (key) => void items.delete(key),
    entries: async <T>() => [...items.entries()] as [string, T][],
  }
}

function idbStore(db: string): KeyValueStore {
  const store: UseStore = createStore(db, 'items')
  return {
    durable: true,
    get: <T>(key: string) => get<T>(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    entries: async <T>() => (await entries<string, T>(store)) as [string, T][],
  }
}

/**
 * IndexedDB when it works, else memory. Failing calls (a blocked database, a full disk) fall back to memory
 * for the rest of the session: the copy there still serves undo of a deletion and two-tab checks in this tab.
 */
export function openStore(db: string): KeyValueStore {
  const fallback = memoryStore()
  if (typeof indexedDB === 'undefined') return fallback
  const real = idbStore(db)
  let broken = false
  const guard =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>, spare: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (!broken)
        try {
          return await call(...args)
        } catch {
          broken = true
        }
      return spare(...args)
    }
  return {
    get durable() {
      return !broken
    },
    get: guard(real.get, fallback.get) as KeyValueStore['get'],
    set: guard(real.set, fallback.set),
    del: guard(real.del, fallback.del),
    entries: guard(real.entries, fallback.entries) as KeyValueStore['entries'],
  }
}
