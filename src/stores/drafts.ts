import { defineStore } from 'pinia'
import { ref } from 'vue'
import { asNewDraft, type FileError, type Journey } from '@/domain'
import { deleteJourney, listDrafts, loadJourney, saveJourney, type DraftListItem } from '@/persistence'

export type ImportOutcome =
  { ok: true; journey: Journey; asCopy: boolean; migrated: boolean } | { ok: false; error: FileError }

/** The drafts saved in this browser, as the start page lists them, and what is done to them there. */
export const useDraftsStore = defineStore('drafts', () => {
  const drafts = ref<DraftListItem[]>([])
  /** Bumped on every change, so what is derived from storage (the usage meter) recomputes. */
  const version = ref(0)

  function refresh() {
    drafts.value = listDrafts()
    version.value++
  }

  function remove(id: string) {
    deleteJourney(id)
    refresh()
  }

  /** Stores a new draft; false when storage refused it (the caller says so). */
  function store(journey: Journey): boolean {
    const saved = saveJourney(journey).ok
    refresh()
    return saved
  }

  /**
   * Adds an imported journey as a new draft. It never replaces a draft: when its id is already here, it
   * comes in as a separate copy with a new id.
   */
  function addImported(journey: Journey, migratedFrom: number | null): ImportOutcome {
    const asCopy = loadJourney(journey.id).ok || drafts.value.some((d) => d.id === journey.id)
    const draft = asNewDraft(journey, { kind: 'imported', now: new Date(), freshId: asCopy })
    if (!store(draft)) return { ok: false, error: { key: 'save.quota', params: {} } }
    return { ok: true, journey: draft, asCopy, migrated: migratedFrom !== null }
  }

  /** A copy of a draft under a new id (a starting point for a "to be" version). */
  function duplicate(id: string, title: (source: string) => string): Journey | null {
    const loaded = loadJourney(id)
    if (!loaded.ok) return null
    const copy = asNewDraft(loaded.journey, {
      kind: 'duplicate',
      now: new Date(),
      freshId: true,
      title: title(loaded.journey.title).slice(0, 160),
    })
    return store(copy) ? copy : null
  }

  function rename(id: string, title: string): boolean {
    const loaded = loadJourney(id)
    if (!loaded.ok) return false
    const renamed = { ...loaded.journey, title: title.slice(0, 160), updatedAt: new Date().toISOString() }
    const ok = saveJourney(renamed).ok
    refresh()
    return ok
  }

  return { drafts, version, refresh, remove, addImported, duplicate, rename, store }
})
