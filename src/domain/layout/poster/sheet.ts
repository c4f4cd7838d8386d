import type { CurveComparison } from '../../map/compare'
import type { MapColumn, MapModel, MapPhase } from '../../map/mapModel'
import type { Lane } from '../../schema'
import { LANE_ICONS } from '../icons'
import type { Appendix } from './appendix'
import { lineHeightMm, row, stack, text, type Block } from './block'
import { COLORS, type Box } from './boxes'
import { extraBlocks, insightCard, momentCard, stepCard, type CardContext, type Level } from './cards'
import { curveRow } from './curve'
import type { PosterLabels } from './labels'
import type { TypeScale } from './paper'

/**
 * One sheet of the journey: the phase line over its columns, the step numbers, a row per lane (steps with
 * their touchpoints and moments), a curve under each lane with moments, the needs and opportunities under the
 * moment they come from, and the phases' figures, quotes and images. Lanes are never split: the caller gives
 * a sheet fewer columns, or shorter texts, until it fits.
 */
export interface SheetInput {
  model: MapModel
  /** Index of the first column and how many, over the whole journey. */
  from: number
  count: number
  labels: PosterLabels
  scale: TypeScale
  level: Level
  appendix: Appendix
  laneName: (lane: Lane) => string
  /** The other journey's curves, drawn over this one's. */
  compare?: CurveComparison | null
  /** After a review round: how many colleagues checked each column (by column id). */
  checked?: Map<string, number> | null
  /** The phases' figures, quotes and images go on the pages after the sheets (a last resort on small paper). */
  extrasAside?: boolean
  x: number
  y: number
  width: number
}

const TINT: Record<Lane['kind'], string> = {
  citizen: COLORS.citizen,
  provider: COLORS.provider,
  user: COLORS.user,
}

/** The other journey's curve of a lane, on the columns of this sheet, with the key that tells them apart. */
function otherCurve(o: SheetInput, laneId: string) {
  const curve = o.compare?.curves.find((c) => c.laneId === laneId)
  if (!o.compare || !curve) return {}
  const c = o.labels.compare
  return {
    other: curve.points
      .filter((p) => p.column >= o.from && p.column < o.from + o.count)
      .map((p) => ({ ...p, column: p.column - o.from })),
    otherKey:
      o.compare.kind === 'desired'
        ? { own: c.current, other: c.desired }
        : { own: c.desired, other: c.current },
  }
}

/** Consecutive columns of one phase on this sheet. */
function phaseSegments(columns: MapColumn[], phases: MapPhase[]) {
  const segments: { phase: MapPhase; start: number; count: number }[] = []
  columns.forEach((column, i) => {
    const last = segments[segments.length - 1]
    if (last && last.phase.number - 1 === column.phaseIndex) last.count++
    else segments.push({ phase: phases[column.phaseIndex] as MapPhase, start: i, count: 1 })
  })
  return segments
}

/**
 * The needs and opportunities in the columns of their moments, without one column of many making the whole
 * row tall: an item goes to its moment's column while that has room (the row's fair share), otherwise to the
 * nearest column that has, the right one first.
 */
function balance(items: { i: number; block: Block }[], count: number, gap: number): Block[] {
  const total = items.reduce((h, item) => h + item.block.height + gap, 0)
  const target = Math.max(total / count, ...items.map((item) => item.block.height + gap))
  const columns: { i: number; block: Block }[][] = Array.from({ length: count }, () => [])
  const heights = new Array<number>(count).fill(0)
  for (const item of items) {
    const order = Array.from({ length: count }, (_, k) => k).sort(
      (a, b) => Math.abs(a - item.i) - Math.abs(b - item.i) || b - a,
    )
    const col = order.find((k) => heights[k]! + item.block.height + gap <= target + 0.01) ?? order[0]!
    columns[col]!.push(item)
    heights[col] = heights[col]! + item.block.height + gap
  }
  // Within a column, keep the reading order of the moments.
  return columns.map((list) =>
    stack(
      list.sort((a, b) => a.i - b.i).map((item) => item.block),
      gap,
    ),
  )
}

/** The narrowest a column of the journey may be: about 14 characters of body text per line and more. */
export const minColumn = (body: number) => body * 4.9
/** The column of the lanes' names, at the left of every sheet. */
export const labelColumn = (body: number) => body * 3.8

/** Blocks in reading order over `slots` columns side by side, each filled to about an equal share. */
function inSlots(blocks: Block[], slots: number, width: number, gap: number): Block {
  if (slots === 1) return stack(blocks, gap)
  const total = blocks.reduce((h, b) => h + b.height + gap, 0)
  const target = Math.max(total / slots, ...blocks.map((b) => b.height + gap))
  const columns: Block[][] = [[]]
  let height = 0
  for (const block of blocks) {
    if (height > 0 && height + block.height + gap > target + 0.01 && columns.length < slots) {
      columns.push([])
      height = 0
    }
    ;(columns[columns.length - 1] as Block[]).push(block)
    height += block.height + gap
  }
  return row(columns.map((list, k) => ({ dx: k * (width + gap), block: stack(list, gap) })))
}

export function layoutSheet(o: SheetInput): { boxes: Box[]; height: number } {
  const { scale, labels } = o
  const gap = scale.body * 0.18
  const labelWidth = labelColumn(scale.body)
  const columnWidth = (o.width - labelWidth) / o.count
  const cardWidth = columnWidth - 2 * gap
  // A wide column (few columns on a sheet) holds its cards side by side, in slots of about a column's width.
  const slots = Math.max(1, Math.floor((cardWidth + gap) / (minColumn(scale.body) - gap)))
  const slotWidth = (cardWidth - (slots - 1) * gap) / slots
  const columns = o.model.columns.slice(o.from, o.from + o.count)
  const boxes: Box[] = []
  let y = o.y
  const colX = (i: number) => o.x + labelWidth + i * columnWidth

  // The phase line: an arrow per phase, over its columns.
  const segments = phaseSegments(columns, o.model.phases)
  const phaseBlocks = segments.map(({ phase, count }) =>
    stack(
      [
        text(`${phase.number}  ${phase.name}`, {
          size: scale.label,
          weight: 'bold',
          color: COLORS.white,
          width: count * columnWidth - 5,
          maxLines: 2,
        }),
        text(phase.description, {
          size: scale.small,
          color: COLORS.white,
          width: count * columnWidth - 5,
          maxLines: 2,
          mark: () =>
            labels.seeAppendix(
              o.appendix.note(
                `${labels.phases(phase.number, phase.number, o.model.phases.length)}: ${phase.name}`,
                phase.description,
              ),
            ),
        }),
      ],
      0.3,
    ),
  )
  const phaseHeight = Math.max(...phaseBlocks.map((b) => b.height)) + 3
  segments.forEach(({ phase, start, count }, i) => {
    boxes.push({
      type: 'rect',
      x: colX(start),
      y,
      w: count * columnWidth - 0.6,
      h: phaseHeight,
      fill: phase.number % 2 ? COLORS.phaseOdd : COLORS.phaseEven,
      chevron: true,
      tag: `phase:${phase.id}`,
    })
    boxes.push(...(phaseBlocks[i] as Block).draw(colX(start) + 2.5, y + 1.5))
  })
  y += phaseHeight + gap

  // The steps as stations on one line.
  const dot = lineHeightMm(scale.small) + 1
  boxes.push({
    type: 'line',
    x1: colX(0),
    y1: y + dot / 2,
    x2: colX(o.count),
    y2: y + dot / 2,
    color: COLORS.line,
    width: 0.3,
  })
  columns.forEach((column, i) => {
    const cx = colX(i) + columnWidth / 2
    boxes.push({
      type: 'rect',
      x: cx - dot * 0.9,
      y,
      w: dot * 1.8,
      h: dot,
      fill: COLORS.white,
      stroke: COLORS.ink,
      strokeWidth: 0.35,
      radius: dot / 2,
    })
    boxes.push(
      ...text(String(column.number), {
        size: scale.small,
        weight: 'bold',
        color: COLORS.ink,
        width: dot * 1.8,
        align: 'center',
      }).draw(cx - dot * 0.9, y + 0.5),
    )
  })
  boxes.push(
    ...text(labels.steps, {
      size: scale.small,
      weight: 'bold',
      color: COLORS.muted,
      width: labelWidth - 1,
    }).draw(o.x, y + 0.5),
  )
  y += dot + gap * 0.5
  // Under each station, who checked it in the review rounds; what no one checked yet is marked (○).
  const checked = o.checked
  if (checked) {
    const notes = columns.map((column) => {
      const n = checked.get(column.id) ?? 0
      return text(n ? `✓ ${labels.checked(n)}` : `○ ${labels.unchecked}`, {
        size: scale.small,
        weight: n ? 'regular' : 'bold',
        color: n ? COLORS.positive : COLORS.ink,
        width: columnWidth - 2,
        align: 'center',
        maxLines: 2,
      })
    })
    notes.forEach((note, i) => boxes.push(...note.draw(colX(i) + 1, y)))
    y += Math.max(...notes.map((n) => n.height)) + gap * 0.5
  }
  y += gap * 0.5

  for (const lane of o.model.lanes) {
    const name = o.laneName(lane)
    const cells = columns.map((column, i) => {
      const ctx: CardContext = {
        scale,
        labels,
        width: slotWidth,
        level: o.level,
        appendix: o.appendix,
        where: `${labels.stepN(column.number)}, ${name}`,
      }
      const steps = column.cells[lane.id] ?? []
      const blocks = steps.flatMap((step) => {
        const shown = step.moments.slice(0, o.level.moments)
        const hidden = step.moments.length - shown.length
        const more =
          hidden > 0
            ? [
                // The hidden moments are always in the appendix: the note is not a cut text, it is the mark.
                text(
                  `${labels.moreMoments(hidden)}, ${labels.seeAppendix(
                    o.appendix.note(
                      ctx.where,
                      step.moments
                        .slice(shown.length)
                        .map((m) => `${labels.momentN(m.n)}: ${m.text}`)
                        .join('\n'),
                    ),
                  )}`,
                  { size: scale.small, color: COLORS.muted, width: slotWidth },
                ),
              ]
            : []
        return [stepCard(step, lane, ctx), ...shown.map((m) => momentCard(m, ctx)), ...more]
      })
      return { i, block: inSlots(blocks, slots, slotWidth, gap) }
    })
    const label = text(name, {
      size: scale.label,
      weight: 'bold',
      color: COLORS.ink,
      width: labelWidth - scale.body * 0.9 - 2,
      maxLines: 4,
      tag: `lane:${lane.id}`,
    })
    const height = Math.max(label.height + 2, ...cells.map((c) => c.block.height)) + 2 * gap
    boxes.push({ type: 'rect', x: o.x, y, w: o.width, h: height, fill: TINT[lane.kind] })
    boxes.push({ type: 'line', x1: o.x, y1: y, x2: o.x + o.width, y2: y, color: COLORS.rule, width: 0.3 })
    const icon = scale.body * 0.45
    boxes.push({
      type: 'icon',
      x: o.x + 1,
      y: y + gap + 0.3,
      size: icon,
      path: LANE_ICONS[lane.kind],
      color: COLORS.ink,
    })
    boxes.push(...label.draw(o.x + 2 + icon, y + gap))
    for (const { i, block } of cells) boxes.push(...block.draw(colX(i) + gap, y + gap))
    y += height

    const curve = o.model.curves.find((c) => c.laneId === lane.id)
    const points = curve?.points.filter((p) => p.column >= o.from && p.column < o.from + o.count) ?? []
    if (points.length) {
      const drawn = curveRow({
        points: points.map((p) => ({ ...p, column: p.column - o.from })),
        count: o.count,
        labels,
        scale,
        x: o.x,
        y,
        labelWidth,
        columnWidth,
        label: labels.feelingOf(name),
        tint: TINT[lane.kind],
        ...otherCurve(o, lane.id),
      })
      boxes.push(...drawn.boxes)
      y += drawn.height
    }
  }

  const insightCells = balance(
    columns.flatMap((column, i) =>
      column.insights.map((s) => ({
        i: i * slots,
        block: insightCard(s, {
          scale,
          labels,
          width: slotWidth,
          level: o.level,
          appendix: o.appendix,
          where: labels.stepN(column.number),
        }),
      })),
    ),
    o.count * slots,
    gap,
  )
  const insightLabel = text(labels.insights, {
    size: scale.label,
    weight: 'bold',
    color: COLORS.ink,
    width: labelWidth - 2,
    maxLines: 4,
  })
  const insightHeight = Math.max(0, ...insightCells.map((c) => c.height))
  if (insightHeight > 0) {
    y += gap
    boxes.push({ type: 'line', x1: o.x, y1: y, x2: o.x + o.width, y2: y, color: COLORS.ink, width: 0.4 })
    boxes.push(...insightLabel.draw(o.x, y + gap))
    insightCells.forEach((block, k) =>
      boxes.push(...block.draw(colX(Math.floor(k / slots)) + gap + (k % slots) * (slotWidth + gap), y + gap)),
    )
    y += Math.max(insightHeight, insightLabel.height) + 2 * gap
  }

  // Figures, quotes and images of a phase side by side under its columns, a column each.
  const extras = segments.map(({ phase, start, count }) => {
    const ctx: CardContext = {
      scale,
      labels,
      width: cardWidth,
      level: o.level,
      appendix: o.appendix,
      where: phase.name,
    }
    const blocks = o.extrasAside
      ? []
      : extraBlocks(phase.figures, phase.quotes, phase.images, ctx, scale.body * 3)
    const perColumn = Array.from({ length: count }, (_, k) =>
      stack(
        blocks.filter((_, i) => i % count === k),
        gap,
      ),
    )
    return { start, columns: perColumn }
  })
  const aside =
    o.extrasAside &&
    segments.some(({ phase }) => phase.figures.length + phase.quotes.length + phase.images.length)
  if (aside) {
    // One line over the whole width instead of the row: the row's label alone would take three.
    const note = text(labels.extraElsewhere, { size: scale.small, color: COLORS.ink, width: o.width })
    boxes.push({ type: 'line', x1: o.x, y1: y, x2: o.x + o.width, y2: y, color: COLORS.ink, width: 0.4 })
    boxes.push(...note.draw(o.x, y + gap))
    y += note.height + 2 * gap
  }
  const extraHeight = Math.max(0, ...extras.flatMap((e) => e.columns.map((b) => b.height)))
  if (extraHeight > 0) {
    const label = text(labels.extra, {
      size: scale.label,
      weight: 'bold',
      color: COLORS.ink,
      width: labelWidth - 2,
      maxLines: 4,
    })
    boxes.push({ type: 'line', x1: o.x, y1: y, x2: o.x + o.width, y2: y, color: COLORS.ink, width: 0.4 })
    boxes.push(...label.draw(o.x, y + gap))
    for (const e of extras)
      e.columns.forEach((block, k) => boxes.push(...block.draw(colX(e.start + k) + gap, y + gap)))
    // The row is as tall as its label too: "Cijfers, uitspraken en beelden" wraps to three lines.
    y += Math.max(extraHeight, label.height) + 2 * gap
  }
  return { boxes, height: y - o.y }
}
