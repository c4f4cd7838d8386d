import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { Journey } from '@/domain'
import { listDrafts, onSaved, recoverFromWal, saveJourney, TAB_ID, type SavedNotice } from '@/persistence'
import { useDraftsStore } from '@/stores/drafts'
import { useJourneyStore } from '@/stores/journey'
import { useSaveStatusStore } from '@/stores/saveStatus'
import { makeJourney } from '../../fixtures/makeJourney'
import { otherTab, resetPersistence, settle, stored, type TestStores } from '../support/persistence'

/**
 * Two tabs on one journey. Tab B is the test: it saves with `saveJourney` on the revision it opened (its
 * notice from this tab's own channel does not reach this tab's store) and announces the save from a second
 * BroadcastChannel, as another tab's channel would. Real timers: saves are flushed by hand.
 */
let stores: TestStores
let tab: ReturnType<typeof otherTab>

beforeEach(() => {
  stores = resetPersistence()
  tab = otherTab()
  setActivePinia(createPinia())
})

afterEach(() => {
  useJourneyStore().close()
  tab.close()
})

async function openSaved() {
  const saved = makeJourney()
  await saveJourney(saved, 0)
  const store = useJourneyStore()
  await store.open(saved.id)
  return { store, saved }
}

/** Tab B saves its version on `base` and tells the others. */
async function theySave(journey: Journey, base: number, changes: Partial<Journey>): Promise<number> {
  const result = await saveJourney({ ...journey, ...changes }, base)
  if (!result.ok) throw new Error(`tab B could not save: ${result.reason}`)
  tab.announce(journey.id, result.revision)
  return result.revision
}

async function save(store: ReturnType<typeof useJourneyStore>) {
  store.flush()
  await settle()
}

const conflictCopy = async (id: string) =>
  (await stores.wal.get<{ conflict: string }>(`conflict:${id}`))?.conflict

/** What this tab hears: once a notice is heard here, the store (listening since before) has heard it too. */
function noticesHeard() {
  const heard: SavedNotice[] = []
  const stop = onSaved((notice) => heard.push(notice))
  return { heard, stop }
}

describe('another tab saves the journey open here', () => {
  it('is taken over silently when nothing is unsaved here', async () => {
    const { store, saved } = await openSaved()
    const generation = store.generation

    await theySave(saved, 1, { title: 'Uit tab B' })

    await vi.waitFor(() => expect(store.journey?.title).toBe('Uit tab B'))
    expect(store.generation).toBe(generation + 1)
    expect(store.conflict).toBeNull()
    expect(useSaveStatusStore().state).toBe('saved')
    // This tab goes on from their revision.
    store.commit('goal', 'Verder in tab A')
    await save(store)
    expect(stored(saved.id)).toMatchObject({ title: 'Uit tab B', goal: 'Verder in tab A', revision: 3 })
    expect(store.conflict).toBeNull()
  })

  it('is a conflict when this tab has unsaved edits, and nothing is overwritten', async () => {
    const { store, saved } = await openSaved()
    store.commit('goal', 'Mijn doel')

    await theySave(saved, 1, { title: 'Uit tab B' })

    await vi.waitFor(() => expect(store.conflict).not.toBeNull())
    expect(store.conflict?.theirs).toMatchObject({ title: 'Uit tab B', revision: 2 })
    expect(store.journey).toMatchObject({ title: saved.title, goal: 'Mijn doel' })
    const status = useSaveStatusStore()
    expect([status.state, status.failure]).toEqual(['failed', 'conflict'])
    expect(JSON.parse((await conflictCopy(saved.id))!)).toMatchObject({ goal: 'Mijn doel' })

    // Saving while the conflict is open keeps this version aside, not over theirs.
    store.commit('goal', 'Mijn doel, verder getypt')
    await save(store)
    expect(stored(saved.id)).toMatchObject({ title: 'Uit tab B', goal: saved.goal, revision: 2 })
    expect(JSON.parse((await conflictCopy(saved.id))!)).toMatchObject({ goal: 'Mijn doel, verder getypt' })
    // Leaving the page does not write over theirs either.
    window.dispatchEvent(new Event('pagehide'))
    expect(stored(saved.id).revision).toBe(2)
  })

  it('is found on saving when no notice came', async () => {
    const { store, saved } = await openSaved()
    await saveJourney({ ...saved, title: 'Stil bewaard in tab B' }, 1)

    store.commit('goal', 'Mijn doel')
    await save(store)

    expect(store.conflict?.theirs).toMatchObject({ title: 'Stil bewaard in tab B', revision: 2 })
    expect(stored(saved.id).title).toBe('Stil bewaard in tab B')
    expect(useSaveStatusStore().failure).toBe('conflict')
  })

  it('is a conflict when they deleted it, even with nothing unsaved here', async () => {
    const { store, saved } = await openSaved()
    tab.announce(saved.id, null)

    await vi.waitFor(() => expect(store.conflict).not.toBeNull())
    // Their copy is still readable here (the test deleted nothing): what counts is the notice.
    expect(store.journey?.id).toBe(saved.id)
  })

  it('ignores notices of other journeys, of older revisions and of the revision it has', async () => {
    const { store, saved } = await openSaved()
    const { heard, stop } = noticesHeard()
    try {
      const before = store.journey
      tab.announce('een-andere-reis', 7)
      // The store opened revision 1 and has not saved since: its base is 1.
      tab.announce(saved.id, 1)
      tab.announce(saved.id, 0)
      await vi.waitFor(() => expect(heard).toHaveLength(3))
      await settle()
      expect(store.journey).toBe(before)
      expect(store.conflict).toBeNull()
    } finally {
      stop()
    }
  })

  it("tells other tabs about this tab's saves", async () => {
    const { store, saved } = await openSaved()
    store.commit('goal', 'Gehoord in tab B')
    await save(store)
    await vi.waitFor(() => expect(tab.heard).toContainEqual({ id: saved.id, revision: 2, tab: TAB_ID }))
  })
})

describe('resolving a conflict', () => {
  async function inConflict() {
    const { store, saved } = await openSaved()
    store.commit('goal', 'Mijn doel')
    await theySave(saved, 1, { title: 'Uit tab B' })
    await vi.waitFor(() => expect(store.conflict).not.toBeNull())
    return { store, saved }
  }

  it("'mine' saves this version over theirs", async () => {
    const { store, saved } = await inConflict()

    expect(await store.resolveConflict('mine')).toBeNull()

    expect(stored(saved.id)).toMatchObject({ title: saved.title, goal: 'Mijn doel', revision: 3 })
    expect(store.conflict).toBeNull()
    expect(useSaveStatusStore().state).toBe('saved')
    expect(await conflictCopy(saved.id)).toBeUndefined()
    // And goes on normally.
    store.commit('goal', 'Daarna')
    await save(store)
    expect(stored(saved.id)).toMatchObject({ goal: 'Daarna', revision: 4 })
  })

  it("'theirs' takes their version and drops this one", async () => {
    const { store, saved } = await inConflict()
    const generation = store.generation

    expect(await store.resolveConflict('theirs')).toBeNull()

    expect(store.journey).toMatchObject({ title: 'Uit tab B', goal: saved.goal, revision: 2 })
    expect(store.generation).toBe(generation + 1)
    expect(store.conflict).toBeNull()
    expect(useSaveStatusStore().state).toBe('saved')
    expect(await conflictCopy(saved.id)).toBeUndefined()
    expect(stored(saved.id)).toMatchObject({ title: 'Uit tab B', revision: 2 })
    store.commit('goal', 'Verder op hun versie')
    await save(store)
    expect(stored(saved.id)).toMatchObject({ title: 'Uit tab B', goal: 'Verder op hun versie', revision: 3 })
  })

  it("'copy' keeps this version as a draft of its own and takes theirs", async () => {
    const { store, saved } = await inConflict()

    const copyId = await store.resolveConflict('copy', 'Mijn kopie')

    expect(copyId).toEqual(expect.any(String))
    expect(copyId).not.toBe(saved.id)
    expect(stored(copyId!)).toMatchObject({
      title: 'Mijn kopie',
      goal: 'Mijn doel',
      revision: 1,
      origin: { kind: 'duplicate', sourceTitle: saved.title },
    })
    expect(store.journey).toMatchObject({ id: saved.id, title: 'Uit tab B' })
    expect(store.conflict).toBeNull()
    expect((await listDrafts()).map((d) => d.id).sort()).toEqual([saved.id, copyId].sort())
    expect(await conflictCopy(saved.id)).toBeUndefined()
  })

  it("'copy' without a title keeps this version's title", async () => {
    const { store, saved } = await inConflict()
    const copyId = await store.resolveConflict('copy')
    expect(stored(copyId!).title).toBe(saved.title)
  })

  it('does nothing without a conflict', async () => {
    const { store } = await openSaved()
    expect(await store.resolveConflict('mine')).toBeNull()
    expect(store.conflict).toBeNull()
  })

  it('after a deletion elsewhere, keeps this version: stored again, or as a copy', async () => {
    const { store, saved } = await openSaved()
    localStorage.clear()
    await stores.wal.del(saved.id)
    tab.announce(saved.id, null)
    await vi.waitFor(() => expect(store.conflict).not.toBeNull())
    expect(store.conflict?.theirs).toBeNull()

    expect(await store.resolveConflict('mine')).toBeNull()
    expect(stored(saved.id)).toMatchObject({ title: saved.title })
    expect(store.conflict).toBeNull()
  })

  it('a version left in a conflict when the tab died becomes its own draft on the next start', async () => {
    const { saved } = await inConflict()

    const recovered = await recoverFromWal()

    expect(recovered).toMatchObject([{ kind: 'conflict', title: saved.title, stored: true }])
    expect(stored(recovered[0]!.id)).toMatchObject({ goal: 'Mijn doel', origin: { kind: 'duplicate' } })
    expect(stored(saved.id)).toMatchObject({ title: 'Uit tab B', goal: saved.goal })
  })
})

describe('the same tab changes a journey the journey store still holds', () => {
  // Regression: the journey store keeps the last journey after the wizard is left (nothing closes it), and
  // open() of that id returns it as it is. A rename on the start page (a save from the drafts store, whose
  // notice this tab's own store never hears) is then not seen when the journey is opened again: the old
  // title is shown, and the first edit is refused as a conflict with the tab's own rename.
  it('opens the renamed journey with its new title and saves on it', async () => {
    const { store, saved } = await openSaved()

    expect(await useDraftsStore().rename(saved.id, 'Nieuwe naam')).toBe(true)
    await store.open(saved.id)
    store.commit('goal', 'Na het hernoemen')
    await save(store)

    expect(store.conflict).toBeNull()
    expect(stored(saved.id)).toMatchObject({ title: 'Nieuwe naam', goal: 'Na het hernoemen', revision: 3 })
  })
})
