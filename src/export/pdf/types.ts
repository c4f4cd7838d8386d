/** The two weights of the embedded font, as TTF bytes. */
export interface PdfFonts {
  regular: ArrayBuffer | Uint8Array
  bold: ArrayBuffer | Uint8Array
}
