import type { jsPDF } from './jspdfType'
import { FONT } from './fonts'
import { drawImage, type ImageSpec } from './images'
import { COLORS, ITEM_GAP, ITEM_PAD, MM_PER_PT, PARA_GAP, lineHeight, type Rgb } from './style'
import { cleanText } from './text'

/**
 * A paragraph of plain text; `scale` multiplies the sheet's font size. A `lead` ("M3 − Negatief (−2):") is
 * printed bold in front of the text, on the same line.
 */
export interface Para {
  text: string
  lead?: string
  bold?: boolean
  muted?: boolean
  scale?: number
}

/** One card of the map (an activity, a moment…): an optional image, then paragraphs, in an optional frame. */
export interface ItemSpec {
  paras: Para[]
  image?: ImageSpec
  fill?: Rgb
  frame?: boolean
}

/** A measured, wrapped line, image or gap: the atoms that are never split. */
export type Piece =
  | { kind: 'line'; text: string; bold: boolean; muted: boolean; size: number; h: number; lead?: string }
  | { kind: 'image'; image: ImageSpec; w: number; h: number }
  | { kind: 'gap'; h: number }

export interface LaidItem {
  pieces: Piece[]
  fill?: Rgb
  frame?: boolean
}

export interface LayoutContext {
  doc: jsPDF
  /** Font size in points for scale 1. */
  size: number
  imageMaxHeight: number
}

/** Wraps an item to `width` mm (frame included). Returns null when it has nothing to show. */
export function layoutItem(ctx: LayoutContext, spec: ItemSpec, width: number): LaidItem | null {
  const inner = Math.max(width - 2 * ITEM_PAD, 5)
  const pieces: Piece[] = []
  if (spec.image) {
    const { width: iw, height: ih } = spec.image
    let w = inner
    let h = (w * ih) / iw
    if (h > ctx.imageMaxHeight) {
      h = ctx.imageMaxHeight
      w = (h * iw) / ih
    }
    pieces.push({ kind: 'image', image: spec.image, w, h })
  }
  for (const para of spec.paras) {
    const lines = wrapPara(ctx, para, inner)
    if (!lines.length) continue
    if (pieces.length) pieces.push({ kind: 'gap', h: PARA_GAP })
    pieces.push(...lines)
  }
  if (!pieces.length) return null
  return { pieces, fill: spec.fill, frame: spec.frame }
}

/** Smallest size of secondary text (a muted sub-label, the curve's scale), in points. */
export const MIN_SECONDARY_SIZE = 6

/** A font size times a scale; a smaller scale never goes below MIN_SECONDARY_SIZE (or the size itself). */
export const scaled = (size: number, scale = 1) =>
  scale >= 1 ? size * scale : Math.max(size * scale, Math.min(size, MIN_SECONDARY_SIZE))

/**
 * Wraps a paragraph into lines. With a lead, the whole is wrapped with bold widths (wider than regular, so
 * the regular rest of the first line fits too); a lead too long for one line becomes a bold line of its own.
 */
function wrapPara(ctx: LayoutContext, para: Para, width: number): Piece[] {
  const text = cleanText(para.text)
  const lead = para.lead ? cleanText(para.lead) : ''
  const size = scaled(ctx.size, para.scale)
  const muted = para.muted ?? false
  const bold = para.bold ?? false
  const wrap = (value: string, boldFont: boolean) => {
    ctx.doc.setFont(FONT, boldFont ? 'bold' : 'normal')
    ctx.doc.setFontSize(size)
    return value ? (ctx.doc.splitTextToSize(value, width) as string[]) : []
  }
  const line = (value: string, boldLine: boolean, leadText?: string): Piece => ({
    kind: 'line',
    text: value,
    bold: boldLine,
    muted,
    size,
    h: lineHeight(size),
    lead: leadText,
  })
  if (lead) {
    const lines = wrap(text ? `${lead} ${text}` : lead, true)
    const [first = ''] = lines
    if (first === lead || first.startsWith(`${lead} `)) {
      return lines.map((value, i) => (i === 0 ? line(value, bold, lead) : line(value, bold)))
    }
    return [
      ...wrap(lead, true).map((value) => line(value, true)),
      ...wrap(text, bold).map((value) => line(value, bold)),
    ]
  }
  return wrap(text, bold).map((value) => line(value, bold))
}

export const layoutItems = (ctx: LayoutContext, specs: ItemSpec[], width: number): LaidItem[] =>
  specs.map((s) => layoutItem(ctx, s, width)).filter((i): i is LaidItem => i !== null)

export const itemHeight = (item: LaidItem) => item.pieces.reduce((sum, p) => sum + p.h, 0) + 2 * ITEM_PAD

export const stackHeight = (items: LaidItem[]) =>
  items.reduce((sum, item, i) => sum + itemHeight(item) + (i ? ITEM_GAP : 0), 0)

/**
 * Cuts a stack of items so the head fits `room` mm. Whole items first; an item is cut between its lines only
 * when not even one whole item fits, and the head always takes something, so a caller always progresses.
 */
export function splitStack(items: LaidItem[], room: number): [LaidItem[], LaidItem[]] {
  const head: LaidItem[] = []
  let used = 0
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    const gap = head.length ? ITEM_GAP : 0
    const h = itemHeight(item)
    if (used + gap + h <= room) {
      head.push(item)
      used += gap + h
      continue
    }
    if (head.length) return [head, items.slice(i)]
    let take = 0
    let pieceRoom = room - 2 * ITEM_PAD
    while (take < item.pieces.length && item.pieces[take]!.h <= pieceRoom) pieceRoom -= item.pieces[take++]!.h
    take = Math.max(take, 1)
    const rest = item.pieces.slice(take)
    while (rest[0]?.kind === 'gap') rest.shift()
    const tail = rest.length ? [{ ...item, pieces: rest }, ...items.slice(i + 1)] : items.slice(i + 1)
    return [[{ ...item, pieces: item.pieces.slice(0, take) }], tail]
  }
  return [head, []]
}

/** Draws a stack of items top-down from (x, y), each `width` mm wide; returns the y below the last one. */
export function drawStack(
  doc: jsPDF,
  items: LaidItem[],
  x: number,
  y: number,
  width: number,
  fallback: string,
): number {
  for (const item of items) {
    const h = itemHeight(item)
    if (item.fill) {
      doc.setFillColor(...item.fill)
      doc.rect(x, y, width, h, 'F')
    }
    if (item.frame) {
      doc.setDrawColor(...COLORS.rule)
      doc.setLineWidth(0.2)
      doc.rect(x, y, width, h, 'S')
    }
    let cy = y + ITEM_PAD
    for (const piece of item.pieces) {
      if (piece.kind === 'line' && piece.text) {
        const [r, g, b]: Rgb = piece.muted ? COLORS.muted : COLORS.text
        doc.setTextColor(r, g, b)
        doc.setFontSize(piece.size)
        // Baseline: DejaVu's ascent is 0.93 em, centred in a line of 1.22 em.
        const baseline = cy + (piece.h - piece.size * MM_PER_PT * 1.164) / 2 + piece.size * MM_PER_PT * 0.928
        let tx = x + ITEM_PAD
        let rest = piece.text
        if (piece.lead) {
          doc.setFont(FONT, 'bold')
          doc.text(piece.lead, tx, baseline)
          tx += doc.getTextWidth(piece.lead)
          rest = piece.text.slice(piece.lead.length)
        }
        doc.setFont(FONT, piece.bold ? 'bold' : 'normal')
        if (rest.trim()) doc.text(rest, tx, baseline)
      } else if (piece.kind === 'image') {
        drawImage(doc, piece.image, x + ITEM_PAD, cy, piece.w, piece.h, fallback)
      }
      cy += piece.h
    }
    y += h + ITEM_GAP
  }
  return y
}
