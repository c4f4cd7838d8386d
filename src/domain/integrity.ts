import type { z } from 'zod'
import type { Journey } from './schema'

type Path = (string | number)[]

/** The messages of the cross-reference rules; `repair.ts` mends each of them. */
export const INTEGRITY = {
  citizenLane: 'errors.integrity.citizenLane',
  providerLane: 'errors.integrity.providerLane',
  phase: 'errors.integrity.phase',
  lane: 'errors.integrity.lane',
  moment: 'errors.integrity.moment',
  beside: 'errors.integrity.beside',
  improvement: 'errors.integrity.improvement',
  duplicateId: 'errors.integrity.duplicateId',
} as const

/**
 * Cross-references a journey must keep: one citizen lane, at most one provider lane, unique ids, and every
 * reference to a phase, lane, moment, citizen step or point to improve pointing at one that exists.
 */
export function integrityIssues(journey: Journey): { path: Path; message: string }[] {
  const issues: { path: Path; message: string }[] = []
  const issue = (path: Path, message: string) => issues.push({ path, message })
  const count = (kind: string) => journey.lanes.filter((l) => l.kind === kind).length
  if (count('citizen') !== 1) issue(['lanes'], INTEGRITY.citizenLane)
  if (count('provider') > 1) issue(['lanes'], INTEGRITY.providerLane)

  const unique = (items: { id: string }[], path: (i: number) => Path) => {
    const seen = new Set<string>()
    items.forEach((item, i) => {
      if (seen.has(item.id)) issue(path(i), INTEGRITY.duplicateId)
      seen.add(item.id)
    })
  }
  unique(journey.lanes, (i) => ['lanes', i, 'id'])
  unique(journey.phases, (i) => ['phases', i, 'id'])
  unique(journey.activities, (i) => ['activities', i, 'id'])
  unique(journey.insights, (i) => ['insights', i, 'id'])

  const phaseIds = new Set(journey.phases.map((p) => p.id))
  const laneIds = new Set(journey.lanes.map((l) => l.id))
  const citizenId = journey.lanes.find((l) => l.kind === 'citizen')?.id
  const citizenSteps = new Map(
    journey.activities.filter((a) => a.laneId === citizenId).map((a) => [a.id, a.phaseId]),
  )
  const momentIds = new Set<string>()
  journey.activities.forEach((a, i) => {
    if (!phaseIds.has(a.phaseId)) issue(['activities', i, 'phaseId'], INTEGRITY.phase)
    if (!laneIds.has(a.laneId)) issue(['activities', i, 'laneId'], INTEGRITY.lane)
    const besideOk = a.laneId === citizenId ? null : citizenSteps.get(a.besideId ?? '') === a.phaseId
    if (a.besideId !== null && !besideOk) issue(['activities', i, 'besideId'], INTEGRITY.beside)
    a.moments.forEach((m, j) => {
      if (momentIds.has(m.id)) issue(['activities', i, 'moments', j, 'id'], INTEGRITY.duplicateId)
      momentIds.add(m.id)
    })
  })
  const optionalMoment = (list: { momentId: string | null }[], name: string) =>
    list.forEach((item, i) => {
      if (item.momentId !== null && !momentIds.has(item.momentId))
        issue(['aha', name, i, 'momentId'], INTEGRITY.moment)
    })
  optionalMoment(journey.aha.improvements, 'improvements')
  optionalMoment(journey.aha.strengths, 'strengths')
  const improvementIds = new Set(journey.aha.improvements.map((p) => p.id))
  journey.insights.forEach((s, i) => {
    if (!momentIds.has(s.momentId)) issue(['insights', i, 'momentId'], INTEGRITY.moment)
    if (s.improvementId !== null && !improvementIds.has(s.improvementId))
      issue(['insights', i, 'improvementId'], INTEGRITY.improvement)
  })
  const checkPhase = (list: { phaseId: string | null }[], name: string) =>
    list.forEach((item, i) => {
      if (item.phaseId !== null && !phaseIds.has(item.phaseId)) issue([name, i, 'phaseId'], INTEGRITY.phase)
    })
  checkPhase(journey.figures, 'figures')
  checkPhase(journey.quotes, 'quotes')
  checkPhase(journey.images, 'images')
  return issues
}

/** The document schema's refinement: the same rules as zod issues. */
export function checkIntegrity(journey: Journey, ctx: z.RefinementCtx): void {
  for (const { path, message } of integrityIssues(journey)) ctx.addIssue({ code: 'custom', path, message })
}
