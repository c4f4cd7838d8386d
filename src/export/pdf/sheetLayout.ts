import {
  layoutItems,
  splitStack,
  stackHeight,
  type ItemSpec,
  type LaidItem,
  type LayoutContext,
} from './blocks'
import type { RowSpec } from './sheetRows'
import { CELL_PAD, type PageGeometry } from './style'

/** A row after layout at one font size: wrapped label and cells, and its height in mm. */
export interface LaidRow {
  kind: RowSpec['kind']
  label: LaidItem[]
  /** The label as repeated when the row continues on the next page: "… (vervolg)". */
  labelContinued: LaidItem[]
  cells: LaidItem[][]
  points: number[][]
  height: number
  tone?: 'header'
}

export interface SheetPlan {
  size: number
  colWidth: number
  header: LaidRow
  /** The rows of each page of this sheet; more than one page only when the smallest size does not fit. */
  pages: LaidRow[][]
}

/** Below this much room, a too-tall row starts on a fresh page rather than being split where it is. */
const MIN_SPLIT = 25

const withContinued = (label: ItemSpec, continued: string): ItemSpec => ({
  ...label,
  paras: [...label.paras, { text: continued, muted: true, scale: 0.9 }],
})

function rowHeight(kind: RowSpec['kind'], label: LaidItem[], cells: LaidItem[][], geo: PageGeometry) {
  const content = Math.max(stackHeight(label), ...cells.map(stackHeight))
  return Math.max(content + 2 * CELL_PAD, kind === 'curve' ? geo.curveHeight : 0)
}

function layoutRow(
  ctx: LayoutContext,
  spec: RowSpec,
  geo: PageGeometry,
  colWidth: number,
  continued: string,
): LaidRow {
  const labelWidth = geo.labelWidth - 2 * CELL_PAD
  const label = layoutItems(ctx, [spec.label], labelWidth)
  const cells =
    spec.kind === 'cells' ? spec.cells.map((items) => layoutItems(ctx, items, colWidth - 2 * CELL_PAD)) : []
  return {
    kind: spec.kind,
    label,
    labelContinued: layoutItems(ctx, [withContinued(spec.label, continued)], labelWidth),
    cells,
    points: spec.kind === 'curve' ? spec.points : [],
    tone: spec.kind === 'cells' ? spec.tone : undefined,
    height: rowHeight(spec.kind, label, cells, geo),
  }
}

function splitRow(row: LaidRow, room: number, geo: PageGeometry): [LaidRow, LaidRow] {
  const parts = row.cells.map((cell) => splitStack(cell, room - 2 * CELL_PAD))
  const heads = parts.map(([head]) => head)
  const tails = parts.map(([, tail]) => tail)
  return [
    { ...row, cells: heads, height: rowHeight(row.kind, row.label, heads, geo) },
    {
      ...row,
      label: row.labelContinued,
      cells: tails,
      height: rowHeight(row.kind, row.labelContinued, tails, geo),
    },
  ]
}

/** Puts whole rows on pages; only a row taller than a whole page is cut, between cards or lines. */
export function paginate(rows: LaidRow[], avail: number, geo: PageGeometry): LaidRow[][] {
  const pages: LaidRow[][] = [[]]
  let room = avail
  const queue = [...rows]
  while (queue.length) {
    const row = queue.shift()!
    const page = pages[pages.length - 1]!
    if (row.height <= room) {
      page.push(row)
      room -= row.height
      continue
    }
    const splittable = row.kind === 'cells' && row.height > avail
    if (page.length && (!splittable || room < MIN_SPLIT)) {
      pages.push([])
      room = avail
      queue.unshift(row)
      continue
    }
    if (!splittable) {
      page.push(row)
      room -= row.height
      continue
    }
    const [head, tail] = splitRow(row, room, geo)
    page.push(head)
    pages.push([])
    room = avail
    queue.unshift(tail)
  }
  return pages.filter((p, i) => p.length > 0 || i === 0)
}

/** Font sizes (largest first) with the image height that goes with them; at the smallest size, images
 *  shrink further (to 12 mm) before a sheet takes an extra page. */
function candidates(geo: PageGeometry, imageMaxHeight: number) {
  const first = geo.sizes[0]!
  const last = geo.sizes[geo.sizes.length - 1]!
  const lastImage = (imageMaxHeight * last) / first
  return [
    ...geo.sizes.map((size) => ({ size, imageMaxHeight: (imageMaxHeight * size) / first })),
    ...[0.7, 0.45].map((f) => ({ size: last, imageMaxHeight: Math.max(12, lastImage * f) })),
  ]
}

/**
 * Lays out a sheet: the largest font size at which all rows fit one page, else the smallest size over as
 * many pages as needed. `body` is the height below the sheet's title band; the phase line comes out of it.
 */
export function planSheet(
  ctx: Omit<LayoutContext, 'size'>,
  geo: PageGeometry,
  header: RowSpec,
  specs: RowSpec[],
  columns: number,
  body: number,
  continued: string,
): SheetPlan {
  const colWidth = (geo.width - 2 * geo.margin - geo.labelWidth) / Math.max(columns, 1)
  const options = candidates(geo, ctx.imageMaxHeight)
  for (const [i, option] of options.entries()) {
    const sized = { ...ctx, ...option }
    const head = layoutRow(sized, header, geo, colWidth, continued)
    const rows = specs.map((spec) => layoutRow(sized, spec, geo, colWidth, continued))
    const avail = body - head.height
    const total = rows.reduce((sum, r) => sum + r.height, 0)
    if (total <= avail || i === options.length - 1) {
      return { size: option.size, colWidth, header: head, pages: paginate(rows, avail, geo) }
    }
  }
  throw new Error('no layout options')
}
