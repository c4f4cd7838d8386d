import { activeLanes, citizenLane } from './operations'
import type { Improvement, Journey, Lane } from './schema'

/**
 * What a step's rules need from the rest of the journey, taken once when the step opens: a step's form edits
 * only its own fields, so everything else stands still while it is open.
 */
export interface StepContext {
  phases: { id: string; name: string }[]
  lanes: Lane[]
  /** The lanes the map shows (a switched-off provider lane is not checked). */
  activeLaneIds: ReadonlySet<string>
  citizenLaneId: string | null
  /** Every moment of the shown lanes, for the needs and opportunities of step 7. */
  moments: { id: string; text: string; activityTitle: string; phaseId: string; laneId: string }[]
  improvements: Improvement[]
}

export function stepContext(journey: Journey): StepContext {
  const activeLaneIds = new Set(activeLanes(journey).map((l) => l.id))
  return {
    phases: journey.phases.map(({ id, name }) => ({ id, name })),
    lanes: journey.lanes,
    activeLaneIds,
    citizenLaneId: citizenLane(journey)?.id ?? null,
    moments: journey.activities
      .filter((a) => activeLaneIds.has(a.laneId))
      .flatMap((a) =>
        a.moments.map((m) => ({
          id: m.id,
          text: m.text,
          activityTitle: a.title,
          phaseId: a.phaseId,
          laneId: a.laneId,
        })),
      ),
    improvements: journey.aha.improvements,
  }
}
