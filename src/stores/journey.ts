import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  createHistory,
  createJourney,
  stepStatuses,
  type Journey,
  type Path,
  type RepairNote,
  type StepId,
  type StepStatus,
} from '@/domain'
import { createAutosave, keepBackup, readBackup, rememberLastStep, type LoadResult } from '@/persistence'
import { useSaveStatusStore } from './saveStatus'
import { insertItem, moveItem, removeItem, setValue, typingKey, type EditResult } from './journeyEdits'
import { useJourneySync } from './journeySync'

export type EditLabel = { key: string; params?: Record<string, string | number> }

/**
 * The single source of truth for the journey being edited. The document is immutable: every change is an
 * edit (`commit`, `insert`, `remove`, `move`, `change`) that makes the next document, is recorded for undo and
 * schedules a save. Step forms own their values while they are open and commit each change here, leaf by leaf.
 * Saving, other tabs and conflicts are `journeySync`'s business.
 */
export const useJourneyStore = defineStore('journey', () => {
  const journey = shallowRef<Journey | null>(null)
  /** Where each step stands, computed when a journey opens and after each save (not on every keystroke). */
  const statuses = shallowRef<Record<StepId, StepStatus> | null>(null)
  /** Bumped whenever the document is replaced as a whole (undo, redo, another tab's version): forms reseed. */
  const generation = ref(0)
  /** The last edit the store refused (a text past its maximum), as an encoded i18n message. */
  const refusal = ref<{ path: string; message: string } | null>(null)
  /** What the reader had to mend to open this journey. */
  const repairs = shallowRef<RepairNote[]>([])
  const history = createHistory<Journey>()
  const undoState = ref({ undo: null as EditLabel | null, redo: null as EditLabel | null })
  const status = useSaveStatusStore()

  const sync = useJourneySync({
    current: () => journey.value,
    replace: (next) => replaceDocument(next),
    saved: (doc) => (statuses.value = stepStatuses(doc)),
  })
  const autosave = createAutosave(
    () => void sync.save(),
    () => sync.saveNow(),
  )
  /** Writes a pending save now; resolves once everything asked for so far is written. */
  function flush(): Promise<void> {
    autosave.flush()
    return sync.settled()
  }

  function syncUndo() {
    undoState.value = { undo: history.peekUndo()?.label ?? null, redo: history.peekRedo()?.label ?? null }
  }

  function replaceDocument(next: Journey) {
    journey.value = next
    statuses.value = stepStatuses(next)
    generation.value++
  }

  /** Makes a journey current; a pending save of the previous one is written first. */
  function setCurrent(next: Journey | null, notes: RepairNote[] = []) {
    autosave.flush()
    if (status.state !== 'failed') status.reset()
    history.clear()
    syncUndo()
    refusal.value = null
    repairs.value = notes
    journey.value = next
    statuses.value = next ? stepStatuses(next) : null
    sync.adopt(next)
  }

  /** Opens a saved journey. On failure nothing changes and the reason is returned for the screen. */
  async function open(id: string): Promise<LoadResult> {
    const current = journey.value
    // The same journey with unsaved edits stays; otherwise it is read again (it may have been renamed on the
    // start page, or saved by another tab meanwhile).
    if (current?.id === id && sync.dirty())
      return { ok: true, journey: current, migratedFrom: null, repairs: repairs.value, raw: '' }
    const loaded = await sync.load(id)
    if (!loaded.ok) return loaded
    // The first save will overwrite the text the reader had to mend: keep it for download first.
    if (loaded.repairs.length) keepBackup(id, loaded.raw)
    setCurrent(loaded.journey, loaded.repairs)
    return loaded
  }

  /** Makes a new document current and saves it at once, so it is on the start page even if nothing is typed. */
  async function adopt(next: Journey): Promise<Journey> {
    setCurrent(next)
    await sync.save({ force: true })
    return next
  }

  const create = () => adopt(createJourney())

  function apply(result: EditResult, label: EditLabel, key: string | null = null): boolean {
    const current = journey.value
    if (!current) return false
    if (!result.ok) {
      refusal.value = { path: key ?? '', message: result.reason }
      return false
    }
    if (refusal.value && (key === null || refusal.value.path === key)) refusal.value = null
    if (result.doc === current) return false
    const next = { ...result.doc, updatedAt: new Date().toISOString() }
    history.record(current, next, label, key)
    journey.value = next
    syncUndo()
    sync.changed()
    status.pending()
    autosave.schedule()
    return true
  }

  const edit = (change: (doc: Journey) => EditResult, label: EditLabel, key: string | null = null) =>
    journey.value ? apply(change(journey.value), label, key) : false

  /** A field's new value; typing in one field is one undo step while it continues. */
  const commit = (path: string | Path, value: unknown) =>
    edit((doc) => setValue(doc, path, value), { key: 'history.typed' }, typingKey(path))
  const insert = (listPath: string | Path, item: unknown, label: EditLabel, index?: number) =>
    edit((doc) => insertItem(doc, listPath, item, index), label)
  const remove = (listPath: string | Path, index: number, label: EditLabel) =>
    edit((doc) => removeItem(doc, listPath, index), label)
  const move = (
    listPath: string | Path,
    from: number,
    to: number,
    label: EditLabel,
    how: 'move' | 'swap' = 'move',
  ) => edit((doc) => moveItem(doc, listPath, from, to, how), label)
  /** Several changes as one undoable edit (a need started from a point to improve, an accepted remark). */
  const change = (label: EditLabel, make: (doc: Journey) => EditResult) => edit(make, label)

  function travel(entry: { before: Journey; after: Journey } | null, to: 'before' | 'after') {
    if (!entry || !journey.value) return false
    replaceDocument({ ...entry[to], updatedAt: new Date().toISOString() })
    syncUndo()
    sync.changed()
    status.pending()
    autosave.schedule()
    return true
  }
  /** After an edit that changed more than the open form knows (a restored version): the forms reseed. */
  const reseed = () => void generation.value++
  const undo = () => travel(history.undo(), 'before')
  const redo = () => travel(history.redo(), 'after')

  /**
   * Where the user is: in the draft index right away, and in the document for its next save. Viewing a step
   * is not an edit: no undo step, no save of its own (two tabs opening a draft must not conflict).
   */
  function rememberStep(step: StepId) {
    const current = journey.value
    if (!current || current.lastStepId === step) return
    journey.value = { ...current, lastStepId: step }
    rememberLastStep(current.id, step)
  }

  const close = () => setCurrent(null)
  /** The text of this journey before the reader mended it, when it had to. */
  const originalText = () => (journey.value ? readBackup(journey.value.id) : null)

  return {
    journey,
    statuses,
    generation,
    refusal,
    repairs,
    conflict: sync.conflict,
    undoLabel: computed(() => undoState.value.undo),
    redoLabel: computed(() => undoState.value.redo),
    open,
    create,
    adopt,
    commit,
    insert,
    remove,
    move,
    change,
    reseed,
    undo,
    redo,
    rememberStep,
    close,
    originalText,
    resolveConflict: sync.resolve,
    flush,
  }
})
