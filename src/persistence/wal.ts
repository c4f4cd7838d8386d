import { openStore, type KeyValueStore } from './kvStore'
import { TRASH_DB, WAL_DB } from './keys'

/**
 * The write-ahead copy of each journey in IndexedDB, beside localStorage (which stays the store the user
 * chose). Written before every localStorage write and confirmed after it, it serves two purposes:
 * - crash recovery: Chromium writes localStorage to disk up to a minute after `setItem`, IndexedDB before
 *   the transaction completes, so after a killed browser the newest text is here;
 * - the revision check across tabs: IndexedDB reads are consistent between tabs, while each tab's view of
 *   localStorage may lag behind another tab's writes.
 */
export interface WalRecord {
  /** The newest text written for this journey, and the revision it carries. */
  text: string
  textRevision: number
  /** The last revision known to be in localStorage, and which tab wrote it. */
  committedRevision: number
  committedTab: string
  savedAt: string
}

/** A journey that was deleted, kept so that "Ongedaan maken" can bring it back, also after a reload. */
export interface TrashRecord {
  raw: string
  title: string
  deletedAt: string
}

let wal: KeyValueStore | null = null
let trash: KeyValueStore | null = null

/** The stores; tests replace them with memory stores. */
export const walStore = (): KeyValueStore => (wal ??= openStore(WAL_DB))
export const trashStore = (): KeyValueStore => (trash ??= openStore(TRASH_DB))
export function useStores(stores: { wal: KeyValueStore; trash: KeyValueStore }): void {
  wal = stores.wal
  trash = stores.trash
}

const conflictKey = (id: string) => `conflict:${id}`

export const readWal = (id: string) => walStore().get<WalRecord>(id)
export const writeWal = (id: string, record: WalRecord) => walStore().set(id, record)
export const dropWal = (id: string) => walStore().del(id)
export const allWal = () => walStore().entries<WalRecord | { conflict: string }>()

/** This tab's unsaved version while a conflict is open: a crash then still loses nothing. */
export const keepConflictCopy = (id: string, text: string) =>
  walStore().set(conflictKey(id), { conflict: text })
export const dropConflictCopy = (id: string) => walStore().del(conflictKey(id))
export const isConflictKey = (key: string) => key.startsWith('conflict:')
