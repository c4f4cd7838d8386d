import type { Journey } from '../schema'
import type { MapModel } from './mapModel'

/**
 * The current and the desired journey side by side. The desired journey is a copy that keeps the ids of the
 * steps, so a step of one map is found in the other by its id; steps added in only one of them have no
 * counterpart and are counted, not guessed at.
 */
export interface ComparePoint {
  /** The column of this map (0-based). */
  column: number
  /** The average emotion of the other journey's moments on the steps of this column (−2…2). */
  emotion: number
}

export interface CurveComparison {
  /** What the other journey is to this one. */
  kind: 'desired' | 'current'
  title: string
  curves: { laneId: string; points: ComparePoint[] }[]
  /** Steps of the other journey that this map does not have. */
  onlyThere: number
}

const average = (values: number[]) =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null

/** The other journey's curve, column by column of this map, for each lane that has a curve here. */
export function compareCurves(
  model: MapModel,
  other: Journey,
  kind: CurveComparison['kind'],
): CurveComparison {
  const theirs = new Map(other.activities.map((a) => [a.id, a]))
  const here = new Set(
    model.columns.flatMap((c) => Object.values(c.cells).flatMap((s) => s.map((x) => x.id))),
  )
  const curves = model.curves.map(({ laneId }) => ({
    laneId,
    points: model.columns.flatMap((column, index) => {
      const emotions = (column.cells[laneId] ?? []).flatMap(
        (step) => theirs.get(step.id)?.moments.map((m) => m.emotion) ?? [],
      )
      const emotion = average(emotions)
      return emotion === null ? [] : [{ column: index, emotion }]
    }),
  }))
  return {
    kind,
    title: other.title,
    curves: curves.filter((c) => c.points.length > 0),
    onlyThere: other.activities.filter((a) => !here.has(a.id)).length,
  }
}

export interface PhaseDifference {
  id: string
  name: string
  /** Average emotion of the phase's moments; null without moments. */
  current: number | null
  desired: number | null
}

export interface JourneyDifference {
  phases: PhaseDifference[]
  negative: { current: number; desired: number }
  average: { current: number | null; desired: number | null }
}

const emotionsOf = (journey: Journey, phaseId?: string) =>
  journey.activities
    .filter((a) => phaseId === undefined || a.phaseId === phaseId)
    .flatMap((a) => a.moments.map((m) => m.emotion))

/** What the summary sheet shows: per phase, and in all, how the desired journey should feel against today. */
export function journeyDifference(current: Journey, desired: Journey): JourneyDifference {
  const names = new Map([...desired.phases, ...current.phases].map((p) => [p.id, p.name]))
  const ids = [...new Set([...current.phases, ...desired.phases].map((p) => p.id))]
  const negatives = (j: Journey) => emotionsOf(j).filter((e) => e < 0).length
  return {
    phases: ids.map((id) => ({
      id,
      name: names.get(id) ?? '',
      current: average(emotionsOf(current, id)),
      desired: average(emotionsOf(desired, id)),
    })),
    negative: { current: negatives(current), desired: negatives(desired) },
    average: { current: average(emotionsOf(current)), desired: average(emotionsOf(desired)) },
  }
}
