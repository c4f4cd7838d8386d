import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { exportPdf, type PdfFonts } from '@/export/exportPdf'
import { dutchPdfLabels } from '@/export/pdf/labels'
import type { Journey } from '@/domain'

const ttf = (name: string) => readFileSync(resolve(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf', name))

/** The fonts from node_modules, as the app would fetch them from its assets. */
export const loadFonts = async (): Promise<PdfFonts> => ({
  regular: new Uint8Array(ttf('DejaVuSans.ttf')),
  bold: new Uint8Array(ttf('DejaVuSans-Bold.ttf')),
})

export const labels = dutchPdfLabels()

/** Exports with the Dutch labels and the fonts from disk; returns the bytes and how long it took. */
export async function makePdf(journey: Journey, paper: 'a3' | 'a4') {
  const start = performance.now()
  const blob = await exportPdf(journey, { paper, labels, locale: 'nl-BE', loadFonts })
  const ms = performance.now() - start
  return { bytes: await blobBytes(blob), ms }
}

/** jsdom's Blob has no arrayBuffer(); its FileReader does the same. */
export function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(blob)
  })
}

/** The text layer of each page, as a reader's search sees it (pdf.js, legacy build for Node), and the font
 *  size of every text item per page. */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: string[]; sizes: number[][] }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise
  const pages: string[] = []
  const sizes: number[][] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const items = (await (await doc.getPage(i)).getTextContent()).items.filter((item) => 'str' in item)
    pages.push(flat(items.map((item) => item.str).join(' ')))
    sizes.push(
      items
        .filter((item) => item.str.trim())
        .map((item) => Math.round(Math.hypot(item.transform[0], item.transform[1]) * 100) / 100),
    )
  }
  await doc.destroy()
  return { pages, sizes }
}

export const pdfPages = async (bytes: Uint8Array) => (await readPdf(bytes)).pages

/** Collapses white space, so a text wrapped over lines still matches. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Every text the user wrote that the map shows (active lanes only). */
export function userTexts(j: Journey): string[] {
  const shown = new Set(j.lanes.filter((l) => l.enabled || l.kind === 'citizen').map((l) => l.id))
  const activities = j.activities.filter((a) => shown.has(a.laneId))
  return [
    j.title,
    j.caseDescription,
    j.goal,
    ...j.central.personas.flatMap((p) => [p.name, p.description, p.needs]),
    ...j.phases.flatMap((p) => [p.name, p.description]),
    ...j.lanes.filter((l) => shown.has(l.id)).map((l) => l.name),
    ...activities.flatMap((a) => [a.title, a.description]),
    ...activities.flatMap((a) => a.touchpoints.map((t) => t.label)),
    ...activities.flatMap((a) => a.moments.map((m) => m.text)),
    ...j.insights.map((s) => s.text),
    ...j.figures.flatMap((f) => [f.label, f.value, f.unit]),
    ...j.quotes.flatMap((q) => [q.text, q.role]),
    ...j.images.flatMap((i) => [i.caption, i.alt]),
  ].filter((t) => t.trim() !== '')
}

/** The texts missing from the PDF's text layer. */
export const missingTexts = (pages: string[], texts: string[]) => {
  const all = flat(pages.join(' '))
  return texts.filter((t) => !all.includes(flat(t)))
}
