import { defineStore } from 'pinia'
import { ref, toRaw } from 'vue'
import {
  cloneJson,
  createJourney,
  pruneReferences,
  STEP_FIELDS,
  type Journey,
  type StepId,
  type StepValues,
} from '@/domain'
import {
  createAutosave,
  loadJourney,
  onExternalChange,
  rememberLastStep,
  saveJourney,
  type LoadResult,
} from '@/persistence'
import { useSaveStatusStore } from './saveStatus'

/**
 * The single source of truth for the journey being edited. Views read `journey`; every change goes through
 * `update` (or `applyStep`), which stamps the document and schedules a debounced save. A save is refused
 * when another tab saved a newer revision meanwhile: `conflict` then asks the user which version to keep.
 */
export const useJourneyStore = defineStore('journey', () => {
  const journey = ref<Journey | null>(null)
  const conflict = ref(false)
  /** Bumped whenever the document is replaced from storage, so forms seeded from it start again. */
  const generation = ref(0)
  const status = useSaveStatusStore()

  const save = (force = false) => {
    const current = journey.value
    if (!current || (conflict.value && !force)) return
    const result = saveJourney(toRaw(current), { force })
    if (result.ok) {
      // The revision just written is the base of the next save; set on the raw object so it schedules nothing.
      toRaw(current).revision = result.revision ?? current.revision
      conflict.value = false
      status.saved(new Date())
    } else {
      if (result.reason === 'conflict') conflict.value = true
      status.failed(result.reason)
    }
  }
  const autosave = createAutosave(() => save())

  onExternalChange((id, revision) => {
    const current = journey.value
    if (current?.id === id && revision !== null && revision > current.revision) conflict.value = true
  })

  /** Makes a journey current; a pending save of the previous one is written first. */
  function setCurrent(next: Journey | null) {
    autosave.flush()
    // A failed last save stays on screen: the user must learn that those edits were not kept.
    if (status.state !== 'failed') status.reset()
    conflict.value = false
    journey.value = next
  }

  /** Opens a saved journey. On failure nothing changes and the reason is returned for the screen. */
  function open(id: string): LoadResult {
    if (journey.value?.id === id) return { ok: true, journey: journey.value, migratedFrom: null }
    const loaded = loadJourney(id)
    if (loaded.ok) setCurrent(loaded.journey)
    return loaded
  }

  /** Makes a new document current and saves it at once, so it is on the start page even if nothing is typed. */
  function adopt(next: Journey): Journey {
    setCurrent(next)
    save()
    return journey.value as Journey
  }

  const create = () => adopt(createJourney())

  function update(mutate: (draft: Journey) => void) {
    const current = journey.value
    if (!current) return
    mutate(current)
    current.updatedAt = new Date().toISOString()
    status.pending()
    autosave.schedule()
  }

  /** Writes a step's form values back; ignores echoes that change nothing (a form re-emitting its seed). */
  function applyStep<S extends StepId>(step: S, values: StepValues<S>) {
    const current = journey.value
    if (!current) return
    const keys = STEP_FIELDS[step] as readonly (keyof StepValues<S>)[]
    // Only the fields that differ are replaced, so what reads the others (the stepper, say) stays as it is.
    const changed = keys.filter((k) => JSON.stringify(values[k]) !== JSON.stringify(toRaw(current)[k]))
    if (changed.length === 0) return
    update((draft) => {
      for (const key of changed) Object.assign(draft, { [key]: cloneJson(values[key]) })
      pruneReferences(draft)
    })
  }

  /** Where the user is: kept in the document for its next save, and in the draft index right away. */
  function rememberStep(step: StepId) {
    const current = journey.value
    if (!current || current.lastStepId === step) return
    toRaw(current).lastStepId = step
    rememberLastStep(current.id, step)
  }

  /** The other tab's version wins: reload it, dropping this tab's unsaved edits. */
  function resolveWithTheirs() {
    const id = journey.value?.id
    if (!id) return
    const loaded = loadJourney(id)
    conflict.value = false
    status.reset()
    if (loaded.ok) journey.value = loaded.journey
    generation.value++
  }

  /** This tab's version wins: save it over the other one, knowingly. */
  function resolveWithMine() {
    save(true)
  }

  const close = () => setCurrent(null)

  return {
    journey,
    conflict,
    generation,
    open,
    create,
    adopt,
    update,
    applyStep,
    rememberStep,
    close,
    resolveWithTheirs,
    resolveWithMine,
    flush: () => autosave.flush(),
  }
})
