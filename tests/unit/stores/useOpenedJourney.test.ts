import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { effectScope, nextTick, ref } from 'vue'
import { saveJourney } from '@/persistence'
import { journeyKey } from '@/persistence/keys'
import { useJourneyStore } from '@/stores/journey'
import { useOpenedJourney } from '@/stores/useOpenedJourney'
import { makeJourney } from '../../fixtures/makeJourney'
import { resetPersistence } from '../support/persistence'

const scope = effectScope()

beforeEach(() => {
  resetPersistence()
  setActivePinia(createPinia())
})

afterEach(() => {
  useJourneyStore().close()
})

describe('useOpenedJourney', () => {
  it("opens the route's journey, and the next one when the route changes", async () => {
    const first = makeJourney()
    const second = makeJourney({ title: 'Tweede' })
    await saveJourney(first, 0)
    await saveJourney(second, 0)
    const id = ref(first.id)

    const opened = scope.run(() => useOpenedJourney(() => id.value))!
    expect(opened.journey.value).toBeNull()
    await vi.waitFor(() => expect(opened.journey.value?.id).toBe(first.id))
    expect(opened.failed.value).toBe(false)

    id.value = second.id
    await nextTick()
    // Until the next one is open, nothing is shown rather than the previous journey.
    expect(opened.journey.value).toBeNull()
    await vi.waitFor(() => expect(opened.journey.value?.title).toBe('Tweede'))
  })

  it('says so when the journey is missing or damaged', async () => {
    localStorage.setItem(journeyKey('kapot'), 'niet-json')
    const id = ref('bestaat-niet')
    const opened = scope.run(() => useOpenedJourney(() => id.value))!
    await vi.waitFor(() => expect(opened.failed.value).toBe(true))
    expect(opened.journey.value).toBeNull()

    id.value = 'kapot'
    await vi.waitFor(() => expect(opened.failed.value).toBe(true))
    expect(opened.journey.value).toBeNull()
  })
})
