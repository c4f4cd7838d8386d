import { CHARSET_RANGES, REPLACEMENT_CHAR } from './charset'
import { ADVANCES, FONT_METRICS } from './fontMetrics'

export type FontWeight = 'regular' | 'bold'

const SOFT_HYPHEN = 0xad
const tables: Partial<Record<FontWeight, Map<number, number>>> = {}

/** Code point → advance in font units, decoded from the generated strings on first use. */
function advanceTable(weight: FontWeight): Map<number, number> {
  const existing = tables[weight]
  if (existing) return existing
  const table = new Map<number, number>()
  CHARSET_RANGES.forEach(([first, last], i) => {
    const widths = ADVANCES[weight][i] ?? ''
    for (let c = first; c <= last; c++) {
      const at = (c - first) * 3
      table.set(c, parseInt(widths.slice(at, at + 3), 36))
    }
  })
  // Renderers never draw a soft hyphen: wrapText drops it, or shows '-' where it breaks a line.
  table.set(SOFT_HYPHEN, 0)
  tables[weight] = table
  return table
}

/**
 * The width of text in font units (integers, so sums are exact and the order of additions cannot change
 * a line break). Characters outside the charset count as U+FFFD, which sanitizeForFont makes them.
 */
export function textUnits(text: string, weight: FontWeight): number {
  const table = advanceTable(weight)
  const fallback = table.get(REPLACEMENT_CHAR.codePointAt(0)!) ?? 0
  let units = 0
  for (const ch of text) units += table.get(ch.codePointAt(0)!) ?? fallback
  return units
}

/** Font units → points at sizePt. Every width comparison goes through this one formula. */
export function unitsToPt(units: number, sizePt: number): number {
  return (units * sizePt) / FONT_METRICS.unitsPerEm
}

/**
 * The advance width of one line of text, in points, at sizePt. Characters the font lacks are measured
 * as the replacement character U+FFFD (what sanitizeForFont turns them into), a soft hyphen as zero; for
 * exact agreement with the renderers, measure text that sanitizeForFont or wrapText produced. "\n" is
 * not a line break here (it counts as U+FFFD): measure lines, not paragraphs.
 */
export function textWidth(text: string, weight: FontWeight, sizePt: number): number {
  return unitsToPt(textUnits(text, weight), sizePt)
}
