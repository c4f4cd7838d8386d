import type { Journey } from '@/domain'
import { buildMapModel } from '@/map/mapModel'
import { splitIntoSheets } from '@/map/sheets'
import { exportFileName } from './fileName'
import { drawCover } from './pdf/cover'
import { loadDefaultFonts, registerFonts, FONT } from './pdf/fonts'
import { planSheet } from './pdf/sheetLayout'
import { drawSheet, titleBand } from './pdf/sheetDraw'
import { phaseRow, sheetRows } from './pdf/sheetRows'
import { COLORS, geometry } from './pdf/style'
import type { PdfOptions } from './pdf/types'

export type { PdfFonts, PdfLabels, PdfOptions } from './pdf/types'
export { createPdfLabels } from './pdf/labels'

/** "klantreis-een-parkeerkaart-aanvragen.pdf", or "klantreis.pdf" when the title gives nothing usable. */
export const pdfFileName = (journey: Pick<Journey, 'title'>): string => exportFileName(journey, 'pdf')

/**
 * The journey map as a PDF of vector text: a cover page (title, case, goal, who is central, date, legend,
 * general figures, quotes and images), then one landscape page per sheet of whole phases, with extra
 * "(vervolg)" pages only when a sheet does not fit at the smallest font size. jsPDF and the fonts are
 * loaded here, on first use, so they stay out of the app's first load.
 */
export async function exportPdf(journey: Journey, options: PdfOptions): Promise<Blob> {
  const { labels, locale, paper } = options
  const [{ jsPDF }, fonts] = await Promise.all([import('jspdf'), (options.loadFonts ?? loadDefaultFonts)()])
  const geo = geometry(paper)
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: paper, compress: true })
  registerFonts(doc, fonts)

  const title = journey.title.trim() || labels.untitled
  doc.setProperties({
    title,
    subject: (journey.goal.trim() || journey.caseDescription.trim()).slice(0, 500),
    creator: 'Klantreis',
  })
  if (typeof doc.setLanguage === 'function') doc.setLanguage('nl-BE')

  const model = buildMapModel(journey)
  drawCover(doc, geo, { journey, model, title, labels, locale })

  const content = { labels, locale }
  const phaseCount = model.phases.length
  for (const sheet of splitIntoSheets(phaseCount, paper)) {
    const phases = model.phases.slice(sheet.from, sheet.to + 1)
    const sheetLabel = phaseCount
      ? labels.sheetHeader(sheet.from + 1, sheet.to + 1, phaseCount)
      : labels.rows.phases
    const band = titleBand(doc, geo, title, `${sheetLabel} ${labels.continued}`)
    const rows = phases.length
      ? sheetRows(model, phases, content)
      : [{ kind: 'cells' as const, label: { paras: [] }, cells: [[{ paras: [{ text: labels.noPhases }] }]] }]
    const body = geo.height - 2 * geo.margin - band.height
    const ctx = { doc, imageMaxHeight: geo.imageMaxHeight }
    const plan = planSheet(ctx, geo, phaseRow(phases, content), rows, phases.length, body, labels.continued)
    doc.addPage(paper, 'landscape')
    drawSheet(doc, geo, plan, {
      title,
      sheetLabel,
      continued: labels.continued,
      imageFallback: labels.imageUnavailable,
      locale,
    })
  }

  const pages = doc.getNumberOfPages()
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i)
    doc.setFont(FONT, 'normal')
    doc.setFontSize(7)
    doc.setTextColor(...COLORS.muted)
    doc.text(labels.page(i, pages), geo.width - geo.margin, geo.height - geo.margin / 2, { align: 'right' })
  }
  return doc.output('blob')
}
