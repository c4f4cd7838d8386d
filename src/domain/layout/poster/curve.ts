import type { CurvePoint } from '../../map/mapModel'
import { lineHeightMm, text } from './block'
import { COLORS, type Box } from './boxes'
import type { PosterLabels } from './labels'
import type { TypeScale } from './paper'

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0')

/**
 * One lane's curve across the columns of a sheet: a −2…+2 scale with its labels, one dot per moment (filled
 * circles above zero, open squares below, so they differ in black and white) and each dot's moment number.
 */
export function curveRow(o: {
  points: CurvePoint[]
  count: number
  labels: PosterLabels
  scale: TypeScale
  x: number
  y: number
  labelWidth: number
  columnWidth: number
  label: string
  tint: string
  /** The other journey's curve (desired or current), one point per column, drawn dashed and grey. */
  other?: { column: number; emotion: number }[]
  /** "— huidig  - - gewenst", at the right end of the row when `other` is drawn. */
  otherKey?: { own: string; other: string }
}): { boxes: Box[]; height: number } {
  const unit = o.scale.body * 0.24
  const pad = o.scale.body * 0.2
  const height = 4 * unit + 2 * pad + 1
  const zero = o.y + pad + 2 * unit
  const yOf = (e: number) => zero - e * unit
  const left = o.x + o.labelWidth
  const right = left + o.count * o.columnWidth
  const boxes: Box[] = [{ type: 'rect', x: o.x, y: o.y, w: right - o.x, h: height, fill: o.tint }]
  boxes.push(
    ...text(o.label, {
      size: o.scale.small,
      weight: 'bold',
      color: COLORS.ink,
      width: o.labelWidth - 6,
      maxLines: 3,
    }).draw(o.x, o.y + pad * 0.5),
  )
  for (const e of [2, 1, 0, -1, -2]) {
    boxes.push({
      type: 'line',
      x1: left,
      y1: yOf(e),
      x2: right,
      y2: yOf(e),
      color: e === 0 ? COLORS.muted : COLORS.rule,
      width: e === 0 ? 0.35 : 0.2,
      dash: e === 0,
    })
    if (e % 2 === 0)
      boxes.push(
        ...text(signed(e), {
          size: o.scale.small,
          color: COLORS.ink,
          width: 5,
          align: 'right',
          weight: 'bold',
        }).draw(left - 5.5, yOf(e) - lineHeightMm(o.scale.small) / 2),
      )
  }
  const others = (o.other ?? []).map((p) => ({
    x: left + (p.column + 0.5) * o.columnWidth,
    y: yOf(p.emotion),
  }))
  for (let i = 1; i < others.length; i++)
    boxes.push({
      type: 'line',
      x1: others[i - 1]!.x,
      y1: others[i - 1]!.y,
      x2: others[i]!.x,
      y2: others[i]!.y,
      color: COLORS.muted,
      width: 0.45,
      dash: true,
    })
  for (const p of others)
    boxes.push({
      type: 'dot',
      cx: p.x,
      cy: p.y,
      r: o.scale.body * 0.08,
      shape: 'circle',
      fill: COLORS.white,
      stroke: COLORS.muted,
    })
  if (others.length && o.otherKey) {
    const keyWidth = o.scale.small * 5
    const kx = right - 2 * keyWidth - 6
    const ky = o.y + height - lineHeightMm(o.scale.small) - 0.3
    boxes.push(
      {
        type: 'rect',
        x: kx - 1,
        y: ky - 0.3,
        w: 2 * keyWidth + 7,
        h: lineHeightMm(o.scale.small) + 0.6,
        fill: COLORS.white,
      },
      { type: 'line', x1: kx, y1: ky + 1.6, x2: kx + 3, y2: ky + 1.6, color: COLORS.curve, width: 0.6 },
      ...text(o.otherKey.own, {
        size: o.scale.small,
        color: COLORS.ink,
        width: keyWidth - 3.5,
        maxLines: 1,
      }).draw(kx + 3.5, ky),
      {
        type: 'line',
        x1: kx + keyWidth + 3,
        y1: ky + 1.6,
        x2: kx + keyWidth + 6,
        y2: ky + 1.6,
        color: COLORS.muted,
        width: 0.45,
        dash: true,
      },
      ...text(o.otherKey.other, {
        size: o.scale.small,
        color: COLORS.ink,
        width: keyWidth - 3.5,
        maxLines: 1,
      }).draw(kx + keyWidth + 6.5, ky),
    )
  }
  const dots = o.points.map((p) => ({
    p,
    x: left + (p.column + p.offset) * o.columnWidth,
    y: yOf(p.emotion),
  }))
  if (dots.length > 1)
    boxes.push({ type: 'polyline', points: dots.map((d) => [d.x, d.y]), color: COLORS.curve, width: 0.6 })
  const r = o.scale.body * 0.14
  for (const { p, x, y } of dots) {
    boxes.push(
      p.emotion > 0
        ? { type: 'dot', cx: x, cy: y, r, shape: 'circle', fill: COLORS.positive, stroke: COLORS.ink }
        : { type: 'dot', cx: x, cy: y, r, shape: 'square', fill: COLORS.white, stroke: COLORS.ink },
    )
    boxes.push(
      ...text(String(p.momentN), { size: o.scale.small, weight: 'bold', color: COLORS.ink, width: 8 }).draw(
        x + r + 0.5,
        y - o.scale.small * 0.5,
      ),
    )
  }
  return { boxes, height }
}
