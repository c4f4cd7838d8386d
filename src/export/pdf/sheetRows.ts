import type { Lane } from '@/domain'
import { emotionPoints, type MapModel, type MapPhase } from '@/map/mapModel'
import type { ItemSpec } from './blocks'
import {
  activityItem,
  extraItems,
  insightItem,
  laneLabel,
  momentItems,
  phaseDescriptionItem,
  phaseItem,
  rowLabel,
  touchpointItems,
  type ContentContext,
} from './content'

/** A row of a sheet before layout: a label and, per phase column, its cards; or the emotion curve. */
export type RowSpec =
  | { kind: 'cells'; label: ItemSpec; cells: ItemSpec[][]; tone?: 'header' }
  | { kind: 'curve'; label: ItemSpec; points: number[][] }

/** The phase line (number and name) across the top of every page of a sheet; descriptions are the first row. */
export function phaseRow(phases: MapPhase[], ctx: ContentContext): RowSpec {
  return { kind: 'cells', label: rowLabel(ctx.labels.rows.phases), cells: phases.map((p) => [phaseItem(p)]) }
}

/**
 * The rows of one sheet, top to bottom: a row per lane with its activities, then touchpoints, moments, the
 * emotion curve (citizen lane), needs and opportunities, and figures, quotes and images when this sheet has any.
 */
export function sheetRows(model: MapModel, phases: MapPhase[], ctx: ContentContext): RowSpec[] {
  const { rows } = ctx.labels
  const lanes: Lane[] = model.lanes
  const laneRows: RowSpec[] = lanes.map((lane) => ({
    kind: 'cells',
    label: laneLabel(lane, ctx),
    cells: phases.map((p) => (p.cells[lane.id] ?? []).map(activityItem)),
  }))
  const citizen = lanes.find((l) => l.kind === 'citizen')
  const curve: RowSpec = {
    kind: 'curve',
    label: rowLabel(rows.curve),
    points: phases.map((p) => (citizen ? emotionPoints(p, citizen.id).map((pt) => pt.emotion) : [])),
  }
  const extras = phases.map(extraItems)
  const optional = (['figures', 'quotes', 'images'] as const)
    .filter((key) => extras.some((e) => e[key].length > 0))
    .map((key): RowSpec => ({ kind: 'cells', label: rowLabel(rows[key]), cells: extras.map((e) => e[key]) }))
  const descriptions: RowSpec[] = phases.some((p) => p.description.trim())
    ? [
        {
          kind: 'cells',
          label: rowLabel(''),
          cells: phases.map((p) => [phaseDescriptionItem(p)]),
          tone: 'header',
        },
      ]
    : []
  return [
    ...descriptions,
    ...laneRows,
    {
      kind: 'cells',
      label: rowLabel(rows.touchpoints),
      cells: phases.map((p) => touchpointItems(p, lanes, ctx)),
    },
    { kind: 'cells', label: rowLabel(rows.moments), cells: phases.map((p) => momentItems(p, lanes, ctx)) },
    curve,
    {
      kind: 'cells',
      label: rowLabel(rows.insights),
      cells: phases.map((p) => p.insights.map(insightItem)),
    },
    ...optional,
  ]
}
