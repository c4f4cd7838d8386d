import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  deleteJourney,
  listDrafts,
  loadJourney,
  readRawJourney,
  recoverFromWal,
  restoreJourney,
  saveJourney,
  saveJourneyNow,
  storageMode,
  storageUsage,
  STORAGE_PREFIX,
} from '@/persistence'
import { INDEX_KEY, journeyKey } from '@/persistence/keys'
import { isQuotaError } from '@/persistence/storage'
import { readWal } from '@/persistence/wal'
import { makeJourney } from '../../fixtures/makeJourney'
import { failWritesTo, isJourneyKey, resetPersistence, stored } from '../support/persistence'

beforeEach(() => {
  resetPersistence()
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a full storage', () => {
  it('reports quota and keeps the last good copy in localStorage, the newer text in the write-ahead copy', async () => {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    const before = { journey: readRawJourney(journey.id), index: localStorage.getItem(INDEX_KEY) }
    failWritesTo(isJourneyKey)

    const result = await saveJourney(
      { ...journey, title: 'Gewijzigd', updatedAt: '2024-03-05T10:00:00.000Z' },
      1,
    )

    expect(result).toMatchObject({ ok: false, reason: 'quota' })
    expect(readRawJourney(journey.id)).toBe(before.journey)
    expect(localStorage.getItem(INDEX_KEY)).toBe(before.index)
    expect((await listDrafts()).map((d) => d.title)).toEqual([journey.title])
    const wal = await readWal(journey.id)
    expect(wal).toMatchObject({ textRevision: 2, committedRevision: 1 })
    expect(JSON.parse(wal!.text)).toMatchObject({ title: 'Gewijzigd', revision: 2 })
  })

  it('takes the same base again once there is room: the failed save made no revision', async () => {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    const full = failWritesTo(isJourneyKey)
    await saveJourney({ ...journey, title: 'Eerste poging' }, 1)
    full.mockRestore()

    expect(await saveJourney({ ...journey, title: 'Tweede poging' }, 1)).toEqual({ ok: true, revision: 2 })
    expect(stored(journey.id)).toMatchObject({ title: 'Tweede poging', revision: 2 })
  })

  it('puts the newer text back with recoverFromWal when there is room again', async () => {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    const full = failWritesTo(isJourneyKey)
    await saveJourney({ ...journey, title: 'Na het volle geheugen' }, 1)

    // Still full: nothing can be put back, and the old copy stays.
    expect(await recoverFromWal()).toEqual([
      { id: journey.id, title: 'Na het volle geheugen', kind: 'crash', stored: false },
    ])
    expect(stored(journey.id).title).toBe(journey.title)

    full.mockRestore()
    expect(await recoverFromWal()).toEqual([
      { id: journey.id, title: 'Na het volle geheugen', kind: 'crash', stored: true },
    ])
    expect(stored(journey.id)).toMatchObject({ title: 'Na het volle geheugen', revision: 2 })
    expect((await listDrafts()).map((d) => [d.title, d.revision])).toEqual([['Na het volle geheugen', 2]])
    // Done once: a second start-up has nothing to put back.
    expect(await recoverFromWal()).toEqual([])
  })

  it('reports a write error that is no quota error as unknown', async () => {
    const error = new Error('disk on fire')
    failWritesTo(() => true, error)
    expect(await saveJourney(makeJourney(), 0)).toEqual({ ok: false, reason: 'unknown', error })
  })

  it('makes the last save on leaving a result as well', () => {
    const journey = makeJourney()
    failWritesTo(isJourneyKey)
    expect(saveJourneyNow(journey, 0)).toMatchObject({ ok: false, reason: 'quota' })
    expect(readRawJourney(journey.id)).toBeNull()
  })

  it('still lists a new journey whose index write failed', async () => {
    const journey = makeJourney()
    failWritesTo((key) => key === INDEX_KEY)

    expect(await saveJourney(journey, 0)).toEqual({ ok: true, revision: 1 })
    expect(localStorage.getItem(INDEX_KEY)).toBeNull()
    expect(await listDrafts()).toMatchObject([{ id: journey.id, title: journey.title, damaged: null }])
  })

  // Regression: a stale index line used to hide a newer title after a failed index write.
  it('lists the newer title of a journey whose later index write failed', async () => {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    failWritesTo((key) => key === INDEX_KEY)

    await saveJourney({ ...journey, title: 'eID voor kinderen', updatedAt: '2024-03-05T10:00:00.000Z' }, 1)

    expect((await listDrafts()).map((d) => d.title)).toEqual(['eID voor kinderen'])
  })

  it('keeps the deleted text in the trash when it cannot be put back, and says so', async () => {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    const raw = readRawJourney(journey.id)
    await deleteJourney(journey.id, journey.title)
    const full = failWritesTo(isJourneyKey)

    expect(await restoreJourney(journey.id)).toBe(false)
    full.mockRestore()
    expect(await restoreJourney(journey.id)).toBe(true)
    expect(readRawJourney(journey.id)).toBe(raw)
  })
})

describe('an unavailable storage', () => {
  beforeEach(() => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
  })

  it('works in memory for the session and says so', async () => {
    expect(storageMode()).toBe('memory')
    const journey = makeJourney()
    expect(await saveJourney(journey, 0)).toEqual({ ok: true, revision: 1 })
    expect(await saveJourney({ ...journey, title: 'In het geheugen' }, 1)).toEqual({ ok: true, revision: 2 })
    expect(loadJourney(journey.id)).toMatchObject({
      ok: true,
      journey: { id: journey.id, title: 'In het geheugen' },
    })
    expect((await listDrafts()).map((d) => d.id)).toEqual([journey.id])

    await deleteJourney(journey.id, journey.title)
    expect(loadJourney(journey.id)).toMatchObject({ ok: false, reason: 'missing' })
    expect(await restoreJourney(journey.id)).toBe(true)
    expect(loadJourney(journey.id)).toMatchObject({ ok: true, journey: { title: 'In het geheugen' } })
  })

  it('counts usage in memory without throwing', async () => {
    await saveJourney(makeJourney(), 0)
    expect(storageUsage(STORAGE_PREFIX).ours).toBeGreaterThan(0)
  })
})

describe('storageUsage', () => {
  it('counts our keys and the rest of the site apart', async () => {
    localStorage.setItem('andere-app', 'x'.repeat(100))
    const journey = makeJourney()
    await saveJourney(journey, 0)
    const ours = [journeyKey(journey.id), INDEX_KEY]
      .map((key) => key.length + (localStorage.getItem(key)?.length ?? 0))
      .reduce((a, b) => a + b)
    expect(storageUsage(STORAGE_PREFIX)).toEqual({ ours, others: 'andere-app'.length + 100 })
  })
})

describe('isQuotaError', () => {
  it.each<[string, boolean, unknown]>([
    ['QuotaExceededError (Chromium, Safari)', true, new DOMException('full', 'QuotaExceededError')],
    [
      'NS_ERROR_DOM_QUOTA_REACHED (old Firefox)',
      true,
      new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'),
    ],
    ['a SecurityError', false, new DOMException('blocked', 'SecurityError')],
    [
      'a plain Error named QuotaExceededError',
      false,
      Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    ],
    ['a string', false, 'QuotaExceededError'],
  ])('%s is a quota error: %s', (_name, expected, error) => {
    expect(isQuotaError(error)).toBe(expected)
  })
})
