import { FONT, registerFonts } from './pdf/fonts'
import { drawPage } from './pdf/draw'
import { exactGlyphWidths, loadSubsetFonts } from './pdf/subsetFonts'
import type { PdfFonts } from './pdf/types'
import type { Poster } from '@/domain/layout/poster'

export interface PdfOptions {
  title: string
  subject: string
  /** The language of the labels ('nl-BE' or 'en'): the PDF says which, for screen readers. */
  lang: string
  loadFonts?: () => Promise<PdfFonts>
  signal?: AbortSignal
}

/**
 * The poster as a PDF: the pages the layout made, drawn as vector text in the embedded DejaVu Sans subset
 * (selectable and searchable, "Łukasz Őrs" exactly). jsPDF and the fonts load here, on first use, so they
 * stay out of the app's first load.
 */
export async function exportPdf(poster: Poster, options: PdfOptions): Promise<Blob> {
  const [{ jsPDF }, fonts] = await Promise.all([import('jspdf'), (options.loadFonts ?? loadSubsetFonts)()])
  options.signal?.throwIfAborted()
  // Each page has its own size and orientation (the review sheet is A4 upright, the poster landscape).
  const first = poster.pages[0] ?? poster.paper
  const orientation = (p: { width: number; height: number }) =>
    p.width > p.height ? 'landscape' : 'portrait'
  const doc = new jsPDF({
    orientation: orientation(first),
    unit: 'mm',
    format: [first.width, first.height],
    compress: true,
  })
  registerFonts(doc, fonts)
  doc.setProperties({ title: options.title, subject: options.subject.slice(0, 500), creator: 'Klantreis' })
  doc.setLanguage(options.lang as Parameters<typeof doc.setLanguage>[0])
  const images = new Map<string, string>()
  poster.pages.forEach((page, i) => {
    if (i > 0) doc.addPage([page.width, page.height], orientation(page))
    drawPage(doc, page, images)
  })
  exactGlyphWidths(doc, FONT)
  return doc.output('blob')
}
