import type { jsPDF } from './jspdfType'
import { slimFont } from './slimFont'
import type { PdfFonts } from './types'

/** The font family of every text in the PDF. jsPDF's standard fonts only know WinAnsi (no Ł, no Ő). */
export const FONT = 'DejaVuSans'

let cached: Promise<PdfFonts> | null = null

/**
 * Fetches DejaVu Sans regular and bold from the assets Vite emitted (same origin, so the CSP's
 * connect-src 'self' holds). Loaded on first export only, and kept for the next one.
 */
export function loadDefaultFonts(): Promise<PdfFonts> {
  cached ??= fetchFonts().catch((error: unknown) => {
    cached = null
    throw error
  })
  return cached
}

async function fetchFonts(): Promise<PdfFonts> {
  const [{ default: regularUrl }, { default: boldUrl }] = await Promise.all([
    import('dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url'),
    import('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url'),
  ])
  const [regular, bold] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)])
  return { regular, bold }
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`font fetch failed: ${response.status}`)
  return response.arrayBuffer()
}

/** Base64 of binary data, in chunks so a large font does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

/**
 * Registers both fonts with Identity-H encoding: any Unicode text, and jsPDF embeds only the glyphs used
 * (a subset), with a ToUnicode map so the text stays selectable and searchable. The 4th argument is the
 * encoding: jsPDF 4 reads an encoding name there (a weight would be merged into the style name instead).
 */
export function registerFonts(doc: jsPDF, fonts: PdfFonts): void {
  doc.addFileToVFS('DejaVuSans.ttf', prepared(fonts.regular))
  doc.addFont('DejaVuSans.ttf', FONT, 'normal', 'Identity-H')
  doc.addFileToVFS('DejaVuSans-Bold.ttf', prepared(fonts.bold))
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold', 'Identity-H')
  doc.setFont(FONT, 'normal')
}

/**
 * The slimmed font as base64, made once per font: slimming and encoding took 90 of a large map's 240 ms
 * PDF, again on every export. Keyed on the buffer, which loadDefaultFonts keeps.
 */
const preparedFonts = new WeakMap<ArrayBuffer | Uint8Array, string>()
function prepared(data: ArrayBuffer | Uint8Array): string {
  let base64 = preparedFonts.get(data)
  if (base64 === undefined) {
    base64 = toBase64(slimFont(data instanceof Uint8Array ? data : new Uint8Array(data)))
    preparedFonts.set(data, base64)
  }
  return base64
}
