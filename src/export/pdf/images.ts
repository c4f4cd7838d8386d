import type { jsPDF } from './jspdfType'
import { FONT } from './fonts'
import { COLORS, MM_PER_PT } from './style'

/** An image of the journey: a data URL (JPEG, PNG or WebP) and its pixel size, for the aspect ratio. */
export interface ImageSpec {
  dataUrl: string
  width: number
  height: number
}

const FORMATS: Record<string, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WEBP' }

/** The jsPDF format name of a data URL, or null when it is not an image jsPDF can embed. */
export function imageFormat(dataUrl: string): string | null {
  const match = /^data:image\/(jpeg|png|webp);base64,/.exec(dataUrl)
  return match ? (FORMATS[match[1]!] ?? null) : null
}

/**
 * Draws the image scaled into the box. If jsPDF cannot decode it, a framed box with `fallback` takes its
 * place: the export does not fail and the caption (drawn by the caller) is still there.
 */
export function drawImage(
  doc: jsPDF,
  image: ImageSpec,
  x: number,
  y: number,
  w: number,
  h: number,
  fallback: string,
) {
  const format = imageFormat(image.dataUrl)
  try {
    if (!format) throw new Error('unsupported image')
    doc.addImage(image.dataUrl, format, x, y, w, h, undefined, 'FAST')
  } catch {
    doc.setDrawColor(...COLORS.rule)
    doc.setLineWidth(0.2)
    doc.rect(x, y, w, h, 'S')
    const size = 6.5
    doc.setFont(FONT, 'normal')
    doc.setFontSize(size)
    doc.setTextColor(...COLORS.muted)
    const lines = doc.splitTextToSize(fallback, Math.max(w - 2, 5)) as string[]
    doc.text(lines, x + 1, y + 1 + size * MM_PER_PT)
  }
}
