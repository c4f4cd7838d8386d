import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { readRawJourney, saveJourney } from '@/persistence'
import { journeyKey } from '@/persistence/keys'
import { useJourneyStore } from '@/stores/journey'
import { useRecoveryStore, whenRecovered } from '@/stores/recovery'
import { makeJourney } from '../../fixtures/makeJourney'
import { resetPersistence } from '../support/persistence'

beforeEach(() => {
  resetPersistence()
  setActivePinia(createPinia())
})

describe('useRecoveryStore', () => {
  it('puts back what a crash kept from localStorage, once per page load, before a journey opens', async () => {
    await expect(whenRecovered()).resolves.toBeUndefined()
    const journey = makeJourney()
    await saveJourney(journey, 0)
    const older = readRawJourney(journey.id)!
    await saveJourney({ ...journey, title: 'Vlak voor de crash' }, 1)
    localStorage.setItem(journeyKey(journey.id), older)
    const recovery = useRecoveryStore()

    const run = recovery.run()
    // Opening waits for the recovery: it sees the text put back.
    const opened = useJourneyStore().open(journey.id)
    await run
    expect(await opened).toMatchObject({ ok: true, journey: { title: 'Vlak voor de crash', revision: 2 } })
    expect(recovery.recovered).toEqual([
      { id: journey.id, title: 'Vlak voor de crash', kind: 'crash', stored: true },
    ])
    // Once per page load: a second run puts nothing back.
    localStorage.setItem(journeyKey(journey.id), older)
    await recovery.run()
    expect(readRawJourney(journey.id)).toBe(older)

    recovery.dismiss()
    expect(recovery.recovered).toEqual([])
    useJourneyStore().close()
  })
})
