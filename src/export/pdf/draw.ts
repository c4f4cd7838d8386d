import { firstBaselinePt, type Box, type PosterPage, PT } from '@/domain/layout/poster/drawing'
import { FONT } from './fonts'
import type { jsPDF } from './jspdfType'
import { pathOps } from './svgPath'

/**
 * Draws the poster's boxes with jsPDF, in millimetres, exactly where the layout put them: text at the
 * baselines the layout measured (firstBaselinePt), so the PDF and the printed HTML break and place every
 * line alike. Vector throughout; images as JPEG or PNG.
 */
const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
]

/** Diagonal lines every `step` mm inside a rectangle, each cut to it. */
function hatchSegments(
  x: number,
  y: number,
  w: number,
  h: number,
  step: number,
): [number, number, number, number][] {
  const out: [number, number, number, number][] = []
  for (let d = step; d < w + h; d += step) {
    // The line x' - x + (y' - y) = d, from its lower-left to its upper-right end inside the rectangle.
    const x1 = x + Math.max(0, d - h)
    const y1 = y + Math.min(d, h)
    const x2 = x + Math.min(d, w)
    const y2 = y + Math.max(0, d - w)
    out.push([x1, y1, x2, y2])
  }
  return out
}

function style(
  doc: jsPDF,
  box: { stroke?: string; fill?: string | null; strokeWidth?: number; dash?: boolean },
) {
  if (box.fill) doc.setFillColor(...rgb(box.fill))
  if (box.stroke) doc.setDrawColor(...rgb(box.stroke))
  doc.setLineWidth(box.strokeWidth ?? 0.25)
  doc.setLineDashPattern(box.dash ? [1, 0.8] : [], 0)
  return box.fill && box.stroke ? 'FD' : box.fill ? 'F' : 'S'
}

function drawBox(doc: jsPDF, box: Box, images: Map<string, string>) {
  switch (box.type) {
    case 'rect': {
      if (!box.fill && !box.stroke && !box.hatch) return
      const mode = style(doc, box)
      if (box.chevron) {
        const c = Math.min(box.h / 2, 3)
        const { x, y, w, h } = box
        doc.lines(
          [
            [w - c, 0],
            [c, h / 2],
            [-c, h / 2],
            [-(w - c), 0],
            [c, -h / 2],
          ],
          x,
          y,
          [1, 1],
          mode,
          true,
        )
      } else if (box.radius) doc.roundedRect(box.x, box.y, box.w, box.h, box.radius, box.radius, mode)
      else doc.rect(box.x, box.y, box.w, box.h, mode)
      if (box.hatch) {
        doc.setDrawColor(...rgb(box.hatch))
        doc.setLineWidth(0.2)
        doc.setLineDashPattern([], 0)
        for (const [x1, y1, x2, y2] of hatchSegments(box.x, box.y, box.w, box.h, 1.6))
          doc.line(x1, y1, x2, y2)
        if (box.stroke) {
          style(doc, { ...box, fill: undefined })
          if (box.radius) doc.roundedRect(box.x, box.y, box.w, box.h, box.radius, box.radius, 'S')
          else doc.rect(box.x, box.y, box.w, box.h, 'S')
        }
      }
      return
    }
    case 'text': {
      doc.setFont(FONT, box.weight === 'bold' ? 'bold' : 'normal')
      doc.setFontSize(box.size)
      doc.setTextColor(...rgb(box.color))
      const base = box.y + firstBaselinePt(box.size) * PT
      const x = box.align === 'right' ? box.x + box.w : box.align === 'center' ? box.x + box.w / 2 : box.x
      box.lines.forEach((line, i) => {
        if (line)
          doc.text(line, x, base + i * box.lineHeight, { align: box.align ?? 'left', baseline: 'alphabetic' })
      })
      return
    }
    case 'line':
      style(doc, { stroke: box.color, strokeWidth: box.width, dash: box.dash })
      doc.line(box.x1, box.y1, box.x2, box.y2)
      return
    case 'polyline': {
      style(doc, { stroke: box.color, strokeWidth: box.width })
      const [first, ...rest] = box.points
      if (!first) return
      let [px, py] = first
      doc.lines(
        rest.map(([x, y]) => {
          const d: [number, number] = [x - px, y - py]
          ;[px, py] = [x, y]
          return d
        }),
        first[0],
        first[1],
        [1, 1],
        'S',
        false,
      )
      return
    }
    case 'dot': {
      const mode = style(doc, { fill: box.fill, stroke: box.stroke, strokeWidth: 0.3 })
      if (box.shape === 'circle') doc.circle(box.cx, box.cy, box.r, mode)
      else doc.rect(box.cx - box.r, box.cy - box.r, 2 * box.r, 2 * box.r, mode)
      return
    }
    case 'icon': {
      style(doc, { stroke: box.color, strokeWidth: (box.size / 24) * 2 })
      doc.setLineCap('round')
      doc.setLineJoin('round')
      for (const ops of pathOps(box.path, box.x, box.y, box.size / 24)) {
        doc.path(ops)
        doc.stroke()
      }
      doc.setLineCap('butt')
      doc.setLineJoin('miter')
      return
    }
    case 'image': {
      const format = box.dataUrl.startsWith('data:image/png') ? 'PNG' : 'JPEG'
      let alias = images.get(box.dataUrl)
      if (!alias) {
        alias = `img${images.size}`
        images.set(box.dataUrl, alias)
      }
      try {
        doc.addImage(box.dataUrl, format, box.x, box.y, box.w, box.h, alias, 'FAST')
      } catch {
        style(doc, { stroke: '#8a8a8a' })
        doc.rect(box.x, box.y, box.w, box.h, 'S')
      }
    }
  }
}

export function drawPage(doc: jsPDF, page: PosterPage, images: Map<string, string>): void {
  for (const box of page.boxes) drawBox(doc, box, images)
}
