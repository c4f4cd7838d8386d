import { actionItems, formatDueDate, sortActions, type ActionItem } from '../../actions'
import type { MapModel } from '../../map/mapModel'
import type { Journey } from '../../schema'
import type { FontWeight } from '../text'
import { lineHeightMm, stack, text, wrap } from './block'
import { COLORS, type Box } from './boxes'
import type { PosterLabels } from './labels'
import type { TypeScale } from './paper'

/**
 * "Van kaart naar actie": the opportunities as a table, the most important first (`sortActions`), one row
 * each with where it comes from, who takes it up, the next step, its status, effect and effort, and a date.
 * Every text is wrapped whole, never cut: a row that does not fit goes to the next page under the repeated
 * headings, and only a row taller than a whole page is split between its lines.
 */
export interface ActionsInput {
  journey: Journey
  model: MapModel
  labels: PosterLabels
  scale: TypeScale
  laneName: (laneId: string) => string
  /** The part of the page the table may use (the footer is below it). */
  area: { x: number; y: number; width: number; height: number }
}

interface Line {
  text: string
  size: number
  weight: FontWeight
  color: string
  height: number
}
type Piece = { text: string; weight?: FontWeight; color?: string; size?: number }

/** The share of the width of each column, in the order of the headings. */
const COLUMNS = [0.26, 0.2, 0.12, 0.155, 0.085, 0.105, 0.075] as const

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function lines(pieces: Piece[], width: number, scale: TypeScale): Line[] {
  return pieces.flatMap((p) => {
    const size = p.size ?? scale.body
    const weight = p.weight ?? 'regular'
    const height = lineHeightMm(size)
    const color = p.color ?? COLORS.ink
    return p.text.trim()
      ? wrap(p.text, weight, size, width).map((t) => ({ text: t, size, weight, color, height }))
      : []
  })
}

const heightOf = (cell: Line[]) => cell.reduce((h, l) => h + l.height, 0)

/** A cell's lines as text boxes: one per run of lines in the same style. */
function drawCell(cell: Line[], x: number, y: number, w: number): Box[] {
  const boxes: Box[] = []
  let at = y
  for (let i = 0; i < cell.length;) {
    const first = cell[i] as Line
    let j = i
    while (j < cell.length && sameStyle(cell[j] as Line, first)) j++
    const run = cell.slice(i, j)
    boxes.push({
      type: 'text',
      x,
      y: at,
      w,
      lines: run.map((l) => l.text),
      size: first.size,
      weight: first.weight,
      color: first.color,
      lineHeight: first.height,
    })
    at += heightOf(run)
    i = j
  }
  return boxes
}
const sameStyle = (a: Line, b: Line) => a.size === b.size && a.weight === b.weight && a.color === b.color

/** The cells of one opportunity, in the order of the columns. */
function cellsOf(item: ActionItem, o: ActionsInput, widths: number[]): Line[][] {
  const { labels, scale } = o
  const a = labels.actions
  const level = (l: ActionItem['action']['impact']) => labels.level[l].toLowerCase()
  const muted = { color: COLORS.muted, size: scale.small }
  const evidence =
    item.evidence.kind === 'assumption'
      ? [{ text: `? ${labels.assumption}`, weight: 'bold' as const, size: scale.small }]
      : []
  const pieces: Piece[][] = [
    [{ text: labels.opportunityN(item.n), weight: 'bold' }, { text: item.text || '–' }, ...evidence],
    [
      { text: `${capital(labels.momentN(item.momentN))}: ${item.momentText || '–'}` },
      { text: [o.laneName(item.laneId), item.stepTitle].filter((s) => s.trim()).join(' · '), ...muted },
      { text: a.phaseN(item.phaseNumber, item.phaseName), ...muted },
    ],
    [{ text: item.action.owner || '–' }],
    [{ text: item.action.nextStep || '–' }],
    [{ text: labels.status[item.action.status], weight: 'bold' }],
    [{ text: a.impactIs(level(item.action.impact)) }, { text: a.effortIs(level(item.action.effort)) }],
    [{ text: formatDueDate(item.action.due) || '–' }],
  ]
  return pieces.map((p, i) => lines(p, widths[i] as number, scale))
}

/** The pages of the action list (none when the journey has no opportunities on its map). */
export function layoutActions(o: ActionsInput): Box[][] {
  const items = sortActions(actionItems(o.journey, o.model))
  if (items.length === 0) return []
  return tablePages(items, o)
}

/** The table of the given opportunities, in the order given, over as many pages as it takes. */
export function tablePages(items: ActionItem[], o: ActionsInput): Box[][] {
  const { scale, labels, area } = o
  const a = labels.actions
  const pad = scale.body * 0.17
  const widths = COLUMNS.map((share) => share * area.width)
  const inner = widths.map((w) => w - 2 * pad)
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((s, w) => s + w, 0))
  const bottom = area.y + area.height
  const gap = scale.body * 0.5
  const headings = [a.opportunity, a.from, a.owner, a.next, a.status, a.priority, a.due].map((h, i) =>
    lines([{ text: h, weight: 'bold', size: scale.small }], inner[i] as number, scale),
  )
  const rowHeight = (cells: Line[][]) => Math.max(...cells.map(heightOf)) + 2 * pad
  const title = o.journey.title || labels.untitled
  const headOf = (first: boolean) =>
    stack(
      [
        text(first ? a.title : `${a.title} ${a.continued}`, {
          size: first ? scale.heading * 1.2 : scale.heading,
          weight: 'bold',
          color: COLORS.ink,
          width: area.width,
          tag: 'actions-title',
        }),
        text(`${title} · ${labels.changed}`, { size: scale.small, color: COLORS.muted, width: area.width }),
        first ? text(a.intro, { size: scale.body, color: COLORS.ink, width: area.width }) : stack([]),
      ],
      scale.body * 0.2,
    )
  /** The most a row can have on a page that continues the list. */
  const fullPage = bottom - (area.y + headOf(false).height + gap + rowHeight(headings))

  const pages: Box[][] = []
  let page: Box[] = []
  let y = area.y
  let top = y
  const drawRow = (cells: Line[][], fill?: string) => {
    const h = rowHeight(cells)
    if (fill) page.push({ type: 'rect', x: area.x, y, w: area.width, h, fill })
    cells.forEach((cell, i) =>
      page.push(...drawCell(cell, area.x + (offsets[i] as number) + pad, y + pad, inner[i] as number)),
    )
    y += h
    page.push({
      type: 'line',
      x1: area.x,
      y1: y,
      x2: area.x + area.width,
      y2: y,
      color: COLORS.line,
      width: 0.2,
    })
  }
  const startPage = () => {
    page = []
    pages.push(page)
    const head = headOf(pages.length === 1)
    page.push(...head.draw(area.x, area.y))
    y = area.y + head.height + gap
    drawRow(headings, COLORS.soft)
    top = y
  }

  startPage()
  const least = 3 * lineHeightMm(scale.body) + 2 * pad
  for (const item of items) {
    let cells = cellsOf(item, o, inner)
    for (;;) {
      const h = rowHeight(cells)
      if (y + h <= bottom) {
        drawRow(cells)
        break
      }
      // A row goes whole to the next page when it fits there; only one taller than a page is split.
      if (y > top && (h <= fullPage || bottom - y < least)) {
        startPage()
        continue
      }
      const split = cells.map((cell) => cut(cell, bottom - y - 2 * pad))
      drawRow(split.map((part) => part.head))
      cells = split.map((part) => part.rest)
      startPage()
    }
  }
  return pages
}

/** The lines of a cell that fit in `room` mm, and the rest. */
function cut(cell: Line[], room: number): { head: Line[]; rest: Line[] } {
  let used = 0
  let n = 0
  while (n < cell.length && used + (cell[n] as Line).height <= room + 1e-6) used += (cell[n++] as Line).height
  return { head: cell.slice(0, n), rest: cell.slice(n) }
}
