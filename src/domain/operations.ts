import type { Activity, Journey, Lane } from './schema'

/** Replaces a list only when one of its items changes, so an unchanged list keeps its identity. */
function mapSame<T>(list: T[], change: (item: T) => T): T[] {
  let changed = false
  const out = list.map((item) => {
    const next = change(item)
    if (next !== item) changed = true
    return next
  })
  return changed ? out : list
}
const filterSame = <T>(list: T[], keep: (item: T) => boolean): T[] => {
  const out = list.filter(keep)
  return out.length === list.length ? list : out
}
const nullMissing = <T extends Record<K, string | null>, K extends keyof T>(
  item: T,
  key: K,
  ids: Set<string>,
) => (item[key] !== null && !ids.has(item[key] as string) ? { ...item, [key]: null } : item)

/**
 * Drops or unties what points at something that no longer exists, after a removal: activities of a removed
 * phase or lane go (the UI asked first), needs and opportunities of a removed moment go, and other references
 * (a step placed beside a removed citizen step, a point to improve at a removed moment, the phase of a figure)
 * become empty. Returns the same document when nothing dangles.
 */
export function pruneReferences(journey: Journey): Journey {
  const phaseIds = new Set(journey.phases.map((p) => p.id))
  const laneIds = new Set(journey.lanes.map((l) => l.id))
  const activities0 = filterSame(journey.activities, (a) => phaseIds.has(a.phaseId) && laneIds.has(a.laneId))
  const stepIds = new Set(activities0.map((a) => a.id))
  const activities = mapSame(activities0, (a) => nullMissing(a, 'besideId', stepIds))
  const momentIds = new Set(activities.flatMap((a) => a.moments.map((m) => m.id)))
  const improvements = mapSame(journey.aha.improvements, (p) => nullMissing(p, 'momentId', momentIds))
  const strengths = mapSame(journey.aha.strengths, (p) => nullMissing(p, 'momentId', momentIds))
  const improvementIds = new Set(improvements.map((p) => p.id))
  const insights = mapSame(
    filterSame(journey.insights, (s) => momentIds.has(s.momentId)),
    (s) => nullMissing(s, 'improvementId', improvementIds),
  )
  const byPhase = <T extends { phaseId: string | null }>(list: T[]) =>
    mapSame(list, (item) => nullMissing(item, 'phaseId', phaseIds))
  const next: Journey = {
    ...journey,
    activities,
    aha:
      improvements === journey.aha.improvements && strengths === journey.aha.strengths
        ? journey.aha
        : { improvements, strengths },
    insights,
    figures: byPhase(journey.figures),
    quotes: byPhase(journey.quotes),
    images: byPhase(journey.images),
  }
  const same = (Object.keys(next) as (keyof Journey)[]).every((k) => next[k] === journey[k])
  return same ? journey : next
}

/** How much would disappear with a phase: its activities and everything recorded on them. */
export const phaseDependants = (journey: Journey, phaseId: string): number =>
  journey.activities.filter((a) => a.phaseId === phaseId).length

export const laneDependants = (journey: Journey, laneId: string): number =>
  journey.activities.filter((a) => a.laneId === laneId).length

/** Needs and opportunities derived from the given moments. */
export function insightsOfMoments(journey: Pick<Journey, 'insights'>, momentIds: readonly string[]): number {
  const ids = new Set(momentIds)
  return journey.insights.filter((s) => ids.has(s.momentId)).length
}

/** The lanes shown on the map and in the wizard: all but a switched-off provider lane. */
export const activeLanes = (journey: Pick<Journey, 'lanes'>): Lane[] =>
  journey.lanes.filter((l) => l.enabled || l.kind === 'citizen')

export const citizenLane = (journey: Pick<Journey, 'lanes'>): Lane | undefined =>
  journey.lanes.find((l) => l.kind === 'citizen')

/** Every moment of the journey with the activity it belongs to, in document order. */
export function momentsWithActivity(activities: readonly Activity[]) {
  return activities.flatMap((activity) => activity.moments.map((moment) => ({ moment, activity })))
}
