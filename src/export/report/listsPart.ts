import { formatDueDate, unquoted } from '@/domain'
import type { ReportInput } from './types'
import { LANDSCAPE, PORTRAIT_WIDTH, type Block, type Writer } from './writer'

const evidenceOf = (o: ReportInput, e: { kind: string; source: string }) =>
  e.kind === 'none' ? '' : [o.labels.evidenceKinds[e.kind as 'observed'], e.source].filter(Boolean).join(': ')

/** The aha-exercise and the needs (a table), after the journey. */
export function insightsPart(w: Writer, o: ReportInput): Block[] {
  const { labels: l, model } = o
  const at = (n: number | null) => (n === null ? '' : ` ${l.atMoment(n)}`)
  const out: Block[] = []
  if (model.improvements.length + model.strengths.length) {
    out.push(w.heading(2, l.aha))
    if (model.improvements.length) out.push(w.heading(3, l.improvements))
    for (const p of model.improvements) out.push(w.bullet(`${p.n}. ${p.text}${at(p.momentN)}`))
    if (model.strengths.length) out.push(w.heading(3, l.strengths))
    for (const s of model.strengths)
      out.push(w.bullet(`${s.text}${s.role ? ` – ${l.strengthBy(s.role)}` : ''}${at(s.momentN)}`))
  }
  const needs = model.insights.filter((s) => s.kind === 'need')
  out.push(w.heading(2, l.needs))
  const c = l.needColumns
  out.push(
    needs.length
      ? w.table(
          [c.n, c.text, c.moment, c.evidence],
          needs.map((s) => [l.needN(s.n), s.text, String(s.momentN), evidenceOf(o, s.evidence)]),
        )
      : w.para(l.none),
  )
  return out
}

/** The opportunities with who takes them up, most important first: a wide table, on a landscape page. */
export function actionsPart(w: Writer, o: ReportInput): Block[] {
  const { labels: l } = o
  const h = l.table.headings
  const rows = o.items.map((item) => [
    `${item.n}. ${item.text}`,
    [
      l.row.moment(item.momentN, item.momentText),
      l.row.where(o.laneName(item.laneId), item.stepTitle),
      l.row.phase(item.phaseNumber, item.phaseName),
    ].join('\n'),
    item.action.owner,
    item.action.nextStep,
    l.table.status[item.action.status],
    l.table.level[item.action.impact],
    l.table.level[item.action.effort],
    formatDueDate(item.action.due),
  ])
  return [
    w.heading(2, l.opportunities),
    w.para(l.opportunitiesIntro),
    rows.length
      ? w.table([h.opportunity, h.moment, h.owner, h.nextStep, h.status, h.impact, h.effort, h.due], rows)
      : w.para(l.none),
  ]
}

/** Figures (a table), quotes with who said them, and images with their alt text. */
export function extraPart(w: Writer, o: ReportInput): Block[] {
  const { journey: j, labels: l } = o
  const phaseName = (id: string | null) =>
    id === null ? l.wholeJourney : (j.phases.find((p) => p.id === id)?.name ?? l.wholeJourney)
  const c = l.figureColumns
  const out: Block[] = [w.heading(2, l.figures)]
  out.push(
    j.figures.length
      ? w.table(
          [c.label, c.value, c.phase, c.evidence],
          j.figures.map((f) => [
            f.label,
            `${f.value} ${f.unit}`.trim(),
            phaseName(f.phaseId),
            evidenceOf(o, f.evidence),
          ]),
        )
      : w.para(l.none),
  )
  out.push(w.heading(2, l.quotes))
  if (!j.quotes.length) out.push(w.para(l.none))
  for (const q of j.quotes) {
    out.push(w.para(`“${unquoted(q.text)}”`, { italics: true }))
    out.push(
      w.para([q.role ? l.quoteBy(q.role) : '', l.quotePhase(phaseName(q.phaseId))].filter(Boolean).join(' ')),
    )
  }
  const images = j.images.filter((img) => o.images.has(img.id))
  if (images.length) out.push(w.heading(2, l.images))
  images.forEach((img, i) => {
    const alt = img.alt.trim() || img.caption.trim() || l.imageNoAlt
    out.push(
      w.image(o.images.get(img.id)!, alt, `${l.images} ${i + 1}`, { width: PORTRAIT_WIDTH, height: 700 }),
    )
    if (img.caption.trim()) out.push(w.para(img.caption, { italics: true }))
  })
  return out
}

/** The poster's pages as pictures, each with a description saying that its texts are in the report. */
export function mapPart(w: Writer, o: ReportInput): Block[] {
  if (!o.pages.length) return []
  const { labels: l } = o
  return [
    w.heading(2, l.map),
    w.para(l.mapIntro),
    ...o.pages.flatMap((page, i) => [
      w.image(page, l.mapPage(page.label), `${l.map} ${i + 1}`, LANDSCAPE),
      w.para(page.label, { italics: true }),
    ]),
  ]
}
