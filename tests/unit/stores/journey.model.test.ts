import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import {
  ACTION_STATUSES,
  CENTRAL_MODES,
  CHANNELS,
  createActivity,
  createFigure,
  createImage,
  createImprovement,
  createInsight,
  createLane,
  createMoment,
  createPersona,
  createPhase,
  createQuote,
  createStrength,
  createTouchpoint,
  EMOTION_SCORES,
  EVIDENCE_KINDS,
  LIST_LIMITS as L,
  PRIORITY_LEVELS,
  pruneReferences,
  stepStatuses,
  TEXT_LIMITS as T,
  TOUCHPOINT_MODES,
  type Journey,
} from '@/domain'
import { listDrafts, loadJourney, saveJourney, SAVE_DELAY_MS } from '@/persistence'
import { useJourneyStore } from '@/stores/journey'
import { useSaveStatusStore } from '@/stores/saveStatus'
import { makeJourney } from '../../fixtures/makeJourney'
import { resetPersistence, settle } from '../support/persistence'

/**
 * A model-based test of the journey store: random sequences of what a user can do in the wizard (type in any
 * field, pick an option or a reference, add items up to every maximum, remove, move, undo, redo, pause, reload)
 * run against the store and against a plain copy of the expected document. After every command the save is
 * flushed and awaited, and the text stored in localStorage is read back through the reader: it must be the
 * store's document, which must be the model's, without any repair.
 *
 * The model is written apart from the store (its own paths, clones, history); only the pruning of references
 * after a removal (`pruneReferences`) and the step statuses (`stepStatuses`) are the domain's own.
 *
 * `store.flush()` starts the save without returning it; the save chain is promises only (lock, memory stores,
 * localStorage), so `settle()` (a few real macrotask turns, whatever the fake clock) sees it through.
 */

type Store = ReturnType<typeof useJourneyStore>
type Part = string | number

interface Entry {
  before: Journey
  after: Journey
  key: string | null
  at: number
}

interface Model {
  doc: Journey
  /** The revision in localStorage. */
  saved: number
  /** An edit since the last save: the next flush writes one revision. */
  pending: boolean
  done: Entry[]
  undone: Entry[]
  /** Whether the last undo entry's "after" is the current document (typing can then coalesce into it). */
  topIsCurrent: boolean
  refusal: { path: string; message: string } | null
  /** This command's save was the urgent one of a page being hidden or left. */
  urgent: boolean
  /**
   * The step statuses may lag behind the document: the urgent save does not recompute them (reported; the
   * journey store says they are computed after each save). The next ordinary save or reload does.
   */
  staleStatuses: boolean
  /** The text field typed in last, so typing can go on there (and coalesce). */
  typing: { field: number; path: string } | null
  now: number
}

interface Real {
  store: Store
  /** The document before the last command, and a deep copy taken then: edits never change a document. */
  previous: { doc: Journey; copy: Journey }
}

const START = new Date('2025-01-06T09:00:00.000Z').getTime()
const COALESCE_MS = 1500
const HISTORY_LIMIT = 300

// ---- the model's own document handling -------------------------------------------------------------------

/** The characters the store drops from texts: bidirectional overrides and isolates, and control characters. */
const clean = (text: string) =>
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '')

const partsOf = (path: string): Part[] =>
  path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p))

function getIn(doc: unknown, path: string): unknown {
  let node = doc
  for (const part of partsOf(path)) node = (node as Record<Part, unknown>)[part]
  return node
}

/** A deep copy of `doc` changed by `change` at the container of `path`. */
function changed(
  doc: Journey,
  path: string,
  change: (container: Record<Part, unknown>, last: Part) => void,
): Journey {
  const copy = structuredClone(doc)
  const parts = partsOf(path)
  let node = copy as unknown as Record<Part, unknown>
  for (const part of parts.slice(0, -1)) node = node[part] as Record<Part, unknown>
  change(node, parts[parts.length - 1]!)
  return copy
}

const listIn = (doc: Journey, path: string) => getIn(doc, path) as unknown[]
const iso = (ms: number) => new Date(ms).toISOString()
const tooMany = (max: number) => `errors.tooMany::${JSON.stringify({ max })}`
const tooLong = (max: number, length: number) => `errors.tooLong::${JSON.stringify({ max, length })}`

/** A successful edit in the model: stamped, recorded for undo (typing in one field coalesces), to be saved. */
function edited(m: Model, next: Journey, key: string | null) {
  const after = { ...next, updatedAt: iso(m.now) }
  const last = m.done[m.done.length - 1]
  m.undone = []
  if (key !== null && last && last.key === key && m.now - last.at <= COALESCE_MS && m.topIsCurrent) {
    last.after = after
    last.at = m.now
  } else {
    m.done.push({ before: m.doc, after, key, at: m.now })
    if (m.done.length > HISTORY_LIMIT) m.done = m.done.slice(m.done.length - HISTORY_LIMIT)
  }
  m.topIsCurrent = true
  m.doc = after
  m.pending = true
}

/** A list edit (`key` null): clears whatever refusal was shown. */
function listEdited(m: Model, next: Journey) {
  m.refusal = null
  edited(m, next, null)
}

// ---- what the wizard edits ---------------------------------------------------------------------------------

const indexes = (list: readonly unknown[]) => list.map((_, i) => i)
const paths = (list: readonly unknown[], make: (i: number) => string) => indexes(list).map(make)
const inActivities = (d: Journey, list: 'touchpoints' | 'moments', leaf: string) =>
  d.activities.flatMap((a, i) => paths(a[list], (j) => `activities[${i}].${list}[${j}]${leaf}`))

interface TextField {
  name: string
  max: number
  paths: (d: Journey) => string[]
}

const TEXT_FIELDS: TextField[] = [
  { name: 'title', max: T.title, paths: () => ['title'] },
  { name: 'case', max: T.long, paths: () => ['caseDescription'] },
  { name: 'goal', max: T.long, paths: () => ['goal'] },
  { name: 'general note', max: T.long, paths: () => ['central.generalNote'] },
  ...(['name', 'description', 'needs'] as const).map((leaf) => ({
    name: `persona ${leaf}`,
    max: leaf === 'name' ? T.name : T.long,
    paths: (d: Journey) => paths(d.central.personas, (i) => `central.personas[${i}].${leaf}`),
  })),
  { name: 'lane name', max: T.name, paths: (d) => paths(d.lanes, (i) => `lanes[${i}].name`) },
  { name: 'phase name', max: T.name, paths: (d) => paths(d.phases, (i) => `phases[${i}].name`) },
  {
    name: 'phase description',
    max: T.long,
    paths: (d) => paths(d.phases, (i) => `phases[${i}].description`),
  },
  {
    name: 'activity title',
    max: T.label,
    paths: (d) => paths(d.activities, (i) => `activities[${i}].title`),
  },
  {
    name: 'activity description',
    max: T.long,
    paths: (d) => paths(d.activities, (i) => `activities[${i}].description`),
  },
  {
    name: 'activity evidence',
    max: T.label,
    paths: (d) => paths(d.activities, (i) => `activities[${i}].evidence.source`),
  },
  {
    name: 'hand-off',
    max: T.label,
    paths: (d) => d.activities.flatMap((a, i) => (a.handoff ? [`activities[${i}].handoff.to`] : [])),
  },
  { name: 'touchpoint label', max: T.label, paths: (d) => inActivities(d, 'touchpoints', '.label') },
  {
    name: 'touchpoint exclusion',
    max: T.caption,
    paths: (d) => inActivities(d, 'touchpoints', '.exclusion'),
  },
  { name: 'moment text', max: T.long, paths: (d) => inActivities(d, 'moments', '.text') },
  { name: 'moment evidence', max: T.label, paths: (d) => inActivities(d, 'moments', '.evidence.source') },
  {
    name: 'improvement',
    max: T.long,
    paths: (d) => paths(d.aha.improvements, (i) => `aha.improvements[${i}].text`),
  },
  { name: 'strength', max: T.long, paths: (d) => paths(d.aha.strengths, (i) => `aha.strengths[${i}].text`) },
  {
    name: 'strength role',
    max: T.name,
    paths: (d) => paths(d.aha.strengths, (i) => `aha.strengths[${i}].role`),
  },
  { name: 'insight', max: T.long, paths: (d) => paths(d.insights, (i) => `insights[${i}].text`) },
  {
    name: 'action owner',
    max: T.name,
    paths: (d) => paths(d.insights, (i) => `insights[${i}].action.owner`),
  },
  {
    name: 'action next step',
    max: T.caption,
    paths: (d) => paths(d.insights, (i) => `insights[${i}].action.nextStep`),
  },
  { name: 'figure label', max: T.label, paths: (d) => paths(d.figures, (i) => `figures[${i}].label`) },
  { name: 'figure value', max: T.value, paths: (d) => paths(d.figures, (i) => `figures[${i}].value`) },
  { name: 'figure unit', max: T.unit, paths: (d) => paths(d.figures, (i) => `figures[${i}].unit`) },
  { name: 'quote', max: T.long, paths: (d) => paths(d.quotes, (i) => `quotes[${i}].text`) },
  { name: 'quote role', max: T.name, paths: (d) => paths(d.quotes, (i) => `quotes[${i}].role`) },
  { name: 'image caption', max: T.caption, paths: (d) => paths(d.images, (i) => `images[${i}].caption`) },
  { name: 'image alt', max: T.caption, paths: (d) => paths(d.images, (i) => `images[${i}].alt`) },
]

interface Option {
  value: unknown
  valid: boolean
}
interface ChoiceField {
  name: string
  paths: (d: Journey) => string[]
  options: (d: Journey, path: string) => Option[]
}

const valid = (values: readonly unknown[]): Option[] => values.map((value) => ({ value, valid: true }))
const invalid = (values: readonly unknown[]): Option[] => values.map((value) => ({ value, valid: false }))
const orNone = (ids: string[]): Option[] => valid([null, ...ids])
const momentIds = (d: Journey) => d.activities.flatMap((a) => a.moments.map((m) => m.id))
const phaseRefs = (list: 'figures' | 'quotes' | 'images'): ChoiceField => ({
  name: `${list} phase`,
  paths: (d) => paths(d[list], (i) => `${list}[${i}].phaseId`),
  options: (d) => orNone(d.phases.map((p) => p.id)),
})
const evidenceKinds = (name: string, of: (d: Journey) => string[]): ChoiceField => ({
  name,
  paths: (d) => of(d).map((p) => `${p}.evidence.kind`),
  options: () => [...valid(EVIDENCE_KINDS), ...invalid(['gerucht'])],
})

const CHOICE_FIELDS: ChoiceField[] = [
  {
    name: 'emotion',
    paths: (d) => inActivities(d, 'moments', '.emotion'),
    options: () => [...valid(EMOTION_SCORES), ...invalid([0, 3, 1.5])],
  },
  {
    name: 'channel',
    paths: (d) => inActivities(d, 'touchpoints', '.channel'),
    options: () => [...valid(CHANNELS), ...invalid(['fax'])],
  },
  {
    name: 'touchpoint mode',
    paths: (d) => inActivities(d, 'touchpoints', '.mode'),
    options: () => [...valid(TOUCHPOINT_MODES), ...invalid(['telepathie'])],
  },
  {
    name: 'central mode',
    paths: () => ['central.mode'],
    options: () => [...valid(CENTRAL_MODES), ...invalid([''])],
  },
  {
    name: 'provider lane on',
    paths: (d) => d.lanes.flatMap((l, i) => (l.kind === 'provider' ? [`lanes[${i}].enabled`] : [])),
    options: () => [...valid([true, false]), ...invalid(['ja'])],
  },
  {
    name: 'hand-off on',
    paths: (d) => paths(d.activities, (i) => `activities[${i}].handoff`),
    options: () => [...valid([null, { to: '' }]), ...invalid(['naar de gemeente'])],
  },
  {
    name: 'beside',
    paths: (d) => {
      const citizen = d.lanes.find((l) => l.kind === 'citizen')?.id
      return d.activities.flatMap((a, i) => (a.laneId !== citizen ? [`activities[${i}].besideId`] : []))
    },
    options: (d, path) => {
      const citizen = d.lanes.find((l) => l.kind === 'citizen')?.id
      const activity = getIn(d, path.replace(/\.besideId$/, '')) as Journey['activities'][number]
      return orNone(
        d.activities.filter((a) => a.laneId === citizen && a.phaseId === activity.phaseId).map((a) => a.id),
      )
    },
  },
  {
    name: 'improvement moment',
    paths: (d) => paths(d.aha.improvements, (i) => `aha.improvements[${i}].momentId`),
    options: (d) => orNone(momentIds(d)),
  },
  {
    name: 'strength moment',
    paths: (d) => paths(d.aha.strengths, (i) => `aha.strengths[${i}].momentId`),
    options: (d) => orNone(momentIds(d)),
  },
  {
    name: 'insight improvement',
    paths: (d) => paths(d.insights, (i) => `insights[${i}].improvementId`),
    options: (d) => orNone(d.aha.improvements.map((p) => p.id)),
  },
  ...(['status', 'impact', 'effort'] as const).map((leaf) => ({
    name: `action ${leaf}`,
    paths: (d: Journey) => paths(d.insights, (i) => `insights[${i}].action.${leaf}`),
    options: () => [
      ...valid(leaf === 'status' ? ACTION_STATUSES : PRIORITY_LEVELS),
      ...invalid(['misschien']),
    ],
  })),
  {
    name: 'action due',
    paths: (d) => paths(d.insights, (i) => `insights[${i}].action.due`),
    options: () => [...valid(['', '2026-05-01']), ...invalid(['1 mei 2026'])],
  },
  phaseRefs('figures'),
  phaseRefs('quotes'),
  phaseRefs('images'),
  evidenceKinds('activity evidence kind', (d) => paths(d.activities, (i) => `activities[${i}]`)),
  evidenceKinds('moment evidence kind', (d) => inActivities(d, 'moments', '')),
  evidenceKinds('insight evidence kind', (d) => paths(d.insights, (i) => `insights[${i}]`)),
  evidenceKinds('figure evidence kind', (d) => paths(d.figures, (i) => `figures[${i}]`)),
]

interface ListKind {
  name: string
  max: number
  /** Whether one command may fill it to the maximum (not the lists of 600: see the examples below). */
  fillable: boolean
  lists: (d: Journey) => string[]
  make: (d: Journey, seed: number) => unknown
  /** Which items the user can remove or move (the citizen and provider lanes stay). */
  movable?: (d: Journey, index: number) => boolean
}

const nth = <X>(list: readonly X[], seed: number): X | undefined => list[seed % Math.max(1, list.length)]
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

const LISTS: ListKind[] = [
  { name: 'phases', max: L.phases, fillable: true, lists: () => ['phases'], make: () => createPhase() },
  {
    name: 'lanes',
    max: L.lanes,
    fillable: true,
    lists: () => ['lanes'],
    make: () => createLane('user'),
    movable: (d, i) => d.lanes[i]?.kind === 'user',
  },
  {
    name: 'personas',
    max: L.personas,
    fillable: true,
    lists: () => ['central.personas'],
    make: () => createPersona(),
  },
  {
    name: 'activities',
    max: L.activities,
    fillable: false,
    lists: (d) => (d.phases.length ? ['activities'] : []),
    make: (d, seed) => {
      const phase = nth(d.phases, seed)!
      const lane = nth(d.lanes, seed >> 3)!
      const beside = d.activities.filter(
        (a) => a.phaseId === phase.id && d.lanes.some((l) => l.id === a.laneId && l.kind === 'citizen'),
      )
      const besideId = lane.kind !== 'citizen' && seed % 2 ? (nth(beside, seed)?.id ?? null) : null
      return createActivity(phase.id, lane.id, besideId)
    },
  },
  {
    name: 'touchpoints',
    max: L.touchpoints,
    fillable: true,
    lists: (d) => paths(d.activities, (i) => `activities[${i}].touchpoints`),
    make: (_d, seed) => createTouchpoint(nth(CHANNELS, seed)),
  },
  {
    name: 'moments',
    max: L.moments,
    fillable: true,
    lists: (d) => paths(d.activities, (i) => `activities[${i}].moments`),
    make: (_d, seed) => createMoment(nth(EMOTION_SCORES, seed)!),
  },
  {
    name: 'improvements',
    max: L.improvements,
    fillable: true,
    lists: () => ['aha.improvements'],
    make: (d, seed) => createImprovement(seed % 2 ? (nth(momentIds(d), seed) ?? null) : null),
  },
  {
    name: 'strengths',
    max: L.strengths,
    fillable: true,
    lists: () => ['aha.strengths'],
    make: (d, seed) => createStrength(seed % 2 ? (nth(momentIds(d), seed) ?? null) : null),
  },
  {
    name: 'insights',
    max: L.insights,
    fillable: false,
    lists: (d) => (momentIds(d).length ? ['insights'] : []),
    make: (d, seed) =>
      createInsight(seed % 2 ? 'need' : 'opportunity', nth(momentIds(d), seed)!, {
        improvementId: seed % 3 ? null : (nth(d.aha.improvements, seed)?.id ?? null),
      }),
  },
  { name: 'figures', max: L.figures, fillable: true, lists: () => ['figures'], make: () => createFigure() },
  { name: 'quotes', max: L.quotes, fillable: true, lists: () => ['quotes'], make: () => createQuote() },
  {
    name: 'images',
    max: L.images,
    fillable: true,
    lists: () => ['images'],
    make: () => createImage({ dataUrl: PIXEL, width: 1, height: 1 }),
  },
]

const movableIndexes = (kind: ListKind, d: Journey, list: string) =>
  indexes(listIn(d, list)).filter((i) => kind.movable?.(d, i) ?? true)

// ---- the commands ------------------------------------------------------------------------------------------

type Size = 'free' | 'empty' | 'echo' | 'atMax' | 'overMax'
const repeatTo = (text: string, length: number) =>
  text.repeat(Math.ceil(length / text.length)).slice(0, length)

function sizedText(seed: string, size: Size, max: number, current: string): string {
  const unit = clean(seed) || 'é'
  if (size === 'empty') return ''
  if (size === 'echo') return current
  if (size === 'atMax') return repeatTo(unit, max)
  if (size === 'overMax') return repeatTo(unit, max + 1)
  return seed
}

/** The checks after every command: the save flushed and awaited, then store, model and storage agree. */
async function verify(m: Model, r: Real) {
  r.store.flush()
  await settle()
  const saved = m.pending && !m.urgent
  if (m.pending) {
    m.saved++
    m.staleStatuses = m.urgent
  }
  m.pending = false
  m.urgent = false
  if (saved) expect(useSaveStatusStore().state).toBe('saved')

  const doc = r.store.journey!
  expect(doc).toEqual(m.doc)
  const loaded = loadJourney(doc.id)
  if (!loaded.ok) throw new Error(`the stored journey does not open: ${loaded.reason}`)
  expect(loaded.repairs).toEqual([])
  expect(loaded.journey).toEqual({ ...m.doc, revision: m.saved })
  expect(r.store.refusal).toEqual(m.refusal)
  expect(r.store.undoLabel !== null).toBe(m.done.length > 0)
  expect(r.store.redoLabel !== null).toBe(m.undone.length > 0)
  expect(r.store.conflict).toBeNull()
  expect(useSaveStatusStore().state).not.toBe('failed')
  if (!m.staleStatuses) expect(r.store.statuses).toEqual(stepStatuses(m.doc))
  expect(r.previous.doc).toEqual(r.previous.copy)
  r.previous = { doc, copy: structuredClone(doc) }
}

type Command = fc.AsyncCommand<Model, Real>

/** How a save comes about: flushed (by `verify`), after the pause, or at once as the page is left or hidden. */
type Then = 'flush' | 'pause' | 'pagehide' | 'hidden'

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  document.dispatchEvent(new Event('visibilitychange'))
}

function letSave(m: Model, then: Then) {
  if (then === 'pause') {
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    m.now += SAVE_DELAY_MS
  } else if (then === 'pagehide') {
    window.dispatchEvent(new Event('pagehide'))
    m.urgent = true
  } else if (then === 'hidden') {
    setVisibility('hidden')
    setVisibility('visible')
    m.urgent = true
  }
}

/** Types in a text field: `at` picks one of its places, or (`again`) the field typed in last. */
class SetText implements Command {
  constructor(
    readonly p: { field: number; at: number; size: Size; seed: string; again?: boolean; then: Then },
  ) {}
  target(m: Readonly<Model>): { field: TextField; index: number; path: string } | null {
    if (this.p.again) {
      const last = m.typing
      const field = last && TEXT_FIELDS[last.field]
      return field && field.paths(m.doc).includes(last.path)
        ? { field, index: last.field, path: last.path }
        : null
    }
    const index = this.p.field % TEXT_FIELDS.length
    const field = TEXT_FIELDS[index]!
    const path = nth(field.paths(m.doc), this.p.at)
    return path === undefined ? null : { field, index, path }
  }
  check = (m: Readonly<Model>) => this.target(m) !== null
  async run(m: Model, r: Real) {
    const { field, index, path } = this.target(m)!
    m.typing = { field: index, path }
    const current = getIn(m.doc, path) as string
    const value = sizedText(this.p.seed, this.p.size, field.max, current)
    const cleaned = clean(value)

    const accepted = r.store.commit(path, value)

    if (cleaned.length > field.max) {
      m.refusal = { path, message: tooLong(field.max, cleaned.length) }
      expect(accepted).toBe(false)
    } else {
      if (m.refusal?.path === path) m.refusal = null
      expect(accepted).toBe(cleaned !== current)
      if (cleaned !== current)
        edited(
          m,
          changed(m.doc, path, (c, k) => (c[k] = cleaned)),
          path,
        )
    }
    letSave(m, this.p.then)
    await verify(m, r)
  }
  toString = () =>
    `SetText(${this.p.again ? 'same field' : `${TEXT_FIELDS[this.p.field % TEXT_FIELDS.length]!.name}#${this.p.at}`}, ` +
    `${this.p.size}, ${JSON.stringify(this.p.seed)}, then ${this.p.then})`
}

class SetChoice implements Command {
  constructor(readonly p: { field: number; at: number; option: number }) {}
  field = () => CHOICE_FIELDS[this.p.field % CHOICE_FIELDS.length]!
  check = (m: Readonly<Model>) => this.field().paths(m.doc).length > 0
  async run(m: Model, r: Real) {
    const field = this.field()
    const path = nth(field.paths(m.doc), this.p.at)!
    const option = nth(field.options(m.doc, path), this.p.option)!
    const current = getIn(m.doc, path)

    const accepted = r.store.commit(path, structuredClone(option.value))

    if (!option.valid) {
      m.refusal = { path, message: 'errors.invalid' }
      expect(accepted).toBe(false)
    } else {
      if (m.refusal?.path === path) m.refusal = null
      expect(accepted).toBe(current !== option.value)
      if (current !== option.value)
        edited(
          m,
          changed(m.doc, path, (c, k) => (c[k] = structuredClone(option.value))),
          path,
        )
    }
    await verify(m, r)
  }
  toString = () => `SetChoice(${this.field().name}#${this.p.at}, option ${this.p.option})`
}

class Insert implements Command {
  constructor(
    readonly p: { list: number; at: number; seed: number; how: 'end' | 'start' | 'few' | 'fill' },
  ) {}
  kind = () => LISTS[this.p.list % LISTS.length]!
  check = (m: Readonly<Model>) => this.kind().lists(m.doc).length > 0
  async run(m: Model, r: Real) {
    const kind = this.kind()
    const list = nth(kind.lists(m.doc), this.p.at)!
    const length = listIn(m.doc, list).length
    const count =
      this.p.how === 'fill' && kind.fillable
        ? kind.max - length + 1
        : this.p.how === 'few'
          ? 1 + (this.p.seed % 3)
          : 1
    for (let n = 0; n < count; n++) {
      const item = kind.make(m.doc, this.p.seed + n)
      const at = this.p.how === 'start' ? 0 : undefined
      const accepted = r.store.insert(list, item, { key: 'history.added' }, at)
      if (listIn(m.doc, list).length >= kind.max) {
        m.refusal = { path: '', message: tooMany(kind.max) }
        expect(accepted).toBe(false)
      } else {
        expect(accepted).toBe(true)
        const copy = structuredClone(item)
        listEdited(
          m,
          changed(m.doc, list, (c, k) => (c[k] as unknown[]).splice(at ?? Infinity, 0, copy)),
        )
      }
    }
    if (this.p.how === 'fill' && kind.fillable) expect(listIn(m.doc, list)).toHaveLength(kind.max)
    await verify(m, r)
  }
  toString = () => `Insert(${this.kind().name}#${this.p.at}, ${this.p.how}, seed ${this.p.seed})`
}

class Remove implements Command {
  constructor(readonly p: { list: number; at: number; index: number; outside: boolean }) {}
  kind = () => LISTS[this.p.list % LISTS.length]!
  check = (m: Readonly<Model>) =>
    this.kind()
      .lists(m.doc)
      .some((list) => this.p.outside || movableIndexes(this.kind(), m.doc, list).length > 0)
  async run(m: Model, r: Real) {
    const kind = this.kind()
    const lists = kind
      .lists(m.doc)
      .filter((list) => this.p.outside || movableIndexes(kind, m.doc, list).length > 0)
    const list = nth(lists, this.p.at)!
    const index = this.p.outside
      ? listIn(m.doc, list).length
      : nth(movableIndexes(kind, m.doc, list), this.p.index)!

    const accepted = r.store.remove(list, index, { key: 'history.removed', params: { name: kind.name } })

    if (this.p.outside) {
      m.refusal = { path: '', message: 'errors.invalid' }
      expect(accepted).toBe(false)
    } else {
      expect(accepted).toBe(true)
      listEdited(m, pruneReferences(changed(m.doc, list, (c, k) => (c[k] as unknown[]).splice(index, 1))))
    }
    await verify(m, r)
  }
  toString = () =>
    `Remove(${this.kind().name}#${this.p.at}, ${this.p.outside ? 'past the end' : `#${this.p.index}`})`
}

class Move implements Command {
  constructor(readonly p: { list: number; at: number; from: number; to: number; how: 'move' | 'swap' }) {}
  kind = () => LISTS[this.p.list % LISTS.length]!
  check = (m: Readonly<Model>) =>
    this.kind()
      .lists(m.doc)
      .some((list) => movableIndexes(this.kind(), m.doc, list).length > 0)
  async run(m: Model, r: Real) {
    const kind = this.kind()
    const lists = kind.lists(m.doc).filter((list) => movableIndexes(kind, m.doc, list).length > 0)
    const list = nth(lists, this.p.at)!
    const movable = movableIndexes(kind, m.doc, list)
    const from = nth(movable, this.p.from)!
    const to = nth(movable, this.p.to)!

    expect(
      r.store.move(list, from, to, { key: 'history.moved', params: { name: kind.name } }, this.p.how),
    ).toBe(true)

    const next = changed(m.doc, list, (c, k) => {
      const items = c[k] as unknown[]
      if (this.p.how === 'swap') [items[from], items[to]] = [items[to], items[from]]
      else items.splice(to, 0, ...items.splice(from, 1))
    })
    listEdited(m, next)
    await verify(m, r)
  }
  toString = () => `Move(${this.kind().name}#${this.p.at}, ${this.p.from} → ${this.p.to}, ${this.p.how})`
}

class Undo implements Command {
  check = () => true
  async run(m: Model, r: Real) {
    const entry = m.done.pop()
    expect(r.store.undo()).toBe(entry !== undefined)
    if (entry) {
      m.undone.push(entry)
      m.doc = { ...entry.before, updatedAt: iso(m.now) }
      m.topIsCurrent = false
      m.pending = true
    }
    await verify(m, r)
  }
  toString = () => 'Undo'
}

class Redo implements Command {
  check = () => true
  async run(m: Model, r: Real) {
    const entry = m.undone.pop()
    expect(r.store.redo()).toBe(entry !== undefined)
    if (entry) {
      m.done.push({ ...entry, key: null })
      m.doc = { ...entry.after, updatedAt: iso(m.now) }
      m.topIsCurrent = false
      m.pending = true
    }
    await verify(m, r)
  }
  toString = () => 'Redo'
}

/** The user pauses: typing in the same field after more than 1.5 s is a new undo step. */
class Wait implements Command {
  constructor(readonly ms: number) {}
  check = () => true
  async run(m: Model, r: Real) {
    vi.advanceTimersByTime(this.ms)
    m.now += this.ms
    await verify(m, r)
  }
  toString = () => `Wait(${this.ms})`
}

/** The page is reloaded: the journey is read again from storage, with an empty history. */
class Reopen implements Command {
  check = () => true
  async run(m: Model, r: Real) {
    const id = m.doc.id
    r.store.close()
    expect((await r.store.open(id)).ok).toBe(true)
    m.doc = { ...m.doc, revision: m.saved }
    m.done = []
    m.undone = []
    m.topIsCurrent = false
    m.refusal = null
    m.typing = null
    m.staleStatuses = false
    await verify(m, r)
  }
  toString = () => 'Reopen'
}

// ---- the arbitraries ---------------------------------------------------------------------------------------

const tricky = fc.constantFrom(
  '<script>alert("x")</script>',
  '&amp; &lt;b&gt; <b>vet</b> {{ moustache }}',
  `"'\`\\ \\u0000 \\n`,
  'Ĳzer – € 25 „quote” ‘x’ … ß',
  'Ελληνικά Кириллица 中文 日本語 العربية עברית',
  '🙂👩‍👩‍👧🇧🇪 e\u0301',
  '\u202Egekeerd\u202C \u2066iso\u2069',
  'tab\there\nnew line\r\n',
  '\u0000\u0007\u001B[31m\u007F',
  '\uD83D',
  ' ',
  '{"schemaVersion":3,"id":"x","revision":99}',
)
const seedText = fc.oneof(
  tricky,
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ maxLength: 24 }),
)
const pick = fc.nat({ max: 997 })

const setText = fc
  .record({
    field: fc.nat({ max: TEXT_FIELDS.length - 1 }),
    at: pick,
    size: fc.constantFrom<Size>('free', 'free', 'empty', 'echo', 'atMax', 'overMax'),
    seed: seedText,
    then: fc.constantFrom<Then>('flush', 'flush', 'flush', 'pause', 'pagehide', 'hidden'),
  })
  .map((p) => new SetText(p))
const typeAgain = fc
  .record({
    field: fc.constant(0),
    at: fc.constant(0),
    size: fc.constantFrom<Size>('free', 'free', 'free', 'echo', 'atMax', 'overMax'),
    seed: seedText,
    again: fc.constant(true),
    then: fc.constantFrom<Then>('flush', 'flush', 'flush', 'pause', 'pagehide', 'hidden'),
  })
  .map((p) => new SetText(p))
const listIndex = fc.nat({ max: LISTS.length - 1 })

const COMMANDS = [
  setText,
  setText,
  typeAgain,
  typeAgain,
  fc
    .record({ field: fc.nat({ max: CHOICE_FIELDS.length - 1 }), at: pick, option: pick })
    .map((p) => new SetChoice(p)),
  fc
    .record({
      list: listIndex,
      at: pick,
      seed: pick,
      how: fc.constantFrom('end', 'end', 'start', 'few', 'fill'),
    })
    .map((p) => new Insert(p)),
  fc
    .record({ list: listIndex, at: pick, seed: pick, how: fc.constantFrom('end', 'fill') })
    .map((p) => new Insert(p)),
  fc
    .record({
      list: listIndex,
      at: pick,
      index: pick,
      outside: fc.constantFrom(false, false, false, false, false, true),
    })
    .map((p) => new Remove(p)),
  fc
    .record({ list: listIndex, at: pick, from: pick, to: pick, how: fc.constantFrom('move', 'swap') })
    .map((p) => new Move(p)),
  fc.constant(new Undo()),
  fc.constant(new Undo()),
  fc.constant(new Redo()),
  fc.constantFrom(100, 500, 1000, 1600).map((ms) => new Wait(ms)),
  fc.constant(new Reopen()),
]

// ---- the runs ----------------------------------------------------------------------------------------------

async function setup(start: 'new' | 'fixture'): Promise<{ model: Model; real: Real }> {
  resetPersistence()
  setActivePinia(createPinia())
  vi.setSystemTime(START)
  const store = useJourneyStore()
  if (start === 'new') await store.create()
  else {
    const journey = makeJourney()
    await saveJourney(journey, 0)
    expect((await store.open(journey.id)).ok).toBe(true)
  }
  const doc = store.journey!
  const model: Model = {
    doc: structuredClone(doc),
    saved: 1,
    pending: false,
    done: [],
    undone: [],
    topIsCurrent: false,
    refusal: null,
    urgent: false,
    staleStatuses: false,
    typing: null,
    now: START,
  }
  const real: Real = { store, previous: { doc, copy: structuredClone(doc) } }
  await verify(model, real)
  return { model, real }
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  Reflect.deleteProperty(document, 'visibilityState')
  vi.useRealTimers()
})

describe('the journey store against a model', () => {
  it('keeps store, model and stored text equal through any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<'new' | 'fixture'>('new', 'fixture'),
        fc.commands(COMMANDS, { maxCommands: 40, size: 'max' }),
        async (start, commands) => {
          const { model, real } = await setup(start)
          try {
            await fc.asyncModelRun(() => ({ model, real }), commands)
          } finally {
            real.store.close()
          }
        },
      ),
      // MODEL_RUNS=2000 npx vitest run tests/unit/stores/journey.model.test.ts for a longer search.
      { numRuns: Number(process.env.MODEL_RUNS ?? 100) },
    )
  }, 600_000)
})

describe('the lists of 600', () => {
  it.each([
    ['activities', L.activities],
    ['insights', L.insights],
  ] as const)(
    'fills %s to %i, refuses one more, and reads them all back',
    async (list, max) => {
      const { model, real } = await setup('fixture')
      const kind = LISTS.find((k) => k.name === list)!
      const { store } = real
      let n = 0
      while (store.journey![list].length < max)
        expect(store.insert(list, kind.make(store.journey!, n++), { key: 'history.added' })).toBe(true)
      const full = store.journey

      expect(store.insert(list, kind.make(store.journey!, n), { key: 'history.added' })).toBe(false)

      expect(store.journey).toBe(full)
      expect(store.refusal).toEqual({ path: '', message: tooMany(max) })
      store.flush()
      await settle()
      expect(loadJourney(full!.id)).toMatchObject({
        ok: true,
        repairs: [],
        journey: { ...full, revision: model.saved + 1 },
      })
      expect((await listDrafts())[0]).toMatchObject({ id: full!.id, revision: model.saved + 1 })
      // Removing one makes room again.
      expect(store.remove(list, 0, { key: 'history.removed' })).toBe(true)
      expect(store.insert(list, kind.make(store.journey!, n), { key: 'history.added' })).toBe(true)
      store.close()
    },
    60_000,
  )
})
