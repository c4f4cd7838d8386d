import { setMaxListeners } from 'node:events'
import { vi } from 'vitest'
import type { Journey } from '@/domain'
import { loadJourney, memoryStore, useStores, type KeyValueStore, type SavedNotice } from '@/persistence'
import { CHANNEL_NAME, JOURNEY_KEY_PREFIX } from '@/persistence/keys'

/**
 * Shared set-up of the persistence and store tests. jsdom has no IndexedDB, no Web Locks and no second tab:
 * the write-ahead and trash stores are memory stores installed afresh for each test, the in-tab lock runs,
 * and another tab is a second BroadcastChannel (Node's, which jsdom leaves in place) plus direct saves.
 */

// Every journey store listens to the tab's one channel for good (a page has one store; a test file has one
// per test, or per run of a property): no leak to warn about (0: no limit).
setMaxListeners(0)

// Taken before any test fakes the timers: waiting for the save chain must not depend on the fake clock.
const realSetImmediate = globalThis.setImmediate

export interface TestStores {
  wal: KeyValueStore
  trash: KeyValueStore
}

/** An empty localStorage and fresh memory stores for the write-ahead copies and the trash. */
export function resetPersistence(): TestStores {
  localStorage.clear()
  const stores = { wal: memoryStore(), trash: memoryStore() }
  useStores(stores)
  return stores
}

/**
 * Lets every pending promise run: the save chain (lock, write-ahead store, localStorage, index) is promises
 * only, so a few real macrotask turns see it through, fake timers or not.
 */
export async function settle(turns = 3): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => realSetImmediate(resolve))
}

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

/** Makes localStorage.setItem throw for the keys `failFor` picks; other writes still reach the storage. */
export function failWritesTo(failFor: (key: string) => boolean, error: unknown = quotaError()) {
  const setItem = Storage.prototype.setItem
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
    if (failFor(key)) throw error
    setItem.call(this, key, value)
  })
}

export const isJourneyKey = (key: string) => key.startsWith(JOURNEY_KEY_PREFIX)

/** The journey as the reader reads it back from localStorage; throws when it cannot. */
export function stored(id: string): Journey {
  const loaded = loadJourney(id)
  if (!loaded.ok) throw new Error(`journey ${id} is not stored: ${loaded.reason}`)
  return loaded.journey
}

/**
 * Another tab of the same site, as far as notices go: what it posts arrives in this tab's `onSaved`, and it
 * hears what this tab publishes. Close it after the test.
 */
export function otherTab(tab = 'other-tab') {
  const channel = new BroadcastChannel(CHANNEL_NAME)
  const heard: SavedNotice[] = []
  channel.addEventListener('message', (event) => heard.push((event as MessageEvent<SavedNotice>).data))
  return {
    heard,
    announce: (id: string, revision: number | null) =>
      channel.postMessage({ id, revision, tab } satisfies SavedNotice),
    close: () => channel.close(),
  }
}
