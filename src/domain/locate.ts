import type { Journey } from './schema'

/**
 * Where in the journey a form path lives: the phase and lane of the activity (or moment, or need) it belongs
 * to. Per-phase steps use it to show the right phase before focusing a field named in the error summary.
 * Paths look like `activities[3].moments[0].text`, `insights[2].text` or `coverage.<phase, moment or point id>`.
 */
export function locatePath(
  journey: Journey,
  path: string,
): { phaseId: string; laneId: string | null } | null {
  const ofMoment = (momentId: string | null) =>
    momentId === null ? undefined : journey.activities.find((a) => a.moments.some((m) => m.id === momentId))
  const at = (a: Journey['activities'][number] | undefined) =>
    a ? { phaseId: a.phaseId, laneId: a.laneId } : null

  const activity = /^activities\[(\d+)\]/.exec(path)
  if (activity) return at(journey.activities[Number(activity[1])])
  const insight = /^insights\[(\d+)\]/.exec(path)
  if (insight) return at(ofMoment(journey.insights[Number(insight[1])]?.momentId ?? null))
  const coverage = /^coverage\.(.+)$/.exec(path)
  if (!coverage) return null
  const target = coverage[1] as string
  if (journey.phases.some((p) => p.id === target)) {
    const citizen = journey.lanes.find((l) => l.kind === 'citizen')
    return { phaseId: target, laneId: citizen?.id ?? null }
  }
  const point = journey.aha.improvements.find((p) => p.id === target)
  return at(ofMoment(point ? point.momentId : target))
}
