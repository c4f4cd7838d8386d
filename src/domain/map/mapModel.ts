import { activeLanes, citizenLane } from '../operations'
import type {
  Activity,
  Action,
  Evidence,
  Figure,
  Insight,
  Journey,
  JourneyImage,
  Lane,
  Moment,
  Phase,
  Quote,
  Strength,
  Touchpoint,
} from '../schema'
import { placePhase } from './placement'

/**
 * Everything the map shows, in the shape the method draws it: a phase line above; one column per step of the
 * journey; in each lane's row the step, its touchpoints and its moments; a curve per lane with moments; needs
 * and opportunities under the moment they come from; the aha-points and strong points at their moment. Pure
 * and built once: the screen map and the poster layout (print, PDF, PNG) both draw this.
 */
export interface MapInsight {
  id: string
  kind: Insight['kind']
  /** Numbered per kind (need 2, opportunity 1) in the reading order of their moments. */
  n: number
  text: string
  /** The number of the moment it comes from. */
  momentN: number
  fromImprovement: boolean
  evidence: Evidence
  action: Action
}

export interface MapMoment {
  id: string
  /** Numbered 1, 2, 3… in reading order: what needs, opportunities and the curve's dots point back to. */
  n: number
  text: string
  emotion: number
  laneId: string
  activityTitle: string
  evidence: Evidence
  /** The points to improve named at this moment (1 and 2 of the aha-exercise): it is an aha-moment. */
  improvements: { n: number; text: string }[]
  strengths: Pick<Strength, 'text' | 'role'>[]
  insights: MapInsight[]
}

export interface MapStep {
  id: string
  title: string
  description: string
  laneId: string
  handoff: string | null
  touchpoints: Touchpoint[]
  moments: MapMoment[]
  evidence: Evidence
}

export interface MapColumn {
  id: string
  /** 1-based over the whole journey. */
  number: number
  phaseIndex: number
  cells: Record<string, MapStep[]>
  /** Needs and opportunities of the moments in this column, in reading order. */
  insights: MapInsight[]
}

export interface MapPhase extends Pick<Phase, 'id' | 'name' | 'description'> {
  number: number
  columns: MapColumn[]
  figures: Figure[]
  quotes: Quote[]
  images: JourneyImage[]
}

export interface CurvePoint {
  /** Index of the column over the whole journey (0-based), and the share within it (0…1) for several dots. */
  column: number
  offset: number
  emotion: number
  momentN: number
  text: string
  activityTitle: string
}

export interface MapModel {
  lanes: Lane[]
  phases: MapPhase[]
  columns: MapColumn[]
  /** The emotion curve of each lane that has moments: one dot per moment. */
  curves: { laneId: string; points: CurvePoint[] }[]
  improvements: { n: number; text: string; momentN: number | null }[]
  strengths: (Pick<Strength, 'text' | 'role'> & { momentN: number | null })[]
  insights: MapInsight[]
  handoffs: number
  general: { figures: Figure[]; quotes: Quote[]; images: JourneyImage[] }
}

const byPhase = <T extends { phaseId: string | null }>(list: T[], id: string | null) =>
  list.filter((x) => x.phaseId === id)

export function buildMapModel(journey: Journey): MapModel {
  const lanes = activeLanes(journey)
  const citizenId = citizenLane(journey)?.id ?? ''
  const laneIds = lanes.map((l) => l.id)
  const titles = new Map(journey.activities.map((a) => [a.id, a.title]))
  let momentCount = 0
  const moments = new Map<string, MapMoment>()

  const toMoment = (m: Moment, a: Activity): MapMoment => {
    const moment: MapMoment = {
      id: m.id,
      n: ++momentCount,
      text: m.text,
      emotion: m.emotion,
      laneId: a.laneId,
      activityTitle: titles.get(a.id) ?? '',
      evidence: m.evidence,
      improvements: [],
      strengths: [],
      insights: [],
    }
    moments.set(m.id, moment)
    return moment
  }
  const toStep = (a: Activity): MapStep => ({
    id: a.id,
    title: a.title,
    description: a.description,
    laneId: a.laneId,
    handoff: a.handoff ? a.handoff.to : null,
    touchpoints: a.touchpoints,
    moments: a.moments.map((m) => toMoment(m, a)),
    evidence: a.evidence,
  })

  const columns: MapColumn[] = []
  const phases: MapPhase[] = journey.phases.map((phase, phaseIndex) => {
    const placed = placePhase(phase.id, journey.activities, citizenId, laneIds)
    // A phase without steps still stands on the phase line, over one empty column.
    if (placed.length === 0) placed.push({ id: `empty-${phase.id}`, phaseId: phase.id, cells: new Map() })
    const own = placed.map((column) => {
      const cells: Record<string, MapStep[]> = {}
      for (const laneId of laneIds) cells[laneId] = (column.cells.get(laneId) ?? []).map(toStep)
      const mapped: MapColumn = { id: column.id, number: columns.length + 1, phaseIndex, cells, insights: [] }
      columns.push(mapped)
      return mapped
    })
    return {
      id: phase.id,
      name: phase.name,
      description: phase.description,
      number: phaseIndex + 1,
      columns: own,
      figures: byPhase(journey.figures, phase.id),
      quotes: byPhase(journey.quotes, phase.id),
      images: byPhase(journey.images, phase.id),
    }
  })

  const improvements = journey.aha.improvements
    .map((p, i) => ({
      n: i + 1,
      text: p.text,
      momentN: p.momentId ? (moments.get(p.momentId)?.n ?? null) : null,
      id: p.momentId,
    }))
    .filter((p) => p.text.trim() || p.momentN !== null)
  for (const p of improvements) if (p.id) moments.get(p.id)?.improvements.push({ n: p.n, text: p.text })
  const strengths = journey.aha.strengths
    .filter((s) => s.text.trim())
    .map((s) => {
      const moment = s.momentId ? moments.get(s.momentId) : undefined
      moment?.strengths.push({ text: s.text, role: s.role })
      return { text: s.text, role: s.role, momentN: moment?.n ?? null }
    })

  const insights = placeInsights(journey.insights, moments, columns)
  const curves = lanes
    .map((lane) => ({ laneId: lane.id, points: curveOf(lane.id, columns) }))
    .filter((c) => c.points.length > 0)
  return {
    lanes,
    phases,
    columns,
    curves,
    improvements: improvements.map(({ n, text, momentN }) => ({ n, text, momentN })),
    strengths,
    insights,
    handoffs: columns.reduce(
      (n, c) =>
        n +
        Object.values(c.cells)
          .flat()
          .filter((s) => s.handoff !== null).length,
      0,
    ),
    general: {
      figures: byPhase(journey.figures, null),
      quotes: byPhase(journey.quotes, null),
      images: byPhase(journey.images, null),
    },
  }
}

/** Needs and opportunities numbered in the reading order of their moments, each under its moment's column. */
function placeInsights(list: Insight[], moments: Map<string, MapMoment>, columns: MapColumn[]): MapInsight[] {
  const order = (s: Insight) => moments.get(s.momentId)?.n ?? Infinity
  const counters = { need: 0, opportunity: 0 }
  const columnOf = new Map<string, MapColumn>()
  for (const column of columns)
    for (const steps of Object.values(column.cells))
      for (const step of steps) for (const m of step.moments) columnOf.set(m.id, column)
  const out: MapInsight[] = []
  for (const s of [...list].sort((a, b) => order(a) - order(b))) {
    const moment = moments.get(s.momentId)
    if (!moment) continue
    const insight: MapInsight = {
      id: s.id,
      kind: s.kind,
      n: ++counters[s.kind],
      text: s.text,
      momentN: moment.n,
      fromImprovement: s.improvementId !== null,
      evidence: s.evidence,
      action: s.action,
    }
    moment.insights.push(insight)
    columnOf.get(s.momentId)?.insights.push(insight)
    out.push(insight)
  }
  return out
}

/** One dot per moment of a lane, in the order of the columns; several in one column share its width. */
function curveOf(laneId: string, columns: MapColumn[]): CurvePoint[] {
  return columns.flatMap((column, index) => {
    const here = (column.cells[laneId] ?? []).flatMap((step) => step.moments.map((m) => ({ m, step })))
    return here.map(({ m, step }, k) => ({
      column: index,
      offset: (k + 0.5) / here.length,
      emotion: m.emotion,
      momentN: m.n,
      text: m.text,
      activityTitle: step.title,
    }))
  })
}
