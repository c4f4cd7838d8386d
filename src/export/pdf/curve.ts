import type { jsPDF } from './jspdfType'
import { scaled } from './blocks'
import { FONT } from './fonts'
import { COLORS, MM_PER_PT } from './style'
import { formatScore } from './text'

export interface CurveBox {
  /** Left edge of the first phase column, the column width, and the row's top and height, in mm. */
  x: number
  colWidth: number
  y: number
  height: number
  /** Right edge of the label column, where the scale (+2, 0, −2) is written. */
  scaleX: number
}

/**
 * The emotion curve as vector lines: a dashed zero line, the scale, and a line through the citizen's
 * activities (−2 at the bottom, +2 at the top), each point with its score as text, so no colour is needed.
 */
export function drawCurve(doc: jsPDF, box: CurveBox, points: number[][], size: number, locale: string) {
  const pad = Math.min(4, box.height / 5)
  const mid = box.y + box.height / 2
  const half = box.height / 2 - pad
  const yOf = (score: number) => mid - (Math.max(-2, Math.min(2, score)) / 2) * half
  const width = box.colWidth * points.length
  const small = scaled(size, 0.85)

  doc.setFont(FONT, 'normal')
  doc.setFontSize(small)
  doc.setTextColor(...COLORS.muted)
  for (const score of [2, 0, -2]) {
    doc.text(formatScore(score, locale), box.scaleX - 1.5, yOf(score) + (small * MM_PER_PT) / 3, {
      align: 'right',
    })
  }
  doc.setDrawColor(...COLORS.rule)
  doc.setLineWidth(0.2)
  doc.setLineDashPattern([1, 1], 0)
  doc.line(box.x, yOf(0), box.x + width, yOf(0))
  doc.setLineDashPattern([], 0)

  const xy = points.flatMap((column, c) =>
    column.map((score, i) => ({
      x: box.x + c * box.colWidth + ((i + 0.5) * box.colWidth) / column.length,
      y: yOf(score),
      score,
    })),
  )
  doc.setDrawColor(...COLORS.curve)
  doc.setLineWidth(0.5)
  for (let i = 1; i < xy.length; i++) doc.line(xy[i - 1]!.x, xy[i - 1]!.y, xy[i]!.x, xy[i]!.y)
  doc.setFillColor(...COLORS.curve)
  doc.setTextColor(...COLORS.text)
  for (const p of xy) {
    doc.circle(p.x, p.y, 0.9, 'F')
    // The score above the point, or below it at the top of the scale.
    const ty = p.score >= 1.5 ? p.y + 1.5 + small * MM_PER_PT : p.y - 1.5
    doc.text(formatScore(p.score, locale), p.x + 1.2, ty)
  }
}
