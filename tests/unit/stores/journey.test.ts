import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { pickStep, type Journey } from '@/domain'
import { listDrafts, loadJourney, saveJourney, SAVE_DELAY_MS } from '@/persistence'
import { journeyKey } from '@/persistence/keys'
import { useJourneyStore } from '@/stores/journey'
import { useSaveStatusStore } from '@/stores/saveStatus'
import { makeJourney } from '../../fixtures/makeJourney'

const NOW = new Date('2024-06-10T08:00:00.000Z')

/** Saves a complete journey and opens it in the store, as reopening a draft does. */
function openSaved(): { store: ReturnType<typeof useJourneyStore>; saved: Journey } {
  const saved = makeJourney()
  saveJourney(saved)
  const store = useJourneyStore()
  expect(store.open(saved.id).ok).toBe(true)
  return { store, saved }
}

const stored = (id: string): Journey => {
  const loaded = loadJourney(id)
  if (!loaded.ok) throw new Error(`journey ${id} is not stored: ${loaded.reason}`)
  return loaded.journey
}

beforeEach(() => {
  localStorage.clear()
  vi.useFakeTimers()
  vi.setSystemTime(NOW)
  setActivePinia(createPinia())
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

describe('useJourneyStore', () => {
  it('create() saves the new journey at once', () => {
    const store = useJourneyStore()
    const journey = store.create()

    expect(store.journey?.id).toBe(journey.id)
    expect(journey.createdAt).toBe(NOW.toISOString())
    expect(listDrafts().map((d) => d.id)).toEqual([journey.id])
    expect(useSaveStatusStore().state).toBe('saved')
  })

  it('update() marks the save pending and saves after the debounce', () => {
    const { store, saved } = openSaved()
    const status = useSaveStatusStore()
    vi.setSystemTime(new Date('2024-06-10T08:00:05.000Z'))

    store.update((j) => (j.title = 'eID voor kinderen'))

    expect(status.state).toBe('pending')
    expect(stored(saved.id).title).toBe(saved.title)
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(stored(saved.id)).toMatchObject({
      title: 'eID voor kinderen',
      updatedAt: '2024-06-10T08:00:05.000Z',
    })
    expect(status.state).toBe('saved')
    expect(status.lastSavedAt).toEqual(new Date('2024-06-10T08:00:05.400Z'))
  })

  it("applyStep('goal') writes the values and ignores an identical echo", () => {
    const { store, saved } = openSaved()
    const values = {
      title: 'Kids-ID aanvragen',
      caseDescription: 'Een ouder vraagt een Kids-ID aan.',
      goal: 'Doel',
    }

    store.applyStep('goal', values)
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    const stamp = store.journey?.updatedAt
    expect(store.journey).toMatchObject(values)
    expect(stored(saved.id)).toMatchObject(values)

    vi.setSystemTime(new Date('2024-06-10T09:00:00.000Z'))
    store.applyStep('goal', { ...values })
    expect(store.journey?.updatedAt).toBe(stamp)
    expect(useSaveStatusStore().state).toBe('saved')
  })

  it('applyStep replaces only the fields that changed', () => {
    const { store } = openSaved()
    const values = pickStep(store.journey!, 'central')
    const lanes = store.journey!.lanes
    values.central.generalNote = 'Iedereen doorloopt dezelfde aanvraag.'

    store.applyStep('central', values)

    expect(store.journey?.central.generalNote).toBe('Iedereen doorloopt dezelfde aanvraag.')
    expect(store.journey?.lanes).toBe(lanes)
  })

  it('applyStep copies the values: the form can keep editing its own', () => {
    const { store } = openSaved()
    const values = pickStep(store.journey!, 'phases')
    values.phases[0]!.name = 'Voorbereiding'

    store.applyStep('phases', values)
    values.phases[0]!.name = 'Nog iets anders'

    expect(store.journey?.phases[0]?.name).toBe('Voorbereiding')
  })

  it("applyStep('phases') removing a phase prunes its activities and their insights", () => {
    const { store, saved } = openSaved()
    const removed = saved.phases[1]!.id

    store.applyStep('phases', { phases: saved.phases.filter((p) => p.id !== removed) })

    expect(store.journey?.phases).toHaveLength(2)
    expect(store.journey?.activities.map((a) => a.phaseId)).not.toContain(removed)
    expect(store.journey?.activities).toHaveLength(3)
    expect(store.journey?.insights).toEqual([])
    expect(store.journey?.quotes[0]?.phaseId).toBeNull()
  })

  it('open() of a missing id fails and keeps the current journey', () => {
    const { store, saved } = openSaved()

    const result = store.open('bestaat-niet')

    expect(result).toEqual({ ok: false, reason: 'missing', raw: null })
    expect(store.journey?.id).toBe(saved.id)
  })

  it('open() of another journey writes the pending save of the current one first', () => {
    const { store, saved } = openSaved()
    const other = makeJourney()
    saveJourney(other)

    store.update((j) => (j.goal = 'Nieuw doel'))
    store.open(other.id)

    expect(store.journey?.id).toBe(other.id)
    expect(stored(saved.id).goal).toBe('Nieuw doel')
    expect(useSaveStatusStore().state).toBe('idle')
  })

  it('a full storage fails the save and keeps the old stored copy', () => {
    const { store, saved } = openSaved()
    const before = localStorage.getItem(journeyKey(saved.id))
    const status = useSaveStatusStore()
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })

    store.update((j) => (j.title = 'Te groot'))
    vi.advanceTimersByTime(SAVE_DELAY_MS)

    expect(status.state).toBe('failed')
    expect(status.failure).toBe('quota')
    expect(localStorage.getItem(journeyKey(saved.id))).toBe(before)
    expect(store.journey?.title).toBe('Te groot')

    // Further typing keeps the failure on screen until a save succeeds again.
    store.update((j) => (j.title = 'Te groot!'))
    expect(status.state).toBe('failed')
    full.mockRestore()
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(status.state).toBe('saved')
    expect(status.failure).toBeNull()
    expect(stored(saved.id).title).toBe('Te groot!')
  })

  // Regression: the failure of the last save used to be wiped when leaving the journey.
  it('close() with a pending save that fails leaves the failure reported', () => {
    const { store } = openSaved()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })

    store.update((j) => (j.title = 'Laatste wijziging'))
    store.close()

    expect(useSaveStatusStore().failure).toBe('quota')
  })

  it('rememberStep keeps the step in the draft index without a new revision of the journey', () => {
    const { store, saved } = openSaved()
    const revision = stored(saved.id).revision
    const stamp = store.journey?.updatedAt
    store.rememberStep('moments')
    expect(store.journey?.lastStepId).toBe('moments')
    expect(listDrafts().find((d) => d.id === saved.id)?.lastStepId).toBe('moments')
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(stored(saved.id).revision).toBe(revision)
    expect(store.journey?.updatedAt).toBe(stamp)
    // The next real edit stores it in the journey as well.
    store.update((j) => (j.goal = 'Nieuw doel'))
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(stored(saved.id).lastStepId).toBe('moments')
  })

  it('close() writes a pending save and clears the current journey', () => {
    const { store, saved } = openSaved()
    store.update((j) => (j.goal = 'Bij het sluiten bewaard'))
    store.close()
    expect(store.journey).toBeNull()
    expect(stored(saved.id).goal).toBe('Bij het sluiten bewaard')
  })

  it('does nothing without a current journey', () => {
    const store = useJourneyStore()
    store.update((j) => (j.title = 'x'))
    store.applyStep('goal', { title: 'x', caseDescription: 'y', goal: 'z' })
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(useSaveStatusStore().state).toBe('idle')
    expect(listDrafts()).toEqual([])
  })
})
