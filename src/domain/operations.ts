import type { Journey } from './schema'

/**
 * Drops what points at something that no longer exists: activities of a removed phase or lane, needs and
 * opportunities of a removed moment, and the phase of figures, quotes and images (they stay, without phase).
 * The UI asks before it removes anything that has dependants; this keeps the document valid afterwards.
 */
export function pruneReferences(journey: Journey): void {
  const phaseIds = new Set(journey.phases.map((p) => p.id))
  const laneIds = new Set(journey.lanes.map((l) => l.id))
  // Lists are replaced only when something goes: a new array would make everything that reads it
  // (the stepper's checks, the map) recompute after every keystroke anywhere in the journey.
  const activities = journey.activities.filter((a) => phaseIds.has(a.phaseId) && laneIds.has(a.laneId))
  if (activities.length !== journey.activities.length) journey.activities = activities
  const momentIds = new Set(journey.activities.flatMap((a) => a.moments.map((m) => m.id)))
  const insights = journey.insights.filter((s) => momentIds.has(s.momentId))
  if (insights.length !== journey.insights.length) journey.insights = insights
  for (const list of [journey.figures, journey.quotes, journey.images]) {
    for (const item of list) if (item.phaseId !== null && !phaseIds.has(item.phaseId)) item.phaseId = null
  }
}

/** How much would disappear with a phase: its activities and everything recorded on them. */
export function phaseDependants(journey: Journey, phaseId: string): number {
  return journey.activities.filter((a) => a.phaseId === phaseId).length
}

export function laneDependants(journey: Journey, laneId: string): number {
  return journey.activities.filter((a) => a.laneId === laneId).length
}

/** Needs and opportunities derived from the given moments. */
export function insightsOfMoments(journey: Journey, momentIds: readonly string[]): number {
  const ids = new Set(momentIds)
  return journey.insights.filter((s) => ids.has(s.momentId)).length
}

/** The lanes shown on the map and in the wizard: all but a switched-off provider lane. */
export function activeLanes(journey: Pick<Journey, 'lanes'>) {
  return journey.lanes.filter((l) => l.enabled || l.kind === 'citizen')
}

/** The emotion of an activity: the mean of its moments' scores, or null when nothing was felt there. */
export function activityEmotion(activity: Journey['activities'][number]): number | null {
  if (activity.moments.length === 0) return null
  return activity.moments.reduce((sum, m) => sum + m.emotion, 0) / activity.moments.length
}
