import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text layer of a PDF, one string per page, as a reader's search would see it. */
export async function pdfPages(data: Buffer | Uint8Array): Promise<string[]> {
  const doc = await getDocument({
    data: new Uint8Array(data),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    )
  }
  await doc.destroy()
  return pages
}

/** Collapses all white space, so a text wrapped over lines still matches. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim()
