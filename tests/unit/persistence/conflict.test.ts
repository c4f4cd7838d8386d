import { beforeEach, describe, expect, it } from 'vitest'
import { loadJourney, readRawJourney, saveJourney, saveJourneyNow } from '@/persistence'
import { INDEX_KEY, journeyKey } from '@/persistence/keys'
import { readWal, writeWal } from '@/persistence/wal'
import { makeJourney } from '../../fixtures/makeJourney'
import { resetPersistence, stored, type TestStores } from '../support/persistence'

let stores: TestStores

beforeEach(() => {
  stores = resetPersistence()
})

/** Tab A and tab B both opened revision 1; A saves first. */
async function bothOpened() {
  const journey = makeJourney()
  await saveJourney(journey, 0)
  return journey
}

describe('saving over another tab', () => {
  it('refuses a save based on an older revision and keeps the newer copy', async () => {
    const journey = await bothOpened()
    expect(await saveJourney({ ...journey, title: 'Bewaard in tab A' }, 1)).toEqual({ ok: true, revision: 2 })

    expect(await saveJourney({ ...journey, title: 'Getypt in tab B' }, 1)).toEqual({
      ok: false,
      reason: 'conflict',
      storedRevision: 2,
    })
    expect(stored(journey.id)).toMatchObject({ title: 'Bewaard in tab A', revision: 2 })
    expect(await readWal(journey.id)).toMatchObject({ textRevision: 2, committedRevision: 2 })
  })

  it('lets only one of two saves on the same base through, however they interleave', async () => {
    const journey = await bothOpened()

    const results = await Promise.all([
      saveJourney({ ...journey, title: 'Tab A' }, 1),
      saveJourney({ ...journey, title: 'Tab B' }, 1),
    ])

    expect(results).toEqual([
      { ok: true, revision: 2 },
      { ok: false, reason: 'conflict', storedRevision: 2 },
    ])
    expect(stored(journey.id).title).toBe('Tab A')
  })

  it('refuses a base from the future as well', async () => {
    const journey = await bothOpened()
    expect(await saveJourney(journey, 5)).toEqual({ ok: false, reason: 'conflict', storedRevision: 1 })
  })

  it('overwrites when the user chooses to keep this version', async () => {
    const journey = await bothOpened()
    await saveJourney({ ...journey, title: 'Tab A' }, 1)

    expect(await saveJourney({ ...journey, title: 'Toch deze' }, 1, { force: true })).toEqual({
      ok: true,
      revision: 3,
    })
    expect(stored(journey.id)).toMatchObject({ title: 'Toch deze', revision: 3 })
  })

  it('trusts the write-ahead copy over a localStorage view that lags behind another tab', async () => {
    const journey = await bothOpened()
    // Tab A wrote revision 2; its localStorage write has not reached this tab yet.
    const record = await readWal(journey.id)
    await writeWal(journey.id, { ...record!, textRevision: 2, committedRevision: 2, committedTab: 'tab-a' })

    expect(await saveJourney(journey, 1)).toEqual({ ok: false, reason: 'conflict', storedRevision: 2 })
    expect(readRawJourney(journey.id)).toContain('"revision":1,')
  })

  it('reads the stored revision from the head of the text when the write-ahead copy is lost', async () => {
    const journey = await bothOpened()
    await saveJourney(journey, 1)
    await stores.wal.del(journey.id)

    expect(await saveJourney(journey, 1)).toEqual({ ok: false, reason: 'conflict', storedRevision: 2 })
    expect(await saveJourney(journey, 2)).toEqual({ ok: true, revision: 3 })
  })

  it('reads it from the index when the text has no head either', async () => {
    const journey = await bothOpened()
    await stores.wal.del(journey.id)
    // Written by hand (an older app, another tool): the revision is not at the head.
    const { id, schemaVersion, ...rest } = stored(journey.id)
    localStorage.setItem(journeyKey(journey.id), JSON.stringify({ ...rest, id, schemaVersion }))

    expect(await saveJourney(journey, 0)).toEqual({ ok: false, reason: 'conflict', storedRevision: 1 })
    localStorage.removeItem(INDEX_KEY)
    // Nothing says a revision any more: the save goes through.
    expect(await saveJourney(journey, 0)).toEqual({ ok: true, revision: 1 })
    expect(loadJourney(journey.id).ok).toBe(true)
  })
})

describe('the last save on leaving', () => {
  // Regression: saveJourneyNow() writes base + 1 without looking at what is stored, although the head revision
  // of localStorage can be read synchronously. A tab hidden with unsaved edits before the notice of another
  // tab's save reached it overwrites that save as the same revision number: both tabs then believe they hold
  // revision 2, no conflict is ever shown, and whichever saves next silently discards the other's work.
  it('does not write over a newer stored revision', async () => {
    const journey = await bothOpened()
    await saveJourney({ ...journey, title: 'Tab A' }, 1)

    expect(saveJourneyNow({ ...journey, title: 'Tab B' }, 1)).toMatchObject({
      ok: false,
      reason: 'conflict',
    })
    expect(stored(journey.id)).toMatchObject({ title: 'Tab A', revision: 2 })
  })
})
