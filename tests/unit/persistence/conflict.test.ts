import { beforeEach, describe, expect, it } from 'vitest'
import { loadJourney, saveJourney, storedRevision } from '@/persistence'
import { makeJourney } from '../../fixtures/makeJourney'

beforeEach(() => localStorage.clear())

describe('saving over another tab', () => {
  it('counts revisions up from what is stored', () => {
    const journey = makeJourney()
    expect(saveJourney(journey)).toMatchObject({ ok: true, revision: 1 })
    expect(saveJourney({ ...journey, revision: 1 })).toMatchObject({ ok: true, revision: 2 })
    expect(storedRevision(journey.id)).toBe(2)
  })

  it('refuses a save based on an older revision and keeps the newer copy', () => {
    const journey = makeJourney()
    saveJourney(journey)
    saveJourney({ ...journey, revision: 1, title: 'Bewaard in tab A' })
    const stale = { ...journey, revision: 1, title: 'Getypt in tab B' }

    expect(saveJourney(stale)).toMatchObject({ ok: false, reason: 'conflict', storedRevision: 2 })
    expect(loadJourney(journey.id)).toMatchObject({ ok: true, journey: { title: 'Bewaard in tab A' } })
  })

  it('overwrites when the user chooses to keep this version', () => {
    const journey = makeJourney()
    saveJourney(journey)
    saveJourney({ ...journey, revision: 1 })
    expect(saveJourney({ ...journey, revision: 1, title: 'Toch deze' }, { force: true })).toMatchObject({
      ok: true,
      revision: 3,
    })
    expect(loadJourney(journey.id)).toMatchObject({ ok: true, journey: { title: 'Toch deze', revision: 3 } })
  })
})
