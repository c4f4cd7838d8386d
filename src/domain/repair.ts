import type { ZodIssue } from 'zod'
import { CHANNEL_DEFAULT_MODE, type Channel } from './catalogue'
import { INTEGRITY } from './integrity'
import { LIST_LIMITS } from './limits'
import { newId } from './ids'
import { getAt, setAt, updateAt, type Path, type PathPart } from './paths'
import { placeOf, type Place } from './place'
import { clipText } from './leafRules'
import { journeySchema } from './schema'

/**
 * The lenient reader's mending: anything that was once saved opens again. A stored or imported journey that
 * breaks a limit or misses a field is repaired here, in one place, and every repair is reported so the user
 * sees what changed (the original text stays downloadable). Only what is not a journey at all is refused.
 */
export type RepairKind =
  | 'clamped' // a text past its maximum was shortened
  | 'listCut' // a list past its maximum lost its last items
  | 'defaulted' // an unreadable value took its default
  | 'dropped' // an item that could not be shown went
  | 'unlinked' // a reference to something missing was cleared
  | 'rehomed' // an activity of a missing phase or lane was moved
  | 'renumbered' // a duplicate id got a new one
  | 'lanes' // the lanes were put right (one citizen lane, one provider lane at most)

export interface RepairNote {
  kind: RepairKind
  place: Place
  /** `max` for a clamp or a cut list. */
  max?: number
}

type Doc = Record<string, unknown>
const MAX_PASSES = 12
const isDoc = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The answer of a fallback that the item holding the field cannot be shown and goes. */
const DROP = Symbol('drop')
type Fallback = (doc: Doc, path: Path, now: string) => unknown

/**
 * Values that replace an unreadable one where its type has no default, by the field's name and, where the
 * same name means different things, by where it is. Undefined: remove the key (its default applies).
 */
const FALLBACK: Record<string, Fallback> = {
  id: () => newId(),
  revision: () => 0,
  origin: () => ({ kind: 'new', importedAt: null, sourceTitle: '' }),
  importedAt: () => null,
  sourceTitle: () => '',
  createdAt: (_d, _p, now) => now,
  updatedAt: (_d, _p, now) => now,
  channel: () => 'other',
  mode: (doc, path) => {
    if (path[0] === 'central') return 'persona'
    const channel = getAt(doc, [...path.slice(0, -1), 'channel'])
    return CHANNEL_DEFAULT_MODE[channel as Channel] ?? 'physical'
  },
  kind: (_d, path) => {
    const [head] = path
    if (head === 'origin') return 'new'
    if (head === 'lanes') return 'user'
    if (head === 'insights' && path.length === 3) return 'need'
    if (path[path.length - 2] === 'evidence') return undefined
    return DROP
  },
  emotion: () => DROP,
}

const clamp = (text: string, max: number) => clipText(text, max)

interface Fix {
  doc: Doc
  note: Omit<RepairNote, 'place'> | null
}

/** The nearest enclosing list item of a path: the list's path and the item's index. */
function enclosingItem(path: Path): { list: Path; index: number } | null {
  for (let k = path.length - 1; k >= 0; k--)
    if (typeof path[k] === 'number') return { list: path.slice(0, k), index: path[k] as number }
  return null
}

function dropItem(doc: Doc, path: Path): Fix | null {
  const item = enclosingItem(path)
  if (!item) return null
  const list = getAt(doc, item.list)
  if (!Array.isArray(list)) return null
  return {
    doc: setAt(
      doc,
      item.list,
      list.filter((_, i) => i !== item.index),
    ),
    note: { kind: 'dropped' },
  }
}

/**
 * A phase for activities whose own phase is gone: one added at the end (unnamed: the UI shows "Fase n"), or
 * the last phase when there is no room for another.
 */
function recoveryPhase(doc: Doc): { doc: Doc; id: string } {
  const phases = Array.isArray(doc.phases) ? doc.phases : []
  const found = phases.find((p) => isDoc(p) && p.id === 'recovered-phase') as Doc | undefined
  if (found) return { doc, id: 'recovered-phase' }
  const last = phases[phases.length - 1]
  if (phases.length >= LIST_LIMITS.phases && isDoc(last) && typeof last.id === 'string')
    return { doc, id: last.id }
  const phase = { id: 'recovered-phase', name: '', description: '' }
  return { doc: { ...doc, phases: [...phases, phase] }, id: phase.id }
}

function fixLanes(doc: Doc): Fix {
  const lanes = (Array.isArray(doc.lanes) ? doc.lanes : []).filter(isDoc)
  let citizen = false
  let provider = false
  const fixed = lanes.map((lane) => {
    if (lane.kind === 'citizen' && !citizen) return ((citizen = true), lane)
    if (lane.kind === 'provider' && !provider) return ((provider = true), lane)
    return lane.kind === 'user' ? lane : { ...lane, kind: 'user' }
  })
  if (!citizen) fixed.unshift({ id: newId(), kind: 'citizen', name: '', enabled: true })
  return { doc: { ...doc, lanes: fixed }, note: { kind: 'lanes' } }
}

function fixIntegrity(doc: Doc, issue: ZodIssue): Fix | null {
  const { path, message } = issue
  const last = path[path.length - 1]
  if (message === INTEGRITY.citizenLane || message === INTEGRITY.providerLane) return fixLanes(doc)
  if (message === INTEGRITY.duplicateId)
    return { doc: setAt(doc, path, newId()), note: { kind: 'renumbered' } }
  if (path[0] === 'activities' && last === 'phaseId') {
    const { doc: withPhase, id } = recoveryPhase(doc)
    const moved = setAt(setAt(withPhase, path, id), [...path.slice(0, -1), 'besideId'], null)
    return { doc: moved, note: { kind: 'rehomed' } }
  }
  if (path[0] === 'activities' && last === 'laneId') {
    const citizen = (Array.isArray(doc.lanes) ? doc.lanes : []).find((l) => isDoc(l) && l.kind === 'citizen')
    if (!isDoc(citizen)) return fixLanes(doc)
    const moved = setAt(setAt(doc, path, citizen.id), [...path.slice(0, -1), 'besideId'], null)
    return { doc: moved, note: { kind: 'rehomed' } }
  }
  if (path[0] === 'insights' && last === 'momentId') return dropItem(doc, path)
  return { doc: setAt(doc, path, null), note: { kind: 'unlinked' } }
}

function fixIssue(doc: Doc, issue: ZodIssue, now: string): Fix | null {
  const path = issue.path as PathPart[]
  const value = getAt(doc, path)
  if (issue.code === 'too_big' && issue.type === 'string' && typeof value === 'string')
    return {
      doc: setAt(doc, path, clamp(value, Number(issue.maximum))),
      note: { kind: 'clamped', max: Number(issue.maximum) },
    }
  if (issue.code === 'too_big' && issue.type === 'array' && Array.isArray(value))
    return {
      doc: setAt(doc, path, value.slice(0, Number(issue.maximum))),
      note: { kind: 'listCut', max: Number(issue.maximum) },
    }
  if (issue.code === 'custom' && issue.message.startsWith('errors.integrity.'))
    return fixIntegrity(doc, issue)
  if (path.length === 1 && path[0] === 'lanes') return fixLanes(doc)
  const field = String(path[path.length - 1] ?? '')
  if (field === 'emotion' && typeof value === 'number' && Number.isFinite(value)) {
    const score = value > 0 ? Math.min(2, Math.ceil(value)) : Math.max(-2, Math.floor(value) || -1)
    return { doc: setAt(doc, path, score), note: { kind: 'defaulted' } }
  }
  if (
    issue.code === 'invalid_type' &&
    issue.expected === 'string' &&
    (typeof value === 'number' || typeof value === 'boolean')
  )
    return { doc: setAt(doc, path, String(value)), note: { kind: 'defaulted' } }
  const fallback = FALLBACK[field]?.(doc, path, now)
  if (fallback === DROP) return dropItem(doc, path) ?? null
  if (fallback !== undefined)
    return {
      doc: setAt(doc, path, fallback),
      note: field === 'id' ? { kind: 'renumbered' } : { kind: 'defaulted' },
    }
  if (path.length === 0) return null
  // Remove the key: zod fills its default. A field without one fails again and its item goes next pass.
  const parent = path.slice(0, -1)
  const next = updateAt(doc, parent, (node) => {
    if (!isDoc(node) || !(field in node)) return node
    const rest = { ...node }
    delete rest[field]
    return rest
  })
  return next === doc ? dropItem(doc, path) : { doc: next, note: { kind: 'defaulted' } }
}

function comparePaths(a: readonly PathPart[], b: readonly PathPart[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const x = a[k] as PathPart
    const y = b[k] as PathPart
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return a.length - b.length
}

/**
 * Mends a migrated document until the schema accepts it. Returns null when it cannot (then it is not a
 * journey). The document is not changed; `now` stamps a missing date.
 */
export function repairJourney(input: Doc, now: Date): { doc: Doc; notes: RepairNote[] } | null {
  let doc = input
  const notes: RepairNote[] = []
  const stamp = now.toISOString()
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const parsed = journeySchema.safeParse(doc)
    if (parsed.success) return { doc, notes }
    // Last path first: dropping an item shifts only the items after it, which are then already mended.
    const pending = [...parsed.error.issues].sort((a, b) => comparePaths(b.path, a.path))
    let changed = false
    // The other problems of an item that went are gone with it (the items before it keep their paths).
    const dropped: PathPart[][] = []
    const within = (path: readonly PathPart[]) => dropped.some((d) => d.every((part, k) => path[k] === part))
    for (const issue of pending) {
      if (within(issue.path)) continue
      const place = placeOf(doc, issue.path)
      // A fix of this pass may have moved what an earlier issue pointed at; the next pass sees it afresh.
      let fix: Fix | null
      try {
        fix = fixIssue(doc, issue, stamp)
      } catch {
        continue
      }
      if (!fix || fix.doc === doc) continue
      doc = fix.doc
      changed = true
      if (fix.note) notes.push({ ...fix.note, place })
      if (fix.note?.kind === 'dropped') {
        const item = enclosingItem(issue.path)
        if (item) dropped.push([...item.list, item.index])
      }
      // Mending the lanes may put a lane in front: other paths into the lanes are stale until the next pass.
      if (fix.note?.kind === 'lanes') break
    }
    if (!changed) return null
  }
  return journeySchema.safeParse(doc).success ? { doc, notes } : null
}
