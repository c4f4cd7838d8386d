/** Every localStorage key the app uses. One key per journey keeps a save small; the index lists them cheaply. */
export const STORAGE_PREFIX = 'klantreis:'
export const INDEX_KEY = `${STORAGE_PREFIX}index`
export const JOURNEY_KEY_PREFIX = `${STORAGE_PREFIX}journey:`
export const journeyKey = (id: string) => `${JOURNEY_KEY_PREFIX}${id}`
/** The text of a draft as it was before the reader had to mend it, kept until the user no longer needs it. */
export const BACKUP_KEY_PREFIX = `${STORAGE_PREFIX}backup:`
export const backupKey = (id: string) => `${BACKUP_KEY_PREFIX}${id}`

/** A colleague's review of someone else's journey (review mode): the journey to read and their remarks. */
export const REVIEW_KEY_PREFIX = `${STORAGE_PREFIX}review:`
export const reviewKey = (id: string) => `${REVIEW_KEY_PREFIX}${id}`

/** IndexedDB databases (idb-keyval keeps one object store per database). */
export const WAL_DB = 'klantreis-wal'
export const TRASH_DB = 'klantreis-trash'
export const LOCK_PREFIX = 'klantreis-save:'
export const CHANNEL_NAME = 'klantreis'
