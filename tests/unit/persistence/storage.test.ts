import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { deleteJourney, listDrafts, loadJourney, saveJourney } from '@/persistence'
import { INDEX_KEY, JOURNEY_KEY_PREFIX, journeyKey } from '@/persistence/keys'
import { isQuotaError, storageMode } from '@/persistence/storage'
import { makeJourney } from '../../fixtures/makeJourney'

const quotaError = () => new DOMException('full', 'QuotaExceededError')

/** Makes setItem throw for the keys `failFor` picks; other writes still reach the real storage. */
function failWritesTo(failFor: (key: string) => boolean, error: unknown = quotaError()) {
  const setItem = Storage.prototype.setItem
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
    if (failFor(key)) throw error
    setItem.call(this, key, value)
  })
}

beforeEach(() => {
  localStorage.clear()
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a full storage', () => {
  it('reports quota and keeps the previous copy when the journey write fails', () => {
    const journey = makeJourney()
    saveJourney(journey)
    const before = {
      journey: localStorage.getItem(journeyKey(journey.id)),
      index: localStorage.getItem(INDEX_KEY),
    }
    failWritesTo((key) => key.startsWith(JOURNEY_KEY_PREFIX))

    const result = saveJourney({
      ...journey,
      revision: 1,
      title: 'Gewijzigd',
      updatedAt: '2024-03-05T10:00:00.000Z',
    })

    expect(result).toMatchObject({ ok: false, reason: 'quota' })
    expect(localStorage.getItem(journeyKey(journey.id))).toBe(before.journey)
    expect(localStorage.getItem(INDEX_KEY)).toBe(before.index)
    expect(listDrafts().map((d) => d.title)).toEqual([journey.title])
  })

  it('reports a write error that is no quota error as unknown', () => {
    const error = new Error('disk on fire')
    failWritesTo(() => true, error)
    expect(saveJourney(makeJourney())).toEqual({ ok: false, reason: 'unknown', error })
  })

  it('still lists a new journey whose index write failed', () => {
    const journey = makeJourney()
    failWritesTo((key) => key === INDEX_KEY)

    expect(saveJourney(journey)).toMatchObject({ ok: true, revision: 1 })
    expect(localStorage.getItem(INDEX_KEY)).toBeNull()
    expect(listDrafts()).toMatchObject([{ id: journey.id, title: journey.title, damaged: false }])
  })

  // Regression: a stale index line used to hide a newer title after a failed index write.
  it('lists the newer title of a journey whose later index write failed', () => {
    const journey = makeJourney()
    saveJourney(journey)
    failWritesTo((key) => key === INDEX_KEY)

    saveJourney({
      ...journey,
      revision: 1,
      title: 'eID voor kinderen',
      updatedAt: '2024-03-05T10:00:00.000Z',
    })

    expect(listDrafts().map((d) => d.title)).toEqual(['eID voor kinderen'])
  })
})

describe('an unavailable storage', () => {
  beforeEach(() => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
  })

  it('works in memory for the session and says so', () => {
    expect(storageMode()).toBe('memory')
    const journey = makeJourney()
    expect(saveJourney(journey)).toMatchObject({ ok: true, revision: 1 })
    expect(loadJourney(journey.id)).toMatchObject({ ok: true, journey: { id: journey.id } })
    expect(listDrafts().map((d) => d.id)).toEqual([journey.id])
    deleteJourney(journey.id)
    expect(loadJourney(journey.id)).toMatchObject({ ok: false, reason: 'missing' })
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
