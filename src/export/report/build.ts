import { actionsPart, extraPart, insightsPart, mapPart } from './listsPart'
import { journeyPart, summaryPart } from './journeyPart'
import type { ReportInput } from './types'
import { writer, type Block, type DocxLib } from './writer'

/** A4 in twips (1/20 pt), portrait; a landscape section swaps them. */
const A4 = { width: 11906, height: 16838 }

/**
 * The report as a Word document: real headings (Heading 1–5, so Word's navigation pane and a screen reader
 * can move by them), real tables with a header row, images with alt text, the document's language and its
 * title. Portrait for reading; the wide action table and the map's pages on landscape pages.
 */
export function buildReport(d: DocxLib, o: ReportInput) {
  const w = writer(d)
  const section = (children: Block[], landscape = false) => ({
    properties: {
      page: {
        size: { ...A4, orientation: landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT },
      },
    },
    children,
  })
  const title = o.journey.title || o.labels.untitled
  return new d.Document({
    title,
    subject: o.journey.goal.slice(0, 500),
    description: o.labels.subtitle,
    creator: 'Klantreis',
    lastModifiedBy: 'Klantreis',
    styles: {
      default: {
        document: { run: { language: { value: o.lang }, font: 'Calibri', size: 22 } },
      },
    },
    sections: [
      section([...summaryPart(w, o), ...journeyPart(w, o), ...insightsPart(w, o)]),
      section(actionsPart(w, o), true),
      section(extraPart(w, o)),
      ...(o.pages.length ? [section(mapPart(w, o), true)] : []),
    ],
  })
}
