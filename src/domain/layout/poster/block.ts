import { lineHeightPt, truncateLines, wrapText, type FontWeight } from '../text'
import type { Box } from './boxes'
import { PT } from './paper'

/**
 * The building piece of the layout: something measured first (its height at a given width) and drawn
 * afterwards at a position. Cards are stacks of text blocks in a frame; a column is a stack of cards.
 */
export interface Block {
  height: number
  draw(x: number, y: number): Box[]
}

export const EMPTY: Block = { height: 0, draw: () => [] }
const LINE_FACTOR = 1.25

/** Wrapping is the costly part and the same texts come back while a sheet is fitted: keep each result. */
const wrapCache = new Map<string, string[]>()
export function wrap(text: string, weight: FontWeight, size: number, widthMm: number): string[] {
  const key = `${weight}|${size}|${widthMm.toFixed(2)}|${text}`
  let lines = wrapCache.get(key)
  if (!lines) {
    if (wrapCache.size > 20_000) wrapCache.clear()
    lines = wrapText(text, weight, size, widthMm / PT)
    wrapCache.set(key, lines)
  }
  return lines
}

export const lineHeightMm = (size: number) => lineHeightPt(size, LINE_FACTOR) * PT

export interface TextOptions {
  size: number
  weight?: FontWeight
  color: string
  width: number
  /** Lines at most; what is cut off ends in "…" plus `mark()` (a reference to the appendix). */
  maxLines?: number
  mark?: () => string
  align?: 'left' | 'center' | 'right'
  tag?: string
}

/** A text wrapped to a width, cut to `maxLines` when asked. `truncated` says whether something was cut. */
export function text(content: string, o: TextOptions): Block & { truncated: boolean; lines: string[] } {
  const weight = o.weight ?? 'regular'
  const all = content.trim() ? wrap(content, weight, o.size, o.width) : []
  const cut =
    o.maxLines !== undefined && all.length > o.maxLines
      ? truncateLines(all, o.maxLines, weight, o.size, o.width / PT, `…${o.mark ? ` ${o.mark()}` : ''}`)
      : { lines: all, truncated: false }
  const lh = lineHeightMm(o.size)
  return {
    lines: cut.lines,
    truncated: cut.truncated,
    height: cut.lines.length * lh,
    draw: (x, y) =>
      cut.lines.length
        ? [
            {
              type: 'text',
              x,
              y,
              w: o.width,
              lines: cut.lines,
              size: o.size,
              weight,
              color: o.color,
              lineHeight: lh,
              align: o.align,
              tag: o.tag,
            },
          ]
        : [],
  }
}

/** Blocks one under the other, `gap` mm apart (empty blocks take no room). */
export function stack(blocks: Block[], gap = 0): Block {
  const shown = blocks.filter((b) => b.height > 0)
  const height = shown.reduce((h, b) => h + b.height, 0) + Math.max(0, shown.length - 1) * gap
  return {
    height,
    draw(x, y) {
      const out: Box[] = []
      let at = y
      for (const b of shown) {
        out.push(...b.draw(x, at))
        at += b.height + gap
      }
      return out
    },
  }
}

/** Blocks side by side, each at its own offset (the row is as tall as its tallest block). */
export function row(items: { dx: number; block: Block }[]): Block {
  return {
    height: Math.max(0, ...items.map((i) => i.block.height)),
    draw: (x, y) => items.flatMap((i) => i.block.draw(x + i.dx, y)),
  }
}

export interface FrameOptions {
  width: number
  padding: number
  fill?: string
  stroke?: string
  strokeWidth?: number
  dash?: boolean
  hatch?: string
  /** A thick bar at the left, in this colour (the lane's colour on a step card). */
  bar?: string
  radius?: number
  tag?: string
}

/** A block in a frame: background, border, optional hatching and a coloured bar at the left. */
export function frame(content: Block, o: FrameOptions): Block {
  const bar = o.bar ? o.padding * 0.6 : 0
  const height = content.height + 2 * o.padding
  return {
    height,
    draw(x, y) {
      const boxes: Box[] = [
        {
          type: 'rect',
          x,
          y,
          w: o.width,
          h: height,
          fill: o.fill,
          stroke: o.stroke,
          strokeWidth: o.strokeWidth,
          dash: o.dash,
          hatch: o.hatch,
          radius: o.radius,
          tag: o.tag,
        },
      ]
      if (o.bar) boxes.push({ type: 'rect', x, y, w: bar, h: height, fill: o.bar })
      return [...boxes, ...content.draw(x + o.padding + bar, y + o.padding)]
    },
  }
}

/** A block drawn at a fixed height (at least its content's). */
export const fixed = (content: Block, height: number): Block => ({
  height: Math.max(height, content.height),
  draw: content.draw,
})
