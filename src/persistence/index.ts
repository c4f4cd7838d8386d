export { createAutosave, SAVE_DELAY_MS, SAVE_MAX_WAIT_MS, type Autosave } from './autosave'
export {
  deleteJourney,
  dropBackup,
  keepBackup,
  readBackup,
  readRawJourney,
  restoreJourney,
  saveJourney,
  saveJourneyNow,
  storeNewJourney,
  summarize,
  trackSave,
  listTrash,
  type TrashItem,
  type SaveResult,
} from './journeys'
export { headRevision } from './head'
export { loadJourney, loadLatest, parseStored, type LoadResult } from './parse'
export { listDrafts, type DraftListItem } from './drafts'
export { rememberLastStep, type DraftSummary } from './draftIndex'
export { recoverFromWal, type Recovered } from './recovery'
export { onSaved, TAB_ID, type SavedNotice } from './notices'
export { keepConflictCopy, dropConflictCopy, useStores } from './wal'
export { memoryStore, type KeyValueStore } from './kvStore'
export type { WriteFailure, WriteResult } from './storage'
export { storageMode, storageUsage, STORAGE_BUDGET_CHARS } from './storage'
export { STORAGE_PREFIX } from './keys'
export { readPreference, writePreference } from './preferences'
export { listReviews, deleteReview, type ReviewSummary } from './reviewIndex'
