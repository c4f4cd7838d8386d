import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { loadJourney, saveJourney } from '@/persistence'
import { journeyKey } from '@/persistence/keys'
import { useDraftsStore } from '@/stores/drafts'
import { makeEmptyJourney, makeJourney } from '../../fixtures/makeJourney'

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})

describe('useDraftsStore', () => {
  it('starts empty and lists the saved drafts, newest first, on refresh', () => {
    const older = makeJourney({ updatedAt: '2024-03-01T08:00:00.000Z' })
    const newer = makeEmptyJourney({ title: 'Parkeerkaart', updatedAt: '2024-04-01T08:00:00.000Z' })
    saveJourney(older)
    saveJourney(newer)
    const drafts = useDraftsStore()
    expect(drafts.drafts).toEqual([])

    drafts.refresh()

    expect(drafts.drafts.map((d) => [d.id, d.title, d.done])).toEqual([
      [newer.id, 'Parkeerkaart', 0],
      [older.id, older.title, 7],
    ])
  })

  it('remove() deletes a draft from storage and from the list', () => {
    const kept = makeJourney()
    const removed = makeJourney()
    saveJourney(kept)
    saveJourney(removed)
    const drafts = useDraftsStore()
    drafts.refresh()

    drafts.remove(removed.id)

    expect(drafts.drafts.map((d) => d.id)).toEqual([kept.id])
    expect(localStorage.getItem(journeyKey(removed.id))).toBeNull()
    expect(loadJourney(removed.id)).toMatchObject({ ok: false, reason: 'missing' })
  })

  it('remove() also clears a damaged draft', () => {
    localStorage.setItem(journeyKey('kapot'), 'niet-json')
    const drafts = useDraftsStore()
    drafts.refresh()
    expect(drafts.drafts).toMatchObject([{ id: 'kapot', damaged: true }])

    drafts.remove('kapot')

    expect(drafts.drafts).toEqual([])
    expect(localStorage.getItem(journeyKey('kapot'))).toBeNull()
  })
})
