import type { Activity } from '../schema'

/**
 * One column of the map: a moment in the journey, with what each lane does then. A citizen's step opens a
 * column; a provider's or extra user's step placed beside it (`besideId`) stands in the same column, and a
 * step of its own gets a column of its own right after the previous step of its lane.
 */
export interface Column {
  /** The id of the step that opened the column (the citizen's, or the standalone step's). */
  id: string
  phaseId: string
  /** The steps of each lane in this column, in the lane's order. */
  cells: Map<string, Activity[]>
}

/**
 * The columns of one phase. `laneIds` are the lanes shown, citizen first; activities of other lanes or
 * phases are ignored. Deterministic: the same journey always gives the same columns.
 */
export function placePhase(
  phaseId: string,
  activities: readonly Activity[],
  citizenLaneId: string,
  laneIds: readonly string[],
): Column[] {
  const inPhase = activities.filter((a) => a.phaseId === phaseId)
  const columns: Column[] = inPhase
    .filter((a) => a.laneId === citizenLaneId)
    .map((a) => ({ id: a.id, phaseId, cells: new Map([[citizenLaneId, [a]]]) }))
  for (const laneId of laneIds) {
    if (laneId === citizenLaneId) continue
    // Where this lane's next step of its own goes: after the column of its previous step.
    let cursor = -1
    for (const step of inPhase.filter((a) => a.laneId === laneId)) {
      const beside = step.besideId === null ? -1 : columns.findIndex((c) => c.id === step.besideId)
      if (beside >= 0) {
        const column = columns[beside] as Column
        column.cells.set(laneId, [...(column.cells.get(laneId) ?? []), step])
        cursor = beside
      } else {
        columns.splice(cursor + 1, 0, { id: step.id, phaseId, cells: new Map([[laneId, [step]]]) })
        cursor += 1
      }
    }
  }
  return columns
}
