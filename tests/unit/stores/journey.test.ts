import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createPhase, createQuote, LIST_LIMITS, TEXT_LIMITS, type Journey } from '@/domain'
import {
  listDrafts,
  readBackup,
  readRawJourney,
  saveJourney,
  SAVE_DELAY_MS,
  SAVE_MAX_WAIT_MS,
} from '@/persistence'
import { journeyKey } from '@/persistence/keys'
import { readWal } from '@/persistence/wal'
import { useJourneyStore } from '@/stores/journey'
import { useSaveStatusStore } from '@/stores/saveStatus'
import { ahaMomentOf, makeEmptyJourney, makeJourney } from '../../fixtures/makeJourney'
import { failWritesTo, isJourneyKey, resetPersistence, settle, stored } from '../support/persistence'

const NOW = new Date('2024-06-10T08:00:00.000Z')
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString()
const label = { key: 'history.added' }

/** Saves a journey and opens it in the store, as reopening a draft does. */
async function openSaved(overrides: Partial<Journey> = {}) {
  const saved = makeJourney(overrides)
  await saveJourney(saved, 0)
  const store = useJourneyStore()
  expect((await store.open(saved.id)).ok).toBe(true)
  return { store, saved }
}

/** Lets the debounce run out and the save chain finish. */
async function waitForSave() {
  vi.advanceTimersByTime(SAVE_DELAY_MS)
  await settle()
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  document.dispatchEvent(new Event('visibilitychange'))
}

beforeEach(() => {
  resetPersistence()
  vi.useFakeTimers()
  vi.setSystemTime(NOW)
  setActivePinia(createPinia())
})

afterEach(() => {
  // Detaches this test's journey, so its autosave (listening to the page for good) has nothing left to write.
  useJourneyStore().close()
  Reflect.deleteProperty(document, 'visibilityState')
  vi.restoreAllMocks()
  vi.useRealTimers()
})

describe('opening and creating', () => {
  it('create() makes a new journey current and saves it at once', async () => {
    const store = useJourneyStore()
    const journey = await store.create()

    expect(store.journey).toBe(journey)
    expect(journey.createdAt).toBe(NOW.toISOString())
    expect(stored(journey.id)).toEqual({ ...journey, revision: 1 })
    expect((await listDrafts()).map((d) => d.id)).toEqual([journey.id])
    expect(useSaveStatusStore().state).toBe('saved')
    // The next edit saves as the next revision, without a conflict.
    store.commit('title', 'Eerste titel')
    await waitForSave()
    expect(stored(journey.id)).toMatchObject({ title: 'Eerste titel', revision: 2 })
  })

  it('adopt() makes a given document current and stores it', async () => {
    const store = useJourneyStore()
    const journey = makeJourney()
    expect(await store.adopt(journey)).toBe(journey)
    expect(store.journey).toBe(journey)
    expect(stored(journey.id).revision).toBe(1)
  })

  it('open() of a stored draft makes it current, with its step statuses and an empty history', async () => {
    const { store, saved } = await openSaved()

    expect(store.journey).toEqual({ ...saved, revision: 1 })
    expect(store.statuses).toMatchObject({ goal: 'complete', phases: 'complete', extra: 'complete' })
    expect(store.repairs).toEqual([])
    expect(store.refusal).toBeNull()
    expect([store.undoLabel, store.redoLabel]).toEqual([null, null])
    expect(useSaveStatusStore().state).toBe('idle')
    expect(store.originalText()).toBeNull()
  })

  it('open() of the journey already open keeps it as it is', async () => {
    const { store, saved } = await openSaved()
    store.commit('goal', 'Niet bewaard')
    const current = store.journey

    expect(await store.open(saved.id)).toMatchObject({ ok: true, journey: current })
    expect(store.journey).toBe(current)
  })

  it('open() of a draft the reader had to mend lists the repairs and keeps the original text', async () => {
    const journey = makeJourney({ title: 'x'.repeat(TEXT_LIMITS.title + 10) })
    const raw = JSON.stringify(journey)
    localStorage.setItem(journeyKey(journey.id), raw)
    const store = useJourneyStore()

    expect(await store.open(journey.id)).toMatchObject({ ok: true })

    expect(store.journey?.title).toBe('x'.repeat(TEXT_LIMITS.title))
    expect(store.repairs.map((r) => r.kind)).toEqual(['clamped'])
    expect(store.originalText()).toBe(raw)
    // The first save writes the mended journey; the original stays downloadable.
    store.commit('goal', 'Na het herstel')
    await waitForSave()
    expect(stored(journey.id)).toMatchObject({ title: 'x'.repeat(TEXT_LIMITS.title), goal: 'Na het herstel' })
    expect(readBackup(journey.id)).toBe(raw)
  })

  it.each([
    ['a missing id', null, { ok: false, reason: 'missing', raw: null }],
    ['a damaged draft', 'niet-json', { ok: false, reason: 'not-json', raw: 'niet-json' }],
  ])('open() of %s fails and keeps the current journey', async (_name, raw, expected) => {
    const { store, saved } = await openSaved()
    if (raw !== null) localStorage.setItem(journeyKey('kapot'), raw)

    expect(await store.open('kapot')).toEqual(expected)
    expect(store.journey?.id).toBe(saved.id)
    if (raw !== null) expect(readRawJourney('kapot')).toBe(raw)
  })

  it('does nothing without a current journey', async () => {
    const store = useJourneyStore()
    expect(store.commit('title', 'x')).toBe(false)
    expect(store.insert('phases', createPhase(), label)).toBe(false)
    expect(store.remove('phases', 0, label)).toBe(false)
    expect(store.move('phases', 0, 1, label)).toBe(false)
    expect(store.undo()).toBe(false)
    expect(store.redo()).toBe(false)
    store.flush()
    vi.advanceTimersByTime(SAVE_MAX_WAIT_MS)
    await settle()
    expect(useSaveStatusStore().state).toBe('idle')
    expect(await listDrafts()).toEqual([])
  })
})

describe('edits', () => {
  it('commit() makes a new document, leaves the old one and shares all it did not touch', async () => {
    const { store } = await openSaved()
    vi.setSystemTime(at(5000))
    const before = store.journey!
    const snapshot = structuredClone(before)

    expect(store.commit('activities[2].moments[0].text', 'Twee uur gewacht')).toBe(true)

    const after = store.journey!
    expect(after).not.toBe(before)
    expect(before).toEqual(snapshot)
    expect(after.activities[2]!.moments[0]!.text).toBe('Twee uur gewacht')
    expect(after.updatedAt).toBe(at(5000))
    expect(after.activities[2]!.moments[0]!.evidence).toBe(before.activities[2]!.moments[0]!.evidence)
    expect(after.activities[2]!.touchpoints).toBe(before.activities[2]!.touchpoints)
    expect(after.activities[1]).toBe(before.activities[1])
    for (const key of ['phases', 'lanes', 'central', 'aha', 'insights', 'figures', 'quotes'] as const)
      expect(after[key]).toBe(before[key])
  })

  it('commit() takes a path as a list of parts as well', async () => {
    const { store } = await openSaved()
    expect(store.commit(['phases', 0, 'name'], 'Vooraf')).toBe(true)
    expect(store.journey?.phases[0]?.name).toBe('Vooraf')
  })

  it('an echo of the current value makes no new document and no save', async () => {
    const { store, saved } = await openSaved()
    const before = store.journey

    expect(store.commit('title', saved.title)).toBe(false)

    expect(store.journey).toBe(before)
    expect(useSaveStatusStore().state).toBe('idle')
    expect(store.undoLabel).toBeNull()
  })

  it('drops invisible direction overrides and control characters from texts, and keeps the rest', async () => {
    const { store } = await openSaved()
    store.commit('goal', '\u202Eabc\u0000\u2066 <b>&amp;</b> 中文 🙂\n\tregel')
    expect(store.journey?.goal).toBe('abc <b>&amp;</b> 中文 🙂\n\tregel')
  })

  it('accepts a text at its maximum and refuses one past it, saying so', async () => {
    const { store } = await openSaved()
    const before = store.journey

    expect(store.commit('title', 'x'.repeat(TEXT_LIMITS.title + 1))).toBe(false)

    expect(store.journey).toBe(before)
    expect(store.refusal).toEqual({ path: 'title', message: 'errors.tooLong::{"max":160,"length":161}' })
    expect(useSaveStatusStore().state).toBe('idle')

    // A change elsewhere leaves the refusal of this field on screen…
    expect(store.commit('goal', 'Ander doel')).toBe(true)
    expect(store.refusal?.path).toBe('title')
    // …a value this field may have clears it.
    expect(store.commit('title', 'x'.repeat(TEXT_LIMITS.title))).toBe(true)
    expect(store.refusal).toBeNull()
    expect(store.journey?.title).toHaveLength(TEXT_LIMITS.title)
  })

  it.each([
    ['activities[0].moments[0].text', TEXT_LIMITS.long],
    ['phases[1].name', TEXT_LIMITS.name],
    ['activities[2].touchpoints[1].label', TEXT_LIMITS.label],
    ['activities[2].touchpoints[1].exclusion', TEXT_LIMITS.caption],
    ['figures[0].value', TEXT_LIMITS.value],
    ['figures[0].unit', TEXT_LIMITS.unit],
  ])('counts the maximum of %s in characters (%i)', async (path, max) => {
    const { store } = await openSaved()
    expect(store.commit(path, 'é'.repeat(max + 1))).toBe(false)
    expect(store.refusal?.message).toBe(`errors.tooLong::{"max":${max},"length":${max + 1}}`)
    expect(store.commit(path, 'é'.repeat(max))).toBe(true)
  })

  it('refuses a value of the wrong kind', async () => {
    const { store } = await openSaved()
    expect(store.commit('activities[0].moments[0].emotion', 0)).toBe(false)
    expect(store.refusal).toEqual({ path: 'activities[0].moments[0].emotion', message: 'errors.invalid' })
    expect(store.commit('activities[0].moments[0].emotion', -2)).toBe(true)
  })

  it('insert() adds up to the maximum and refuses one more, saying so', async () => {
    const { store } = await openSaved()
    const lanes = store.journey!.lanes
    while (store.journey!.phases.length < LIST_LIMITS.phases)
      expect(store.insert('phases', createPhase(), label)).toBe(true)
    const full = store.journey

    expect(store.insert('phases', createPhase(), label)).toBe(false)

    expect(store.journey).toBe(full)
    expect(store.refusal).toEqual({ path: '', message: 'errors.tooMany::{"max":30}' })
    expect(store.journey!.lanes).toBe(lanes)
    // Any other list edit clears it.
    expect(store.remove('phases', LIST_LIMITS.phases - 1, label)).toBe(true)
    expect(store.refusal).toBeNull()
  })

  it('insert() puts the item where it is asked, and refuses an item the reader would refuse', async () => {
    const { store, saved } = await openSaved()
    const phase = createPhase('Eerst')
    expect(store.insert('phases', phase, label, 0)).toBe(true)
    expect(store.journey!.phases.map((p) => p.name)).toEqual(['Eerst', ...saved.phases.map((p) => p.name)])

    expect(store.insert('phases', { ...createPhase(), name: 'x'.repeat(TEXT_LIMITS.name + 1) }, label)).toBe(
      false,
    )
    expect(store.refusal?.message).toMatch(/^errors\.tooLong::/)
    expect(store.insert('title', 'x', label)).toBe(false)
    expect(store.refusal?.message).toBe('errors.invalid')
  })

  it('remove() of a phase prunes what pointed at it', async () => {
    const { store, saved } = await openSaved()
    const removed = saved.phases[1]!.id
    const aha = ahaMomentOf(saved)
    const before = store.journey!

    expect(store.remove('phases', 1, { key: 'history.removed', params: { name: 'Aanvraag' } })).toBe(true)

    const doc = store.journey!
    expect(doc.phases.map((p) => p.id)).not.toContain(removed)
    expect(doc.activities).toHaveLength(3)
    expect(doc.activities.map((a) => a.phaseId)).not.toContain(removed)
    expect(doc.insights.map((s) => s.momentId)).not.toContain(aha.id)
    expect(doc.insights).toHaveLength(1)
    expect(doc.aha.improvements.map((p) => p.momentId)).toEqual([null, saved.aha.improvements[1]!.momentId])
    expect(doc.aha.strengths[0]?.momentId).toBeNull()
    expect(doc.quotes[0]?.phaseId).toBeNull()
    expect(doc.figures[0]?.phaseId).toBeNull()
    // What needed no pruning keeps its identity.
    for (const key of ['lanes', 'central', 'images'] as const) expect(doc[key]).toBe(before[key])
    expect(doc.activities[0]).toBe(before.activities[0])
    await waitForSave()
    expect(stored(saved.id)).toEqual({ ...doc, revision: 2 })
  })

  it('remove() of a moment drops its needs and opportunities and unties the points to improve', async () => {
    const { store, saved } = await openSaved()
    const aha = ahaMomentOf(saved)
    const index = saved.activities.findIndex((a) => a.moments.some((m) => m.id === aha.id))
    const before = store.journey!

    expect(store.remove(`activities[${index}].moments`, 0, label)).toBe(true)

    expect(store.journey!.insights.map((s) => s.text)).toEqual(['De brief begrijpen zonder hulp'])
    expect(store.journey!.aha.improvements[0]?.momentId).toBeNull()
    expect(store.journey!.phases).toBe(before.phases)
    expect(store.journey!.figures).toBe(before.figures)
    expect(store.journey!.activities[index]!.touchpoints).toBe(before.activities[index]!.touchpoints)
  })

  it('remove() and move() refuse an index that is not there', async () => {
    const { store } = await openSaved()
    const before = store.journey
    expect(store.remove('phases', 3, label)).toBe(false)
    expect(store.move('phases', 0, 3, label)).toBe(false)
    expect(store.move('phases', -1, 0, label)).toBe(false)
    expect(store.refusal?.message).toBe('errors.invalid')
    expect(store.journey).toBe(before)
  })

  it('move() moves an item and swap exchanges two', async () => {
    const { store, saved } = await openSaved()
    const [a, b, c] = saved.phases.map((p) => p.id)
    const before = store.journey!
    expect(store.move('phases', 0, 2, label)).toBe(true)
    expect(store.journey!.phases.map((p) => p.id)).toEqual([b, c, a])
    expect(store.move('phases', 0, 2, label, 'swap')).toBe(true)
    expect(store.journey!.phases.map((p) => p.id)).toEqual([a, c, b])
    expect(store.journey!.phases[0]).toBe(before.phases[0])
    expect(store.journey!.activities).toBe(before.activities)
  })

  it('change() makes several changes one undoable edit', async () => {
    const { store, saved } = await openSaved()
    const quote = { ...createQuote(), text: 'Nieuw citaat' }
    expect(
      store.change({ key: 'history.quote' }, (doc) => ({
        ok: true,
        doc: { ...doc, title: 'Samen', quotes: [...doc.quotes, quote] },
      })),
    ).toBe(true)
    expect(store.journey).toMatchObject({ title: 'Samen', quotes: [{}, { text: 'Nieuw citaat' }] })
    expect(store.undoLabel).toEqual({ key: 'history.quote' })

    store.undo()
    expect(store.journey).toMatchObject({ title: saved.title, quotes: [{}] })
    expect(store.change({ key: 'x' }, () => ({ ok: false, reason: 'errors.invalid' }))).toBe(false)
    expect(store.refusal).toEqual({ path: '', message: 'errors.invalid' })
  })
})

describe('undo and redo', () => {
  it('undoes a removal, pruned references and all, and redoes it', async () => {
    const { store, saved } = await openSaved()
    const before = store.journey!
    const removedLabel = { key: 'history.removed', params: { name: 'Aanvraag' } }
    store.remove('phases', 1, removedLabel)
    const removed = store.journey!
    const generation = store.generation
    expect(store.undoLabel).toEqual(removedLabel)

    vi.setSystemTime(at(3000))
    expect(store.undo()).toBe(true)

    expect(store.journey).toEqual({ ...before, updatedAt: at(3000) })
    expect(store.journey!.activities).toBe(before.activities)
    expect(store.generation).toBe(generation + 1)
    expect([store.undoLabel, store.redoLabel]).toEqual([null, removedLabel])
    await waitForSave()
    // One save for both edits: the removal was never written, the journey is as it was.
    expect(stored(saved.id)).toMatchObject({
      activities: saved.activities,
      insights: saved.insights,
      revision: 2,
    })

    expect(store.redo()).toBe(true)
    expect(store.journey).toEqual({ ...removed, updatedAt: at(3000 + SAVE_DELAY_MS) })
    expect([store.undoLabel, store.redoLabel]).toEqual([removedLabel, null])
    expect(store.redo()).toBe(false)
  })

  it('makes one undo step of typing in one field while it goes on', async () => {
    const { store, saved } = await openSaved()
    for (const [i, text] of ['e', 'eI', 'eID'].entries()) {
      vi.setSystemTime(at(i * 500))
      store.commit('title', text)
    }
    expect(store.undoLabel).toEqual({ key: 'history.typed' })

    store.undo()

    expect(store.journey?.title).toBe(saved.title)
    expect(store.undo()).toBe(false)
    store.redo()
    expect(store.journey?.title).toBe('eID')
  })

  it('makes separate steps of other fields and of a pause in typing', async () => {
    const { store, saved } = await openSaved()
    store.commit('title', 'Een')
    store.commit('goal', 'Twee')
    vi.setSystemTime(at(1600))
    store.commit('goal', 'Twee na een pauze')

    store.undo()
    expect(store.journey).toMatchObject({ title: 'Een', goal: 'Twee' })
    store.undo()
    expect(store.journey).toMatchObject({ title: 'Een', goal: saved.goal })
    store.undo()
    expect(store.journey).toMatchObject({ title: saved.title, goal: saved.goal })
  })

  it('makes typing after an undo a step of its own, and forgets what could be redone', async () => {
    const { store, saved } = await openSaved()
    store.commit('goal', 'A')
    vi.setSystemTime(at(100))
    store.commit('title', 'T')
    vi.setSystemTime(at(200))
    store.undo()
    expect(store.redoLabel).toEqual({ key: 'history.typed' })
    vi.setSystemTime(at(300))
    store.commit('goal', 'AB')
    expect(store.redoLabel).toBeNull()
    expect(store.redo()).toBe(false)

    store.undo()
    expect(store.journey).toMatchObject({ title: saved.title, goal: 'A' })
    store.undo()
    expect(store.journey).toMatchObject({ title: saved.title, goal: saved.goal })
  })

  it('starts afresh for another journey', async () => {
    const { store } = await openSaved()
    store.commit('title', 'Iets')
    const other = makeJourney()
    await saveJourney(other, 0)
    await store.open(other.id)
    expect(store.undo()).toBe(false)
  })
})

describe('step statuses', () => {
  it('are recomputed after a save, not on every keystroke', async () => {
    const journey = makeEmptyJourney()
    await saveJourney(journey, 0)
    const store = useJourneyStore()
    await store.open(journey.id)
    const statuses = store.statuses
    expect(statuses?.goal).toBe('incomplete')

    store.commit('title', 'Parkeerkaart')
    store.commit('caseDescription', 'Een bewoner vraagt een parkeerkaart aan.')
    store.commit('goal', 'Zien waar het stokt.')
    expect(store.statuses).toBe(statuses)

    await waitForSave()
    expect(store.statuses).not.toBe(statuses)
    expect(store.statuses?.goal).toBe('complete')
  })
})

describe('autosave', () => {
  it('marks the save pending and saves once typing pauses for 400 ms', async () => {
    const { store, saved } = await openSaved()
    const status = useSaveStatusStore()

    for (const [i, text] of ['e', 'eI', 'eID'].entries()) {
      vi.setSystemTime(at(i * 100))
      store.commit('title', text)
    }

    expect(status.state).toBe('pending')
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1)
    await settle()
    expect(stored(saved.id).title).toBe(saved.title)
    vi.advanceTimersByTime(1)
    await settle()
    expect(stored(saved.id)).toMatchObject({ title: 'eID', updatedAt: at(200), revision: 2 })
    expect(status.state).toBe('saved')
    expect(status.lastSavedAt).toEqual(new Date(at(200 + SAVE_DELAY_MS)))
  })

  it('saves every 2 s at the latest under continuous typing', async () => {
    const { store, saved } = await openSaved()
    let text = ''
    for (let t = 0; t < SAVE_MAX_WAIT_MS; t += 100) {
      text += 'x'
      store.commit('goal', text)
      vi.advanceTimersByTime(100)
      await settle(1)
    }
    await settle()
    expect(stored(saved.id)).toMatchObject({ goal: text, revision: 2 })
  })

  it('writes at once, synchronously, when the page is left', async () => {
    const { store, saved } = await openSaved()
    store.commit('goal', 'Vlak voor het sluiten')

    window.dispatchEvent(new Event('pagehide'))

    expect(stored(saved.id)).toMatchObject({ goal: 'Vlak voor het sluiten', revision: 2 })
    // The base moved on: the next save is the next revision, not a conflict.
    store.commit('goal', 'Terug')
    await waitForSave()
    expect(stored(saved.id)).toMatchObject({ goal: 'Terug', revision: 3 })
    expect(store.conflict).toBeNull()
  })

  it('writes at once when the page is hidden', async () => {
    const { store, saved } = await openSaved()
    store.commit('goal', 'Naar een andere tab')

    setVisibility('hidden')

    expect(stored(saved.id).goal).toBe('Naar een andere tab')
    await settle()
    expect(await readWal(saved.id)).toMatchObject({ textRevision: 2, committedRevision: 2 })
  })

  // Regression: saveNow() (the urgent save when the tab is hidden) neither recomputes the step statuses nor
  // tells the save indicator: back in the tab, the stepper shows the statuses from before the last edits and
  // the indicator still says a save is pending, although the text is stored.
  it('says saved and recomputes the statuses after the urgent save', async () => {
    const { store, saved } = await openSaved()
    store.commit('title', '')

    setVisibility('hidden')
    setVisibility('visible')
    await settle()

    expect(stored(saved.id).title).toBe('')
    expect(store.statuses?.goal).toBe('incomplete')
    expect(useSaveStatusStore().state).toBe('saved')
  })

  it('writes nothing on leaving when nothing is unsaved', async () => {
    const { store, saved } = await openSaved()
    store.commit('goal', 'Bewaard')
    await waitForSave()
    const raw = readRawJourney(saved.id)
    window.dispatchEvent(new Event('pagehide'))
    expect(readRawJourney(saved.id)).toBe(raw)
  })

  it('a full storage fails the save, keeps the old stored copy and saves once there is room', async () => {
    const { store, saved } = await openSaved()
    const before = readRawJourney(saved.id)
    const status = useSaveStatusStore()
    const full = failWritesTo(isJourneyKey)

    store.commit('title', 'Te groot')
    await waitForSave()

    expect(status.state).toBe('failed')
    expect(status.failure).toBe('quota')
    expect(readRawJourney(saved.id)).toBe(before)
    expect(JSON.parse((await readWal(saved.id))!.text)).toMatchObject({ title: 'Te groot' })
    expect(store.journey?.title).toBe('Te groot')

    // Further typing keeps the failure on screen until a save succeeds again.
    store.commit('title', 'Te groot!')
    expect(status.state).toBe('failed')
    full.mockRestore()
    await waitForSave()
    expect(status.state).toBe('saved')
    expect(status.failure).toBeNull()
    expect(stored(saved.id)).toMatchObject({ title: 'Te groot!', revision: 2 })
  })

  // Regression: setCurrent() calls autosave.flush(), but the save it starts reads the current document only
  // when it runs, after the new one (or null) is in place: the pending edit of the journey being left is never
  // written, and the journey opened next is saved as a new revision it did not need.
  it('close() writes a pending save first', async () => {
    const { store, saved } = await openSaved()
    store.commit('goal', 'Bij het sluiten bewaard')
    store.close()
    await settle()

    expect(store.journey).toBeNull()
    expect(stored(saved.id).goal).toBe('Bij het sluiten bewaard')
  })

  it('open() of another journey writes the pending save of the current one first', async () => {
    const { store, saved } = await openSaved()
    const other = makeJourney()
    await saveJourney(other, 0)

    store.commit('goal', 'Nieuw doel')
    await store.open(other.id)
    await settle()

    expect(store.journey?.id).toBe(other.id)
    expect(stored(saved.id).goal).toBe('Nieuw doel')
    expect(stored(other.id).revision).toBe(1)
    expect(useSaveStatusStore().state).toBe('idle')
  })

  it('close() clears the current journey', async () => {
    const { store } = await openSaved()
    store.close()
    expect(store.journey).toBeNull()
    expect(store.statuses).toBeNull()
  })
})

describe('rememberStep', () => {
  it('keeps the step in the draft index without a new revision of the journey', async () => {
    const { store, saved } = await openSaved()
    const raw = readRawJourney(saved.id)
    const doc = store.journey

    store.rememberStep('moments')

    expect((await listDrafts()).find((d) => d.id === saved.id)?.lastStepId).toBe('moments')
    vi.advanceTimersByTime(SAVE_MAX_WAIT_MS)
    await settle()
    expect(readRawJourney(saved.id)).toBe(raw)
    expect(store.journey).toEqual({ ...doc, lastStepId: 'moments' })
    expect(useSaveStatusStore().state).toBe('idle')
  })

  // Regression: the step lives in the index line only, and every save rewrites that line from the document
  // (`summarize`), whose lastStepId is still the old one: the next edit forgets where the user was.
  it('is still remembered after the next edit is saved', async () => {
    const { store, saved } = await openSaved()
    store.rememberStep('moments')

    store.commit('goal', 'Nieuw doel')
    await waitForSave()

    expect((await listDrafts()).find((d) => d.id === saved.id)?.lastStepId).toBe('moments')
  })
})
