import type { jsPDF } from './jspdfType'
import type { Journey } from '@/domain'
import type { MapModel } from '@/map/mapModel'
import { drawStack, layoutItem, type ItemSpec } from './blocks'
import { extraItems } from './content'
import { ColumnFlow } from './flow'
import { COLORS, type PageGeometry } from './style'
import { formatDate } from './text'
import type { PdfLabels } from './types'

const BODY_SIZE = 9.5
const TITLE_SIZE = 18

const heading = (text: string): ItemSpec => ({ paras: [{ text, bold: true, scale: 1.15 }] })
const plain = (text: string): ItemSpec => ({ paras: [{ text: text.trim() || '–' }] })

function centralItems(journey: Journey, labels: PdfLabels): ItemSpec[] {
  const { central } = journey
  if (central.mode === 'general') {
    return [{ paras: [{ text: labels.fields.general, bold: true }, { text: central.generalNote }] }]
  }
  if (!central.personas.length) return [plain('')]
  return central.personas.map((p) => ({
    paras: [
      { text: p.name, bold: true },
      { text: p.description },
      { text: p.needs.trim() ? `(${p.needs.trim()})` : '' },
    ],
  }))
}

function legendItems(labels: PdfLabels): ItemSpec[] {
  const { legend } = labels
  return [
    { paras: [{ text: `+  ${legend.positive}` }], fill: COLORS.positive },
    { paras: [{ text: `−  ${legend.negative}` }], fill: COLORS.negative },
    { paras: [{ text: `★  ${legend.aha}` }], frame: true },
    { paras: [{ text: `(${labels.modes.digital})  ${legend.digital}` }], fill: COLORS.digital, frame: true },
    { paras: [{ text: `(${labels.modes.physical})  ${legend.physical}` }], frame: true },
    { paras: [{ text: legend.refs }] },
    { paras: [{ text: legend.curve }] },
  ]
}

/**
 * The first page (and more if the texts are long): title, case, goal, who is central, the date, the legend,
 * and the figures, quotes and images that belong to no phase.
 */
export function drawCover(
  doc: jsPDF,
  geo: PageGeometry,
  input: { journey: Journey; model: MapModel; title: string; labels: PdfLabels; locale: string },
) {
  const { journey, model, labels } = input
  const ctx = { doc, size: BODY_SIZE, imageMaxHeight: geo.imageMaxHeight }
  const titleItem = layoutItem(
    { ...ctx, size: TITLE_SIZE },
    { paras: [{ text: input.title, bold: true }] },
    geo.width - 2 * geo.margin,
  )
  const top = titleItem
    ? drawStack(doc, [titleItem], geo.margin, geo.margin, geo.width - 2 * geo.margin, '') + 3
    : geo.margin
  const flow = new ColumnFlow(doc, geo, ctx, labels.imageUnavailable, top)
  const { fields } = labels
  flow.section(heading(fields.case), [plain(journey.caseDescription)])
  flow.section(heading(fields.goal), [plain(journey.goal)])
  flow.section(heading(fields.central), centralItems(journey, labels))
  flow.section(heading(fields.date), [plain(formatDate(journey.updatedAt, input.locale))])
  flow.section(heading(labels.legend.title), legendItems(labels), { keepTogether: true })

  const extra = extraItems(model.general)
  const parts = (['figures', 'quotes', 'images'] as const).filter((key) => extra[key].length > 0)
  parts.forEach((key, i) => {
    const sub = heading(labels.rows[key])
    // The first part carries the heading of the whole general block, so the two never part.
    const head =
      i === 0 ? { paras: [{ text: labels.generalExtra, bold: true, scale: 1.3 }, ...sub.paras] } : sub
    flow.section(head, extra[key], key === 'images' ? { imageMaxHeight: geo.coverImageMaxHeight } : {})
  })
}
