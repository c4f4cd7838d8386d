import type { Journey } from './schema'

/**
 * Where in the journey a form path lives: the phase and lane of the activity (or moment, or need) it belongs
 * to. Per-phase steps use it to show the right phase before focusing a field named in the error summary.
 * Paths look like `activities[3].moments[0].text`, `insights[2].text` or `coverage.<phase or moment id>`.
 */
export function locatePath(
  journey: Journey,
  path: string,
): { phaseId: string; laneId: string | null } | null {
  const activityAt = (i: number) => journey.activities[i]
  const ofMoment = (momentId: string) =>
    journey.activities.find((a) => a.moments.some((m) => m.id === momentId))

  const activity = /^activities\[(\d+)\]/.exec(path)
  if (activity) {
    const a = activityAt(Number(activity[1]))
    return a ? { phaseId: a.phaseId, laneId: a.laneId } : null
  }
  const insight = /^insights\[(\d+)\]/.exec(path)
  if (insight) {
    const s = journey.insights[Number(insight[1])]
    const a = s && ofMoment(s.momentId)
    return a ? { phaseId: a.phaseId, laneId: a.laneId } : null
  }
  const coverage = /^coverage\.(.+)$/.exec(path)
  if (coverage) {
    const target = coverage[1] as string
    if (journey.phases.some((p) => p.id === target)) {
      const citizen = journey.lanes.find((l) => l.kind === 'citizen')
      return { phaseId: target, laneId: citizen?.id ?? null }
    }
    const a = ofMoment(target)
    if (a) return { phaseId: a.phaseId, laneId: a.laneId }
  }
  return null
}
