import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** One page of a PDF as a reader gets it: its size, its text, and each piece of text with its font size. */
export interface PdfPage {
  /** Width and height in millimetres. */
  width: number
  height: number
  /** The text layer in reading order, one line per line. */
  text: string
  /** Each piece of text: its font size in points and where its baseline starts, in mm from the top left. */
  items: { str: string; size: number; x: number; y: number }[]
}

const MM = 25.4 / 72

/** Reads a PDF with pdf.js, as a reader's search and text selection would see it. */
export async function readPdf(data: Buffer | Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({
    data: new Uint8Array(data),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise
  const pages: PdfPage[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i)
    const [x0, y0, x1, y1] = page.view as [number, number, number, number]
    const content = await page.getTextContent()
    const items = content.items.flatMap((item) =>
      'str' in item
        ? [
            {
              str: item.str,
              eol: item.hasEOL,
              size: Math.hypot(item.transform[0]!, item.transform[1]!),
              x: (item.transform[4]! - x0) * MM,
              y: (y1 - item.transform[5]!) * MM,
            },
          ]
        : [],
    )
    pages.push({
      width: (x1 - x0) * MM,
      height: (y1 - y0) * MM,
      text: items.map((it) => it.str + (it.eol ? '\n' : '')).join(''),
      items: items.map(({ str, size, x, y }) => ({ str, size, x, y })),
    })
    page.cleanup()
  }
  await doc.destroy()
  return pages
}

/** Collapses all white space, so a text wrapped over lines still matches. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * A text without white space, hyphens and soft hyphens: the poster breaks long words with a hyphen, so a text
 * is "on the page" when its squashed form is in the page's squashed text.
 */
export const squash = (text: string) => text.normalize('NFC').replace(/[\s\u00ad\u2010-]+/g, '')

/** The smallest font size of any visible text on a page, in points. */
export const smallestFont = (page: PdfPage) =>
  Math.min(...page.items.filter((i) => i.str.trim() !== '').map((i) => i.size))

/**
 * Page images of a PDF (colour and grey, 50 dpi) in test-results/pdf-pages/ for a person to look at, when
 * pdftoppm is installed (nothing otherwise). Runs in the background: await the promise before the test ends.
 */
export async function pageImages(pdf: Buffer, name: string): Promise<void> {
  const tool = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((p) => existsSync(p))
  if (!tool) return
  const dir = 'test-results/pdf-pages'
  mkdirSync(dir, { recursive: true })
  const file = `${dir}/${name}.pdf`
  writeFileSync(file, pdf)
  const run = promisify(execFile)
  await run(tool, ['-r', '50', '-png', file, `${dir}/${name}`])
  await run(tool, ['-r', '50', '-png', '-gray', file, `${dir}/${name}-gray`])
}
