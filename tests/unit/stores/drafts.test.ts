import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createPersona } from '@/domain'
import { loadJourney, readRawJourney, saveJourney, STORAGE_BUDGET_CHARS } from '@/persistence'
import { journeyKey } from '@/persistence/keys'
import { useDraftsStore } from '@/stores/drafts'
import { makeEmptyJourney, makeJourney } from '../../fixtures/makeJourney'
import { failWritesTo, isJourneyKey, resetPersistence, stored, type TestStores } from '../support/persistence'

let stores: TestStores

beforeEach(() => {
  stores = resetPersistence()
  setActivePinia(createPinia())
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('useDraftsStore', () => {
  it('starts empty and lists the saved drafts, newest first, on refresh', async () => {
    const older = makeJourney({ updatedAt: '2024-03-01T08:00:00.000Z' })
    const newer = makeEmptyJourney({ title: 'Parkeerkaart', updatedAt: '2024-04-01T08:00:00.000Z' })
    await saveJourney(older, 0)
    await saveJourney(newer, 0)
    const drafts = useDraftsStore()
    expect(drafts.drafts).toEqual([])
    const version = drafts.version

    await drafts.refresh()

    expect(drafts.drafts.map((d) => [d.id, d.title, d.done])).toEqual([
      [newer.id, 'Parkeerkaart', 0],
      [older.id, older.title, 8],
    ])
    expect(drafts.version).toBe(version + 1)
  })

  it('remove() deletes a draft, and undoRemove() brings it back byte for byte', async () => {
    const kept = makeJourney()
    const removed = makeJourney()
    await saveJourney(kept, 0)
    await saveJourney(removed, 0)
    const raw = readRawJourney(removed.id)
    const drafts = useDraftsStore()
    await drafts.refresh()

    await drafts.remove(removed.id, removed.title)

    expect(drafts.drafts.map((d) => d.id)).toEqual([kept.id])
    expect(drafts.lastDeleted).toEqual({ id: removed.id, title: removed.title })
    expect(loadJourney(removed.id)).toMatchObject({ ok: false, reason: 'missing' })

    expect(await drafts.undoRemove()).toBe(true)

    expect(readRawJourney(removed.id)).toBe(raw)
    expect(drafts.drafts.map((d) => d.id).sort()).toEqual([kept.id, removed.id].sort())
    expect(drafts.lastDeleted).toBeNull()
    expect(await drafts.undoRemove()).toBe(false)
  })

  it('undoRemove() works after a reload too: the trash is kept outside the page', async () => {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    await useDraftsStore().remove(journey.id, journey.title)

    setActivePinia(createPinia())
    const drafts = useDraftsStore()
    expect(drafts.lastDeleted).toBeNull()
    expect(await stores.trash.get(journey.id)).toMatchObject({ title: journey.title })
  })

  it('undoRemove() says so when the storage is full, and can be tried again', async () => {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    const drafts = useDraftsStore()
    await drafts.remove(journey.id, journey.title)
    const full = failWritesTo(isJourneyKey)

    expect(await drafts.undoRemove()).toBe(false)
    expect(drafts.lastDeleted).not.toBeNull()
    full.mockRestore()
    expect(await drafts.undoRemove()).toBe(true)
    expect(drafts.drafts.map((d) => d.id)).toEqual([journey.id])
  })

  it('remove() also clears a damaged draft, and undoRemove() brings its raw text back', async () => {
    localStorage.setItem(journeyKey('kapot'), 'niet-json')
    const drafts = useDraftsStore()
    await drafts.refresh()
    expect(drafts.drafts).toMatchObject([{ id: 'kapot', damaged: 'unreadable' }])
    expect(drafts.rawText('kapot')).toBe('niet-json')

    await drafts.remove('kapot', '')

    expect(drafts.drafts).toEqual([])
    expect(readRawJourney('kapot')).toBeNull()
    expect(await drafts.undoRemove()).toBe(true)
    expect(readRawJourney('kapot')).toBe('niet-json')
  })

  it('create() stores a new empty draft at once', async () => {
    const drafts = useDraftsStore()
    const created = await drafts.create()
    expect(created.ok).toBe(true)
    const journey = created.ok ? created.journey : null
    expect(stored(journey!.id)).toEqual({ ...journey, revision: 1 })
    expect(drafts.drafts.map((d) => d.id)).toEqual([journey!.id])
  })

  it('store() says why storage refused a draft', async () => {
    failWritesTo(isJourneyKey)
    expect(await useDraftsStore().store(makeJourney())).toEqual({ ok: false, reason: 'quota' })
  })

  it('addImported() keeps the id of a new journey and makes a copy when the id is taken', async () => {
    const drafts = useDraftsStore()
    const journey = makeJourney()

    const first = await drafts.addImported(journey, 2)
    expect(first).toMatchObject({ ok: true, asCopy: false, migrated: true, journey: { id: journey.id } })
    expect(stored(journey.id).origin).toMatchObject({ kind: 'imported', sourceTitle: journey.title })

    const second = await drafts.addImported(journey, null)
    expect(second).toMatchObject({ ok: true, asCopy: true, migrated: false })
    expect(second.ok && second.journey.id).not.toBe(journey.id)
    expect(drafts.drafts).toHaveLength(2)
  })

  it('addImported() gives the example a fresh id every time', async () => {
    const drafts = useDraftsStore()
    const example = makeJourney()
    const added = await drafts.addImported(example, null, 'example')
    expect(added).toMatchObject({ ok: true, asCopy: false, journey: { origin: { kind: 'example' } } })
    expect(added.ok && added.journey.id).not.toBe(example.id)
  })

  it('duplicate() copies a draft under a new id and title', async () => {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    const drafts = useDraftsStore()

    const copy = await drafts.duplicate(journey.id, (title) => `Kopie van ${title}`)

    expect(copy).toMatchObject({ ok: true, journey: { title: `Kopie van ${journey.title}` } })
    const id = copy?.ok ? copy.journey.id : ''
    expect(id).not.toBe(journey.id)
    expect(stored(id)).toMatchObject({ activities: journey.activities, origin: { kind: 'duplicate' } })
    expect(await drafts.duplicate('bestaat-niet', (t) => t)).toBeNull()
  })

  it('copyWithPersona() stores a copy for another persona', async () => {
    const journey = makeJourney()
    const persona = { ...createPersona(), name: 'Ahmed, 34' }
    const copy = await useDraftsStore().copyWithPersona(journey, persona, 'Voor Ahmed')
    expect(copy.ok && stored(copy.journey.id)).toMatchObject({
      title: 'Voor Ahmed',
      central: { mode: 'persona', personas: [{ name: 'Ahmed, 34' }] },
    })
  })

  it('rename() saves the next revision with the new title', async () => {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    const drafts = useDraftsStore()

    expect(await drafts.rename(journey.id, 'Nieuwe naam')).toBe(true)

    expect(stored(journey.id)).toMatchObject({ title: 'Nieuwe naam', revision: 2 })
    expect(drafts.drafts.map((d) => d.title)).toEqual(['Nieuwe naam'])
    expect(await drafts.rename('bestaat-niet', 'x')).toBe(false)
  })

  it('usage() reports what the drafts take of the budget', async () => {
    const drafts = useDraftsStore()
    const empty = drafts.usage()
    await drafts.create()
    expect(drafts.usage()).toMatchObject({ budget: STORAGE_BUDGET_CHARS, blocked: false, others: 0 })
    expect(drafts.usage().ours).toBeGreaterThan(empty.ours)
  })
})
