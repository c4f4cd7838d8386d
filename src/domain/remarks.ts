import { newId } from './ids'
import { createActivity, createStrength } from './factories'
import { cleanText, clipText, maxItemsAt, maxLengthAt } from './leafRules'
import { formatPath, setAt } from './paths'
import type { Journey, Remark } from './schema'
import type { StepId } from './steps'

/**
 * Colleagues' remarks on a journey, from review rounds by file: where each belongs, who checked what, and
 * what accepting one changes. Pure: the store applies the result as one undoable edit.
 */
export type RemarkTargetKind = Remark['target']['kind']

/** The most remarks a journey keeps (the schema's limit). */
const MAX_REMARKS = 1000

/** The key of what a remark is about: "activity:<id>", or "step:<stepId>" for a step of the method. */
export const targetKey = (target: Remark['target']) =>
  target.id ? `${target.kind}:${target.id}` : `step:${target.step}`

/** Where each item lives, for remarks whose item is still there. */
function itemPaths(
  journey: Journey,
): Map<string, { path: (string | number)[]; text: string; activityId: string | null }> {
  const out = new Map<string, { path: (string | number)[]; text: string; activityId: string | null }>()
  journey.activities.forEach((a, i) => {
    out.set(`activity:${a.id}`, { path: ['activities', i, 'title'], text: a.title, activityId: a.id })
    a.touchpoints.forEach((t, j) =>
      out.set(`touchpoint:${t.id}`, {
        path: ['activities', i, 'touchpoints', j, 'label'],
        text: t.label,
        activityId: a.id,
      }),
    )
    a.moments.forEach((m, j) =>
      out.set(`moment:${m.id}`, {
        path: ['activities', i, 'moments', j, 'text'],
        text: m.text,
        activityId: a.id,
      }),
    )
  })
  const momentActivity = new Map(
    journey.activities.flatMap((a) => a.moments.map((m) => [m.id, a.id] as const)),
  )
  journey.insights.forEach((s, i) =>
    out.set(`insight:${s.id}`, {
      path: ['insights', i, 'text'],
      text: s.text,
      activityId: momentActivity.get(s.momentId) ?? null,
    }),
  )
  return out
}

/**
 * What the item of a remark says now: its text, null when the item was deleted, undefined for a remark on a
 * step. The screen shows the colleague's reading beside it when the two differ.
 */
export function currentTextOf(journey: Journey, remark: Remark): string | null | undefined {
  if (remark.target.id === null) return undefined
  return itemPaths(journey).get(targetKey(remark.target))?.text ?? null
}

/** The field of the wizard a remark's item is edited in, as a path ("activities[2].title"), or null. */
export function remarkFieldPath(journey: Journey, remark: Remark): string | null {
  const at = remark.target.id ? itemPaths(journey).get(targetKey(remark.target)) : undefined
  return at ? formatPath(at.path) : null
}

/** The remarks of a journey by what they are about (`targetKey`), in the order they came. */
export function remarksByTarget(remarks: readonly Remark[]): Map<string, Remark[]> {
  const out = new Map<string, Remark[]>()
  for (const remark of remarks) {
    const key = targetKey(remark.target)
    out.set(key, [...(out.get(key) ?? []), remark])
  }
  return out
}

/** Does the item a remark is about still exist? (A remark on a step always has its step.) */
export const targetExists = (journey: Journey, remark: Remark) =>
  remark.target.id === null || itemPaths(journey).has(targetKey(remark.target))

/**
 * Remarks of several colleagues and several files into one list: a remark already there (the same file
 * opened twice) is not added again; everything else is kept, also about items deleted meanwhile.
 */
export function mergeRemarks(
  journey: Journey,
  incoming: readonly Remark[],
): { journey: Journey; added: number; duplicates: number; orphans: number; cut: number } {
  const known = new Set(journey.remarks.map((r) => r.id))
  // A remark already there, or twice in the same file, comes in once; the list holds 1000 at most.
  const unseen = incoming.filter((r) => !known.has(r.id) && (known.add(r.id), true))
  const fresh = unseen.slice(0, Math.max(0, MAX_REMARKS - journey.remarks.length))
  const paths = itemPaths(journey)
  const orphans = fresh.filter((r) => r.target.id !== null && !paths.has(targetKey(r.target))).length
  return {
    journey: fresh.length ? { ...journey, remarks: [...journey.remarks, ...fresh] } : journey,
    added: fresh.length,
    duplicates: incoming.length - unseen.length,
    orphans,
    /** New remarks left out because the journey holds the most it may. */
    cut: unseen.length - fresh.length,
  }
}

/** How many colleagues looked at each step of the map: a remark on any of a column's steps or their items. */
export function checkedByColumn(
  journey: Journey,
  columns: readonly { id: string; cells: Record<string, readonly { id: string }[]> }[],
): Map<string, number> {
  const paths = itemPaths(journey)
  const out = new Map<string, number>()
  for (const column of columns) {
    const ids = new Set(Object.values(column.cells).flatMap((steps) => steps.map((s) => s.id)))
    const who = new Set(
      journey.remarks
        .filter((r) => {
          const at = r.target.id ? paths.get(targetKey(r.target)) : undefined
          return at?.activityId !== null && at?.activityId !== undefined && ids.has(at.activityId)
        })
        .map((r) => r.by.trim().toLowerCase() || r.round),
    )
    out.set(column.id, who.size)
  }
  return out
}

/** Colleagues who checked a step of the method (a remark on the step or on any item of it). */
export function checkedBySteps(journey: Journey): Record<string, number> {
  const out: Record<string, Set<string>> = {}
  for (const r of journey.remarks)
    (out[r.target.step] ??= new Set()).add(r.by.trim().toLowerCase() || r.round)
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.size]))
}

/**
 * Accepting a remark: what the colleague proposed goes into the journey (new words for an item, a missing
 * step in its phase, a strong point with who named it), and the remark is marked accepted. Null for a remark
 * that is not there; 'full' when the list it would add to is at its maximum (nothing changes then).
 */
export function acceptRemark(
  journey: Journey,
  remarkId: string,
  citizenLaneId: string | null,
): Journey | 'full' | null {
  const index = journey.remarks.findIndex((r) => r.id === remarkId)
  const remark = journey.remarks[index]
  if (!remark) return null
  const marked = setAt(journey, ['remarks', index, 'state'], 'accepted')
  const words = (remark.proposal || remark.text).trim()
  const full = (path: (string | number)[], length: number) => length >= (maxItemsAt(path) ?? Infinity)
  const clip = (text: string, path: (string | number)[]) => clipText(cleanText(text), maxLengthAt(path))
  if (remark.verdict === 'strength' && words) {
    if (full(['aha', 'strengths'], journey.aha.strengths.length)) return 'full'
    // A strong point on a moment deleted meanwhile stays, on the journey as a whole.
    const moment = remark.target.kind === 'moment' ? remark.target.id : null
    const momentId = moment && itemPaths(journey).has(`moment:${moment}`) ? moment : null
    const strength = {
      ...createStrength(momentId),
      text: clip(words, ['aha', 'strengths', 0, 'text']),
      role: clip(remark.by, ['aha', 'strengths', 0, 'role']),
    }
    return { ...marked, aha: { ...marked.aha, strengths: [...marked.aha.strengths, strength] } }
  }
  if (
    remark.verdict === 'missing' &&
    words &&
    remark.phaseId &&
    citizenLaneId &&
    journey.phases.some((p) => p.id === remark.phaseId)
  ) {
    if (full(['activities'], journey.activities.length)) return 'full'
    const activity = {
      ...createActivity(remark.phaseId, citizenLaneId),
      title: clip(words, ['activities', 0, 'title']),
      description: remark.proposal && remark.text ? clip(remark.text, ['activities', 0, 'description']) : '',
    }
    return { ...marked, activities: [...marked.activities, activity] }
  }
  const at = remark.target.id ? itemPaths(journey).get(targetKey(remark.target)) : undefined
  // The proposal is the colleague's text: cleaned and kept within the field's maximum, as typing would be.
  const proposal = clipText(cleanText(remark.proposal.trim()), maxLengthAt(at?.path ?? []))
  if (proposal && at) return setAt(marked, at.path, proposal)
  return marked
}

export const answerRemark = (
  journey: Journey,
  remarkId: string,
  answer: string,
  state: Remark['state'],
): Journey => {
  const index = journey.remarks.findIndex((r) => r.id === remarkId)
  return index < 0
    ? journey
    : setAt(setAt(journey, ['remarks', index, 'answer'], answer), ['remarks', index, 'state'], state)
}

/** A new remark of a colleague in review mode. */
export function createRemark(
  target: { kind: RemarkTargetKind; step: StepId; id: string | null; label: string },
  verdict: Remark['verdict'],
  by: string,
  round: string,
  now: Date,
): Remark {
  return {
    id: newId(),
    by,
    at: now.toISOString(),
    target,
    verdict,
    text: '',
    proposal: '',
    phaseId: null,
    state: 'open',
    answer: '',
    round,
  }
}
