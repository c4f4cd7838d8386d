import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { asNewDraft, createJourney, type Journey, type Persona } from '@/domain'
import {
  deleteReview,
  listReviews,
  type ReviewSummary,
  deleteJourney,
  listDrafts,
  readRawJourney,
  restoreJourney,
  listTrash,
  type TrashItem,
  saveJourney,
  storageMode,
  storageUsage,
  STORAGE_BUDGET_CHARS,
  STORAGE_PREFIX,
  storeNewJourney,
  type DraftListItem,
  type LoadResult,
  type SaveResult,
} from '@/persistence'

export type { DraftListItem }

export type StoreOutcome =
  { ok: true; journey: Journey } | { ok: false; reason: 'quota' | 'unavailable' | 'unknown' }
export type ImportOutcome =
  | { ok: true; journey: Journey; asCopy: boolean; migrated: boolean }
  | { ok: false; reason: 'quota' | 'unavailable' | 'unknown' }

const outcome = (journey: Journey, saved: SaveResult): StoreOutcome =>
  saved.ok
    ? { ok: true, journey }
    : { ok: false, reason: saved.reason === 'conflict' ? 'unknown' : saved.reason }

/** The reader (the schema and its mending) loads when a whole journey is read, not with the start page. */
const loadJourney = async (id: string): Promise<LoadResult> =>
  (await import('@/persistence/parse')).loadJourney(id)

/** The drafts saved in this browser, as the start page lists them, and what is done to them there. */
export const useDraftsStore = defineStore('drafts', () => {
  const drafts = shallowRef<DraftListItem[]>([])
  /** Colleagues' journeys this browser is reviewing (review mode), newest first. */
  const reviews = shallowRef<ReviewSummary[]>([])
  /** Bumped on every change, so what is derived from storage (the usage meter) recomputes. */
  const version = ref(0)
  /** The last deleted draft, which "Ongedaan maken" brings back. */
  const lastDeleted = shallowRef<{ id: string; title: string } | null>(null)

  /** Deleted drafts that can still be brought back, also after a reload. */
  const trash = shallowRef<TrashItem[]>([])

  async function refresh() {
    drafts.value = await listDrafts()
    trash.value = await listTrash().catch(() => [])
    reviews.value = listReviews()
    version.value++
  }

  async function remove(id: string, title: string) {
    const kept = await deleteJourney(id, title)
    lastDeleted.value = kept ? { id, title } : null
    await refresh()
  }

  /** Brings a deleted draft back from the trash; false when it could not be (storage full). */
  async function restore(id: string): Promise<boolean> {
    const ok = await restoreJourney(id)
    if (ok && lastDeleted.value?.id === id) lastDeleted.value = null
    await refresh()
    return ok
  }

  /** Brings the last deleted draft back; false when it could not be (storage full). */
  async function undoRemove(): Promise<boolean> {
    const last = lastDeleted.value
    if (!last) return false
    const ok = await restoreJourney(last.id)
    if (ok) lastDeleted.value = null
    await refresh()
    return ok
  }

  /** Stores a new draft; says why when storage refused it. */
  async function store(journey: Journey): Promise<StoreOutcome> {
    const saved = await storeNewJourney(journey)
    await refresh()
    return outcome(journey, saved)
  }

  /** A new, empty draft, stored at once so it is on the start page even if nothing is typed. */
  const create = () => store(createJourney())

  /**
   * Adds an imported journey as a new draft. It never replaces a draft: when its id is already here, it
   * comes in as a separate copy with a new id.
   */
  async function addImported(
    journey: Journey,
    migratedFrom: number | null,
    kind: 'imported' | 'example' = 'imported',
  ): Promise<ImportOutcome> {
    const asCopy = readRawJourney(journey.id) !== null || drafts.value.some((d) => d.id === journey.id)
    const draft = asNewDraft(journey, { kind, now: new Date(), freshId: asCopy || kind === 'example' })
    const stored = await store(draft)
    if (!stored.ok) return stored
    return { ok: true, journey: draft, asCopy, migrated: migratedFrom !== null }
  }

  /** A copy of a draft under a new id. */
  async function duplicate(id: string, title: (source: string) => string): Promise<StoreOutcome | null> {
    const loaded = await loadJourney(id)
    if (!loaded.ok) return null
    const copy = asNewDraft(loaded.journey, {
      kind: 'duplicate',
      now: new Date(),
      freshId: true,
      title: title(loaded.journey.title).slice(0, 160),
    })
    return store(copy)
  }

  /** One map follows one persona: a copy of a journey for another persona, as a draft of its own. */
  function copyWithPersona(journey: Journey, persona: Persona, title: string): Promise<StoreOutcome> {
    const copy = asNewDraft(journey, {
      kind: 'duplicate',
      now: new Date(),
      freshId: true,
      title: title.slice(0, 160),
    })
    return store({ ...copy, central: { ...copy.central, mode: 'persona', personas: [persona] } })
  }

  /** Renames a draft from the start page, as the next revision of it. */
  async function rename(id: string, title: string): Promise<boolean> {
    const loaded = await loadJourney(id)
    if (!loaded.ok) return false
    const renamed = { ...loaded.journey, title: title.slice(0, 160), updatedAt: new Date().toISOString() }
    const saved = await saveJourney(renamed, loaded.journey.revision)
    await refresh()
    return saved.ok
  }

  /** How full this site's storage is: our drafts, and what the rest of the site uses of the same quota. */
  function usage() {
    void version.value
    return {
      ...storageUsage(STORAGE_PREFIX),
      budget: STORAGE_BUDGET_CHARS,
      blocked: storageMode() === 'memory',
    }
  }

  function removeReview(id: string) {
    deleteReview(id)
    reviews.value = listReviews()
    version.value++
  }

  return {
    drafts,
    reviews,
    removeReview,
    version,
    lastDeleted,
    trash,
    restore,
    refresh,
    remove,
    undoRemove,
    create,
    addImported,
    duplicate,
    copyWithPersona,
    rename,
    store,
    usage,
    load: loadJourney,
    rawText: readRawJourney,
  }
})
