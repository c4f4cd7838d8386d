import type { jsPDF } from './jspdfType'
import type { PdfFonts } from './types'

/** The font family of every text in the PDF: the same DejaVu Sans subset the layout measures with. */
export const FONT = 'DejaVuSans'

/** Base64 of binary data, in chunks so a large font does not overflow the call stack. */
function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Each font's base64, made once: jsPDF wants base64, and the fonts are the same on every export. */
const encoded = new WeakMap<ArrayBuffer | Uint8Array, string>()
const base64Of = (data: ArrayBuffer | Uint8Array) => {
  let b64 = encoded.get(data)
  if (b64 === undefined) {
    b64 = toBase64(data instanceof Uint8Array ? data : new Uint8Array(data))
    encoded.set(data, b64)
  }
  return b64
}

/**
 * Registers both weights with Identity-H encoding: any Unicode text, and jsPDF embeds only the glyphs used
 * with a ToUnicode map, so the text stays selectable and searchable ("Łukasz Őrs" comes back exactly).
 */
export function registerFonts(doc: jsPDF, fonts: PdfFonts): void {
  doc.addFileToVFS('DejaVuSans.ttf', base64Of(fonts.regular))
  doc.addFont('DejaVuSans.ttf', FONT, 'normal', 'Identity-H')
  doc.addFileToVFS('DejaVuSans-Bold.ttf', base64Of(fonts.bold))
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold', 'Identity-H')
  doc.setFont(FONT, 'normal')
}
