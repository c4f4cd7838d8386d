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
import { createAutosave, loadJourney, saveJourney, type LoadResult } from '@/persistence'
import { useSaveStatusStore } from './saveStatus'

/**
 * The single source of truth for the journey being edited. Views read `journey`; every change goes through
 * `update` (or `applyStep`), which stamps the document and schedules a debounced save.
 */
export const useJourneyStore = defineStore('journey', () => {
  const journey = ref<Journey | null>(null)
  const status = useSaveStatusStore()

  const save = () => {
    if (!journey.value) return
    const result = saveJourney(toRaw(journey.value))
    if (result.ok) status.saved(new Date())
    else status.failed(result.reason)
  }
  const autosave = createAutosave(save)

  /** Makes a journey current; a pending save of the previous one is written first. */
  function setCurrent(next: Journey | null) {
    autosave.flush()
    // A failed last save stays on screen: the user must learn that those edits were not kept.
    if (status.state !== 'failed') status.reset()
    journey.value = next
  }

  /** Opens a saved journey. On failure nothing changes and the reason is returned for the screen. */
  function open(id: string): LoadResult {
    if (journey.value?.id === id) return { ok: true, journey: journey.value }
    const loaded = loadJourney(id)
    if (loaded.ok) setCurrent(loaded.journey)
    return loaded
  }

  /** Starts a new journey and saves it at once, so it is on the start page even if nothing is typed. */
  function create(): Journey {
    setCurrent(createJourney())
    save()
    return journey.value as Journey
  }

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
    const changed = keys.some((k) => JSON.stringify(values[k]) !== JSON.stringify(current[k]))
    if (!changed) return
    update((draft) => {
      for (const key of keys) Object.assign(draft, { [key]: cloneJson(values[key]) })
      pruneReferences(draft)
    })
  }

  function rememberStep(step: StepId) {
    if (journey.value && journey.value.lastStepId !== step) update((j) => (j.lastStepId = step))
  }

  function close() {
    setCurrent(null)
  }

  return { journey, open, create, update, applyStep, rememberStep, close, flush: () => autosave.flush() }
})
