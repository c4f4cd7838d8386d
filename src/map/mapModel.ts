import {
  activeLanes,
  activityEmotion,
  type Activity,
  type Insight,
  type Journey,
  type Lane,
  type Moment,
  type Phase,
} from '@/domain'

/** A moment as the map shows it: with a reference ("M3") that needs and opportunities point back to. */
export interface MapMoment extends Moment {
  ref: string
}

export interface MapInsight extends Insight {
  /** "N2" for a need, "K1" for an opportunity (kans); stable in reading order. */
  ref: string
  momentRef: string
}

export interface MapActivity extends Omit<Activity, 'moments'> {
  moments: MapMoment[]
  /** Mean emotion of its moments, or null. */
  emotion: number | null
}

export interface MapPhase extends Phase {
  number: number
  /** Activities per lane id, in the user's order. */
  cells: Record<string, MapActivity[]>
  insights: MapInsight[]
  figures: Journey['figures']
  quotes: Journey['quotes']
  images: Journey['images']
}

export interface MapModel {
  lanes: Lane[]
  phases: MapPhase[]
  /** Figures, quotes and images not tied to a phase. */
  general: { figures: Journey['figures']; quotes: Journey['quotes']; images: Journey['images'] }
}

/**
 * Everything the map draws, in reading order (phase by phase, lane by lane), with moments numbered M1, M2…
 * and needs and opportunities numbered and pointing at their moment. Shared by the screen map, print, PDF and
 * PNG, so the references agree everywhere.
 */
export function buildMapModel(journey: Journey): MapModel {
  const lanes = activeLanes(journey)
  const refs = new Map<string, string>()
  let momentCount = 0
  const phases: MapPhase[] = journey.phases.map((phase, i) => {
    const cells: Record<string, MapActivity[]> = {}
    for (const lane of lanes) {
      cells[lane.id] = journey.activities
        .filter((a) => a.phaseId === phase.id && a.laneId === lane.id)
        .map((a) => ({
          ...a,
          emotion: activityEmotion(a),
          moments: a.moments.map((m) => {
            const ref = `M${++momentCount}`
            refs.set(m.id, ref)
            return { ...m, ref }
          }),
        }))
    }
    const byPhase = <T extends { phaseId: string | null }>(list: T[]) =>
      list.filter((x) => x.phaseId === phase.id)
    return {
      ...phase,
      number: i + 1,
      cells,
      insights: [],
      figures: byPhase(journey.figures),
      quotes: byPhase(journey.quotes),
      images: byPhase(journey.images),
    }
  })

  // Needs and opportunities sit in the phase of their moment, numbered in the moments' reading order.
  const counters = { need: 0, opportunity: 0 }
  const phaseOfMoment = new Map<string, MapPhase>()
  for (const phase of phases)
    for (const list of Object.values(phase.cells))
      for (const a of list) for (const m of a.moments) phaseOfMoment.set(m.id, phase)
  const ordered = [...journey.insights].sort(
    (a, b) => momentOrder(refs, a.momentId) - momentOrder(refs, b.momentId),
  )
  for (const insight of ordered) {
    const phase = phaseOfMoment.get(insight.momentId)
    const momentRef = refs.get(insight.momentId)
    if (!phase || !momentRef) continue
    const ref = `${insight.kind === 'need' ? 'N' : 'K'}${++counters[insight.kind]}`
    phase.insights.push({ ...insight, ref, momentRef })
  }

  const general = <T extends { phaseId: string | null }>(list: T[]) => list.filter((x) => x.phaseId === null)
  return {
    lanes,
    phases,
    general: {
      figures: general(journey.figures),
      quotes: general(journey.quotes),
      images: general(journey.images),
    },
  }
}

const momentOrder = (refs: Map<string, string>, id: string) => Number(refs.get(id)?.slice(1) ?? Infinity)

/** The emotion points of one phase, in lane-then-activity order, for the curve. Citizen lane only: the curve
 *  is the citizen's experience. */
export function emotionPoints(
  phase: MapPhase,
  citizenLaneId: string,
): { activity: MapActivity; emotion: number }[] {
  return (phase.cells[citizenLaneId] ?? [])
    .filter((a): a is MapActivity & { emotion: number } => a.emotion !== null)
    .map((activity) => ({ activity, emotion: activity.emotion }))
}
