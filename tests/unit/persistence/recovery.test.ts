import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  keepConflictCopy,
  listDrafts,
  loadJourney,
  readRawJourney,
  recoverFromWal,
  saveJourney,
} from '@/persistence'
import { INDEX_KEY, journeyKey } from '@/persistence/keys'
import { readWal, writeWal } from '@/persistence/wal'
import { makeJourney } from '../../fixtures/makeJourney'
import { failWritesTo, isJourneyKey, resetPersistence, stored, type TestStores } from '../support/persistence'

let stores: TestStores

beforeEach(() => {
  stores = resetPersistence()
})

afterEach(() => {
  vi.restoreAllMocks()
})

/** Revision 1 and 2 saved; then the browser was killed before revision 2 reached localStorage's disk. */
async function lostWrite() {
  const journey = makeJourney()
  await saveJourney(journey, 0)
  const older = readRawJourney(journey.id)!
  const olderIndex = localStorage.getItem(INDEX_KEY)!
  await saveJourney({ ...journey, title: 'Vlak voor de crash', updatedAt: '2024-03-05T10:00:00.000Z' }, 1)
  localStorage.setItem(journeyKey(journey.id), older)
  localStorage.setItem(INDEX_KEY, olderIndex)
  return journey
}

describe('recoverFromWal after a crash', () => {
  it('puts back a write-ahead text newer than localStorage and reports it', async () => {
    const journey = await lostWrite()
    expect(stored(journey.id).revision).toBe(1)

    expect(await recoverFromWal()).toEqual([
      { id: journey.id, title: 'Vlak voor de crash', kind: 'crash', stored: true },
    ])

    expect(stored(journey.id)).toMatchObject({ title: 'Vlak voor de crash', revision: 2 })
    expect(readRawJourney(journey.id)).toBe((await readWal(journey.id))!.text)
    expect(await listDrafts()).toMatchObject([
      { id: journey.id, title: 'Vlak voor de crash', revision: 2, damaged: null },
    ])
  })

  it('puts back a journey whose localStorage text is gone altogether', async () => {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    localStorage.clear()

    expect(await recoverFromWal()).toMatchObject([{ id: journey.id, kind: 'crash', stored: true }])
    expect(stored(journey.id).revision).toBe(1)
  })

  it('has nothing to do when localStorage is up to date', async () => {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    await saveJourney(journey, 1)
    const raw = readRawJourney(journey.id)

    expect(await recoverFromWal()).toEqual([])
    expect(readRawJourney(journey.id)).toBe(raw)
  })

  it('leaves a write-ahead text alone that the reader cannot open', async () => {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    const raw = readRawJourney(journey.id)
    await writeWal(journey.id, {
      text: '{"kapot',
      textRevision: 9,
      committedRevision: 1,
      committedTab: '',
      savedAt: '',
    })

    expect(await recoverFromWal()).toEqual([])
    expect(readRawJourney(journey.id)).toBe(raw)
  })

  it('returns nothing when the write-ahead store cannot be read', async () => {
    stores.wal.entries = () => Promise.reject(new Error('blocked'))
    expect(await recoverFromWal()).toEqual([])
  })

  it('lets the next save go on from the recovered revision', async () => {
    const journey = await lostWrite()
    await recoverFromWal()
    const recovered = stored(journey.id)

    expect(await saveJourney({ ...recovered, goal: 'Verder na het herstel' }, recovered.revision)).toEqual({
      ok: true,
      revision: 3,
    })
  })

  // Regression: when the localStorage write itself failed (storage full, or the tab died between the write-ahead
  // copy and its confirmation), the text put back is not confirmed in the write-ahead copy: committedRevision
  // stays at the revision before. The first save after the recovery, made on the recovered revision, is then
  // refused as a conflict with the tab's own earlier write.
  it('lets the next save go on after putting back a text that never reached localStorage', async () => {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    const full = failWritesTo(isJourneyKey)
    await saveJourney({ ...journey, title: 'Na het volle geheugen' }, 1)
    full.mockRestore()
    await recoverFromWal()
    const recovered = stored(journey.id)
    expect(recovered.revision).toBe(2)

    expect(await saveJourney({ ...recovered, goal: 'Verder na het herstel' }, recovered.revision)).toEqual({
      ok: true,
      revision: 3,
    })
  })
})

describe('recoverFromWal after a two-tab conflict', () => {
  it('turns the unsaved version of a conflict into a draft of its own', async () => {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    const mine = { ...journey, title: 'Mijn versie', revision: 1 }
    await keepConflictCopy(journey.id, JSON.stringify(mine))

    const recovered = await recoverFromWal()

    expect(recovered).toEqual([
      { id: expect.any(String) as string, title: 'Mijn versie', kind: 'conflict', stored: true },
    ])
    const copyId = recovered[0]!.id
    expect(copyId).not.toBe(journey.id)
    expect(stored(copyId)).toMatchObject({
      ...mine,
      id: copyId,
      revision: 0,
      origin: { kind: 'duplicate', sourceTitle: 'Mijn versie' },
      createdAt: expect.any(String) as string,
      updatedAt: expect.any(String) as string,
    })
    // The original is untouched, both are listed, and the copy is made once only.
    expect(stored(journey.id)).toMatchObject({ title: journey.title, revision: 1 })
    expect((await listDrafts()).map((d) => d.id).sort()).toEqual([journey.id, copyId].sort())
    expect(await recoverFromWal()).toEqual([])
    expect(await stores.wal.get(`conflict:${journey.id}`)).toBeUndefined()
  })

  it('drops a conflict copy that is not a journey', async () => {
    await keepConflictCopy('j1', 'geen json')
    expect(await recoverFromWal()).toEqual([])
    expect(await stores.wal.entries()).toEqual([])
    expect(await listDrafts()).toEqual([])
  })

  it('keeps a copy the reader must mend as it mends it', async () => {
    const journey = makeJourney({ title: 'x'.repeat(170) })
    await keepConflictCopy(journey.id, JSON.stringify(journey))

    const [recovered] = await recoverFromWal()

    expect(recovered).toMatchObject({ kind: 'conflict', title: 'x'.repeat(160) })
    expect(loadJourney(recovered!.id)).toMatchObject({ ok: true, journey: { title: 'x'.repeat(160) } })
  })
})
