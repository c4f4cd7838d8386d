import { newId } from './ids'
import { createActivity, createStrength } from './factories'
import { setAt } from './paths'
import type { Journey, Remark } from './schema'
import type { StepId } from './steps'

/**
 * Colleagues' remarks on a journey, from review rounds by file: where each belongs, who checked what, and
 * what accepting one changes. Pure: the store applies the result as one undoable edit.
 */
export type RemarkTargetKind = Remark['target']['kind']

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
): { journey: Journey; added: number; duplicates: number; orphans: number } {
  const known = new Set(journey.remarks.map((r) => r.id))
  const fresh = incoming.filter((r) => !known.has(r.id))
  const paths = itemPaths(journey)
  const orphans = fresh.filter((r) => r.target.id !== null && !paths.has(targetKey(r.target))).length
  return {
    journey: fresh.length ? { ...journey, remarks: [...journey.remarks, ...fresh].slice(0, 1000) } : journey,
    added: fresh.length,
    duplicates: incoming.length - fresh.length,
    orphans,
  }
}

/** How many colleagues looked at each step of the map (a column, by its citizen's or own activity id). */
export function checkedByColumn(
  journey: Journey,
  columns: { id: string; activityIds: string[] }[],
): Map<string, number> {
  const paths = itemPaths(journey)
  const out = new Map<string, number>()
  for (const column of columns) {
    const ids = new Set(column.activityIds)
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
 * step in its phase, a strong point with who named it), and the remark is marked accepted. Null when there
 * is nothing to change it into (then the caller only marks it).
 */
export function acceptRemark(
  journey: Journey,
  remarkId: string,
  citizenLaneId: string | null,
): Journey | null {
  const index = journey.remarks.findIndex((r) => r.id === remarkId)
  const remark = journey.remarks[index]
  if (!remark) return null
  const marked = setAt(journey, ['remarks', index, 'state'], 'accepted')
  const words = (remark.proposal || remark.text).trim()
  if (remark.verdict === 'strength' && words) {
    const momentId = remark.target.kind === 'moment' ? remark.target.id : null
    const strength = { ...createStrength(momentId), text: words, role: remark.by }
    return { ...marked, aha: { ...marked.aha, strengths: [...marked.aha.strengths, strength] } }
  }
  if (
    remark.verdict === 'missing' &&
    words &&
    remark.phaseId &&
    citizenLaneId &&
    journey.phases.some((p) => p.id === remark.phaseId)
  ) {
    const activity = {
      ...createActivity(remark.phaseId, citizenLaneId),
      title: words.slice(0, 200),
      description: remark.proposal && remark.text ? remark.text : '',
    }
    return { ...marked, activities: [...marked.activities, activity] }
  }
  const at = remark.target.id ? itemPaths(journey).get(targetKey(remark.target)) : undefined
  if (remark.proposal.trim() && at) return setAt(marked, at.path, remark.proposal.trim())
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
