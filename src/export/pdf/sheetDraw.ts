import type { jsPDF } from './jspdfType'
import { drawStack } from './blocks'
import { drawCurve } from './curve'
import { FONT } from './fonts'
import type { LaidRow, SheetPlan } from './sheetLayout'
import { CELL_PAD, COLORS, lineHeight, type PageGeometry } from './style'

const BAND_SIZE = 10

/** Title and "Fase x–y van N" above a sheet; returns the lines of the title and the band's height. */
export function titleBand(doc: jsPDF, geo: PageGeometry, title: string, sheetLabel: string) {
  doc.setFont(FONT, 'bold')
  doc.setFontSize(BAND_SIZE)
  const right = doc.getTextWidth(sheetLabel) + 8
  const lines = doc.splitTextToSize(title, Math.max(geo.width - 2 * geo.margin - right, 40)) as string[]
  return { lines, height: lines.length * lineHeight(BAND_SIZE) + 3 }
}

export interface SheetText {
  title: string
  sheetLabel: string
  continued: string
  imageFallback: string
  locale: string
}

/** Draws every page of a planned sheet; the first page is the current one, the others are added. */
export function drawSheet(doc: jsPDF, geo: PageGeometry, plan: SheetPlan, text: SheetText) {
  plan.pages.forEach((rows, i) => {
    if (i > 0) doc.addPage(geo.paper, 'landscape')
    const label = i > 0 ? `${text.sheetLabel} ${text.continued}` : text.sheetLabel
    const band = titleBand(doc, geo, text.title, label)
    const lh = lineHeight(BAND_SIZE)
    doc.setFont(FONT, 'bold')
    doc.setFontSize(BAND_SIZE)
    doc.setTextColor(...COLORS.text)
    band.lines.forEach((line, n) => doc.text(line, geo.margin, geo.margin + (n + 0.8) * lh))
    doc.text(label, geo.width - geo.margin, geo.margin + 0.8 * lh, { align: 'right' })

    const top = geo.margin + band.height
    let y = drawRow(doc, geo, plan, plan.header, top, text, COLORS.headerFill)
    for (const row of rows) y = drawRow(doc, geo, plan, row, y, text, row.tone ? COLORS.labelFill : undefined)
    drawGrid(doc, geo, plan, top, [plan.header, ...rows])
  })
}

function drawRow(
  doc: jsPDF,
  geo: PageGeometry,
  plan: SheetPlan,
  row: LaidRow,
  y: number,
  text: SheetText,
  fill?: readonly [number, number, number],
): number {
  const x0 = geo.margin
  const cellsX = x0 + geo.labelWidth
  const tableWidth = geo.width - 2 * geo.margin
  if (fill) {
    doc.setFillColor(...fill)
    doc.rect(x0, y, tableWidth, row.height, 'F')
  } else {
    doc.setFillColor(...COLORS.labelFill)
    doc.rect(x0, y, geo.labelWidth, row.height, 'F')
  }
  drawStack(doc, row.label, x0 + CELL_PAD, y + CELL_PAD, geo.labelWidth - 2 * CELL_PAD, text.imageFallback)
  if (row.kind === 'curve') {
    const box = { x: cellsX, colWidth: plan.colWidth, y, height: row.height, scaleX: cellsX }
    drawCurve(doc, box, row.points, plan.size, text.locale)
  }
  row.cells.forEach((items, c) => {
    const x = cellsX + c * plan.colWidth + CELL_PAD
    drawStack(doc, items, x, y + CELL_PAD, plan.colWidth - 2 * CELL_PAD, text.imageFallback)
  })
  return y + row.height
}

/** Thin lines between rows and columns, over the whole table of the page. */
function drawGrid(doc: jsPDF, geo: PageGeometry, plan: SheetPlan, top: number, rows: LaidRow[]) {
  const x0 = geo.margin
  const x1 = geo.width - geo.margin
  const bottom = rows.reduce((y, r) => y + r.height, top)
  doc.setDrawColor(...COLORS.grid)
  doc.setLineWidth(0.2)
  let y = top
  for (const row of rows) {
    doc.line(x0, y, x1, y)
    y += row.height
  }
  doc.line(x0, bottom, x1, bottom)
  const columns = Math.max(plan.header.cells.length, 1)
  for (let c = 0; c <= columns; c++) {
    const x = x0 + geo.labelWidth + c * plan.colWidth
    doc.line(x, top, x, bottom)
  }
  doc.line(x0, top, x0, bottom)
}
