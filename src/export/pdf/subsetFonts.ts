import { boldTtf, regularTtf } from 'virtual:klantreis-fonts'
import type { jsPDF } from './jspdfType'
import type { PdfFonts } from './types'

let cached: Promise<PdfFonts> | null = null

/**
 * Fetches the build-time subsets of DejaVu Sans regular and bold (about 105 KB each instead of 757 and
 * 706 KB; same origin, so the CSP's connect-src 'self' holds). They already have what slimFont.ts used
 * to strip (`post` version 3, name ids 0–6 only), so they can go to jsPDF as they are. Loaded on first
 * export only and kept; a failed fetch is retried on the next export.
 */
export function loadSubsetFonts(): Promise<PdfFonts> {
  cached ??= Promise.all([fetchBytes(regularTtf), fetchBytes(boldTtf)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      cached = null
      throw error
    },
  )
  return cached
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`font fetch failed: ${response.status}`)
  return response.arrayBuffer()
}

/** The parts of jsPDF's TTFFont (untyped: `Font.metadata` is `any`) that exactGlyphWidths touches. */
interface TtfMetadata {
  Unicode: { widths: (number | number[])[] }
  widthOfGlyph(glyphId: number): number
}

/**
 * jsPDF writes each glyph's PDF width (/W) as parseInt(advance × 1000 / unitsPerEm): truncated to whole
 * thousandths of an em, so with DejaVu's 2048 units a line drawn in the PDF comes out up to 0.1 % narrower
 * than the layout measured it (0.2–0.4 pt for a 45-character line at 10 pt). Right-aligned and centred
 * text would show it. Call this right before `doc.output()`: it rewrites the widths of the glyphs used so
 * far to three decimals, so the PDF advances exactly as text.ts measures.
 */
export function exactGlyphWidths(doc: jsPDF, fontName: string, styles = ['normal', 'bold']): void {
  const current = doc.getFont()
  for (const style of styles) {
    doc.setFont(fontName, style)
    const metadata = doc.getFont().metadata as TtfMetadata | undefined
    const widths = metadata?.Unicode?.widths
    if (!metadata || !Array.isArray(widths)) continue
    // Pairs of [glyph id, [width]], as jsPDF's pdfEscape16 pushes them.
    for (let i = 0; i + 1 < widths.length; i += 2) {
      const glyph = widths[i]
      if (typeof glyph === 'number') widths[i + 1] = [Math.round(metadata.widthOfGlyph(glyph) * 1000) / 1000]
    }
  }
  doc.setFont(current.fontName, current.fontStyle)
}
