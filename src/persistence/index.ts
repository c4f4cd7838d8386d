export { createAutosave, SAVE_DELAY_MS, type Autosave } from './autosave'
export {
  deleteJourney,
  loadJourney,
  parseStored,
  readRawJourney,
  saveJourney,
  storedRevision,
  summarize,
  type LoadResult,
  type SaveResult,
} from './journeys'
export { listDrafts, onExternalChange, type DraftListItem } from './drafts'
export { rememberLastStep, type DraftSummary } from './draftIndex'
export type { WriteFailure, WriteResult } from './storage'
export { storageMode, usedChars, STORAGE_BUDGET_CHARS } from './storage'
export { STORAGE_PREFIX } from './keys'
export { readPreference, writePreference } from './preferences'
