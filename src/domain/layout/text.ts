/**
 * Text measurement for the layout model, with the real advance widths of the app's font (DejaVu Sans
 * subset, see charset.ts). Pure: the HTML, PDF and PNG renderers all draw the lines this module computes,
 * so they agree to the line break.
 *
 * Widths are plain sums of advance widths: no kerning, no ligatures. The subset fonts have no GPOS, GSUB
 * or kern table, so jsPDF and browsers cannot do otherwise; the HTML still sets
 * `font-kerning: none; font-variant-ligatures: none` to say so (and for any fallback font).
 */
import { FONT_METRICS } from './fontMetrics'

export { textWidth, textUnits, unitsToPt, type FontWeight } from './measure'
export { sanitizeForFont } from './sanitize'
export { truncateLines, wrapText } from './wrap'

/** The height of one line box: sizePt × factor (CSS `line-height: <factor>`). */
export function lineHeightPt(sizePt: number, factor = 1.25): number {
  return sizePt * factor
}

/**
 * The distance from the top of the first line box to its baseline, in points. The convention is CSS's:
 * the font's content area (hhea ascender − descender, 1.164 em for DejaVu) is centred in the line box,
 * so baseline = (lineHeight − (ascender − descender)·size/upm) / 2 + ascender·size/upm. Line i's baseline
 * is i·lineHeightPt below it. The PDF draws text at these baselines; the HTML gets them by setting the
 * same font-size and line-height. Chromium snaps the font's ascent, descent and half-leading to whole
 * pixels, so on screen the glyphs sit 0.3–0.8 px higher than this (measured at 8–24 px); the line
 * boxes, and so the layout, do not move.
 */
export function firstBaselinePt(sizePt: number, factor = 1.25): number {
  const { ascender, descender, unitsPerEm } = FONT_METRICS
  const content = ((ascender - descender) * sizePt) / unitsPerEm
  return (lineHeightPt(sizePt, factor) - content) / 2 + (ascender * sizePt) / unitsPerEm
}
