import { assumptionsOf } from '../../evidence'
import type { MapModel } from '../../map/mapModel'
import type { PosterCompare } from './poster'
import type { Journey } from '../../schema'
import type { Appendix } from './appendix'
import { stack, text, type Block } from './block'
import { COLORS, type Box } from './boxes'
import { curveRow } from './curve'
import { labelColumn } from './sheet'
import { flowColumns, columnWidthOf } from './flow'
import { centralText, legend } from './header'
import type { PosterLabels } from './labels'
import type { TypeScale } from './paper'

/**
 * The first page, for a manager who reads it in a minute: goal, case and who is central; the feeling of the
 * whole journey; the aha-moments with what could be better and what goes well; the needs and opportunities.
 */
export interface SummaryInput {
  journey: Journey
  model: MapModel
  labels: PosterLabels
  scale: TypeScale
  appendix: Appendix
  laneName: (laneId: string) => string
  meta: string
  area: { x: number; y: number; width: number; height: number }
  compare?: PosterCompare | null
}

/** An average emotion as a signed number with one decimal ("+1,5", "−0,3"), or "–" without moments. */
const score = (n: number | null) =>
  n === null
    ? '–'
    : `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n).toFixed(1).replace('.', ',').replace(',0', '')}`

/** The other journey's curve for one lane of the summary, with its key. */
function otherOf(compare: PosterCompare, laneId: string, labels: PosterLabels) {
  const curve = compare.comparison.curves.find((c) => c.laneId === laneId)
  if (!curve) return {}
  const c = labels.compare
  return {
    other: curve.points,
    otherKey:
      compare.comparison.kind === 'desired'
        ? { own: c.current, other: c.desired }
        : { own: c.desired, other: c.current },
  }
}

/** A heading with room above it (the list items under it are set closer). */
const heading = (s: string, scale: TypeScale, width: number): Block =>
  stack([
    { height: scale.body * 0.35, draw: () => [] },
    text(s, { size: scale.heading, weight: 'bold', color: COLORS.ink, width, maxLines: 2 }),
  ])

export function layoutSummary(o: SummaryInput): Box[][] {
  const { scale, labels, model, area } = o
  const gap = scale.body * 0.6
  const boxes: Box[] = []
  let y = area.y
  const legendWidth = Math.min(area.width * 0.36, scale.body * 15)
  const left = area.width - legendWidth - gap
  const title = stack(
    [
      text(o.journey.title || labels.untitled, {
        size: scale.title,
        weight: 'bold',
        color: COLORS.ink,
        width: left,
        maxLines: 3,
        tag: 'title',
      }),
      text(`${labels.summary.title} · ${o.meta}`, {
        size: scale.small,
        color: COLORS.muted,
        width: left,
        maxLines: 2,
      }),
    ],
    gap * 0.4,
  )
  boxes.push(...title.draw(area.x, y), ...legend(labels, scale, legendWidth).draw(area.x + left + gap, y))
  y += Math.max(title.height, legend(labels, scale, legendWidth).height) + gap

  const third = columnWidthOf(area.width, 3, gap)
  const facts: [string, string][] = [
    [labels.goal, o.journey.goal],
    [labels.case, o.journey.caseDescription],
    [labels.central, centralText(o.journey, labels)],
  ]
  const factBlocks = facts.map(([label, value]) =>
    stack(
      [
        text(label, { size: scale.small, weight: 'bold', color: COLORS.muted, width: third }),
        text(value || '–', {
          size: scale.body,
          weight: label === labels.goal ? 'bold' : 'regular',
          color: COLORS.ink,
          width: third,
          maxLines: 8,
          mark: () => labels.seeAppendix(o.appendix.note(label, value)),
        }),
      ],
      0.3,
    ),
  )
  factBlocks.forEach((b, i) => boxes.push(...b.draw(area.x + i * (third + gap), y)))
  y += Math.max(...factBlocks.map((b) => b.height)) + gap
  const moments = model.columns.flatMap((c) =>
    Object.values(c.cells)
      .flat()
      .flatMap((s) => s.moments),
  )
  const counts = `${labels.summary.counts(model.phases.length, model.columns.length, model.lanes.length, model.handoffs)} · ${labels.summary.moments(moments.filter((m) => m.emotion > 0).length, moments.filter((m) => m.emotion < 0).length)}`
  const countBlock = text(counts, {
    size: scale.body,
    weight: 'bold',
    color: COLORS.ink,
    width: area.width,
    maxLines: 2,
  })
  boxes.push(...countBlock.draw(area.x, y))
  y += countBlock.height + gap

  // The feeling of the whole journey: every lane's curve over all its columns.
  if (model.curves.length) {
    const head = heading(labels.summary.curve, scale, area.width)
    boxes.push(...head.draw(area.x, y))
    y += head.height + gap * 0.5
    const labelWidth = labelColumn(scale.body)
    const columnWidth = (area.width - labelWidth) / Math.max(1, model.columns.length)
    for (const curve of model.curves) {
      const drawn = curveRow({
        points: curve.points,
        count: model.columns.length,
        labels,
        scale,
        x: area.x,
        y,
        labelWidth,
        columnWidth,
        label: labels.feelingOf(o.laneName(curve.laneId)),
        tint: COLORS.soft,
        ...(o.compare ? otherOf(o.compare, curve.laneId, labels) : {}),
      })
      boxes.push(...drawn.boxes)
      y += drawn.height + gap * 0.3
    }
    y += gap * 0.7
  }

  const width = columnWidthOf(area.width, 2, gap)
  const item = (s: string, bold = false) =>
    text(s, {
      size: scale.body,
      weight: bold ? 'bold' : 'regular',
      color: COLORS.ink,
      width,
      maxLines: 6,
      mark: () => labels.seeAppendix(o.appendix.note(labels.summary.title, s)),
    })
  const at = (n: number | null) => (n === null ? '' : ` (${labels.fromMoment(n)})`)
  const blocks: Block[] = []
  if (model.improvements.length + model.strengths.length) {
    blocks.push(
      heading(labels.summary.aha, scale, width),
      heading(labels.summary.improvements, { ...scale, heading: scale.label }, width),
    )
    for (const p of model.improvements) blocks.push(item(`★ ${p.n}. ${p.text}${at(p.momentN)}`, true))
    if (model.strengths.length)
      blocks.push(heading(labels.summary.strengths, { ...scale, heading: scale.label }, width))
    for (const s of model.strengths)
      blocks.push(item(`✓ ${s.text}${s.role ? ` – ${s.role}` : ''}${at(s.momentN)}`))
  }
  for (const kind of ['need', 'opportunity'] as const) {
    const list = model.insights.filter((s) => s.kind === kind)
    if (!list.length) continue
    blocks.push(heading(kind === 'need' ? labels.summary.needs : labels.summary.opportunities, scale, width))
    for (const s of list) {
      const who =
        kind === 'opportunity' && s.action.owner
          ? ` – ${s.action.owner}, ${labels.status[s.action.status]}`
          : ''
      blocks.push(
        item(
          `${kind === 'need' ? labels.needN(s.n) : labels.opportunityN(s.n)}: ${s.text}${at(s.momentN)}${who}`,
        ),
      )
    }
  }
  if (o.compare) {
    const { difference } = o.compare
    const c = labels.compare
    blocks.push(heading(c.title, scale, width))
    blocks.push(item(c.negative(difference.negative.current, difference.negative.desired), true))
    blocks.push(item(c.average(score(difference.average.current), score(difference.average.desired))))
    difference.phases.forEach((p, i) =>
      blocks.push(item(c.phase(i + 1, p.name || '–', score(p.current), score(p.desired)))),
    )
  }
  // What rests on assumptions only, by the step of the map it stands at: what the team still has to find out.
  blocks.push(heading(labels.summary.unknowns, scale, width))
  const unknowns = assumptionsOf(o.journey, model)
  if (unknowns.length === 0) blocks.push(item(labels.summary.noUnknowns))
  for (const group of unknowns) {
    const head =
      group.step === null
        ? labels.summary.unknownFigures
        : labels.summary.unknownStep(group.step, group.title || '–')
    const parts = group.items.map((i) =>
      i.kind === 'step'
        ? group.step === null
          ? i.text
          : labels.summary.unknownItself
        : `${i.kind === 'moment' ? labels.momentN(i.n) : i.kind === 'need' ? labels.needN(i.n) : labels.opportunityN(i.n)}: ${i.text}`,
    )
    blocks.push(item(`? ${head} – ${parts.join('; ')}`))
  }
  const pages = flowColumns(blocks, { ...area, height: area.height }, 2, scale.body * 0.25, y - area.y)
  ;(pages[0] as Box[]).unshift(...boxes)
  return pages
}
