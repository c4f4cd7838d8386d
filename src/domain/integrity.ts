import type { z } from 'zod'
import type { Journey } from './schema'

/**
 * Cross-references a journey must keep: one citizen lane, at most one provider lane, and every reference to a
 * phase, lane or moment pointing at one that exists. Used by the document schema's refinement.
 */
export function checkIntegrity(journey: Journey, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message })
  const count = (kind: string) => journey.lanes.filter((l) => l.kind === kind).length
  if (count('citizen') !== 1) issue(['lanes'], 'errors.integrity.citizenLane')
  if (count('provider') > 1) issue(['lanes'], 'errors.integrity.providerLane')

  const phaseIds = new Set(journey.phases.map((p) => p.id))
  const laneIds = new Set(journey.lanes.map((l) => l.id))
  const momentIds = new Set<string>()
  journey.activities.forEach((a, i) => {
    if (!phaseIds.has(a.phaseId)) issue(['activities', i, 'phaseId'], 'errors.integrity.phase')
    if (!laneIds.has(a.laneId)) issue(['activities', i, 'laneId'], 'errors.integrity.lane')
    a.moments.forEach((m) => momentIds.add(m.id))
  })
  journey.insights.forEach((s, i) => {
    if (!momentIds.has(s.momentId)) issue(['insights', i, 'momentId'], 'errors.integrity.moment')
  })
  const checkPhase = (list: { phaseId: string | null }[], name: string) =>
    list.forEach((item, i) => {
      if (item.phaseId !== null && !phaseIds.has(item.phaseId))
        issue([name, i, 'phaseId'], 'errors.integrity.phase')
    })
  checkPhase(journey.figures, 'figures')
  checkPhase(journey.quotes, 'quotes')
  checkPhase(journey.images, 'images')
}
