export { createAutosave, SAVE_DELAY_MS, type Autosave } from './autosave'
export {
  deleteJourney,
  listDrafts,
  loadJourney,
  saveJourney,
  summarize,
  type DraftListItem,
  type DraftSummary,
  type LoadResult,
} from './journeys'
export type { WriteFailure, WriteResult } from './storage'
