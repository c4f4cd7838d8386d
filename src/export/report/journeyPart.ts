import { activeLanes, type MapStep } from '@/domain'
import type { ReportInput } from './types'
import type { Block, Writer } from './writer'

/** The opening of the report: title, the summary a manager reads first, and the review state. */
export function summaryPart(w: Writer, o: ReportInput): Block[] {
  const { journey: j, labels: l, model } = o
  const persona = j.central.mode === 'persona' ? j.central.personas[0] : undefined
  const central = persona
    ? [persona.name, persona.description].filter((s) => s.trim()).join(' – ')
    : [l.general, j.central.generalNote].filter((s) => s.trim()).join(' – ')
  const moments = model.columns.flatMap((c) =>
    Object.values(c.cells)
      .flat()
      .flatMap((s) => s.moments),
  )
  const out: Block[] = [
    w.heading(1, j.title || l.untitled),
    w.para(l.subtitle),
    w.para(l.changed),
    w.heading(2, l.summary),
    w.fact(l.goal, j.goal || l.none),
    w.fact(l.case, j.caseDescription || l.none),
    w.fact(l.central, central || l.none),
  ]
  if (persona?.needs.trim()) out.push(w.fact(l.personaNeeds, persona.needs))
  out.push(w.para(l.lanes, { bold: true }))
  for (const lane of activeLanes(j)) out.push(w.bullet(l.laneOf(o.laneName(lane.id), l.laneKinds[lane.kind])))
  out.push(
    w.para(
      l.counts(
        model.phases.length,
        model.columns.length,
        moments.filter((m) => m.emotion > 0).length,
        moments.filter((m) => m.emotion < 0).length,
      ),
    ),
  )
  const review: string[] = []
  const last = j.versions.at(-1)
  if (last) review.push(l.version(last.name, l.date(last.at)), l.versions(j.versions.length))
  if (j.reviewOn) review.push(l.reviewOn(l.date(j.reviewOn)))
  if (j.remarks.length)
    review.push(l.remarks(j.remarks.length, j.remarks.filter((r) => r.state === 'open').length))
  if (review.length) out.push(w.heading(2, l.review), ...review.map((s) => w.para(s)))
  return out
}

function stepPart(w: Writer, o: ReportInput, step: MapStep, n: number): Block[] {
  const l = o.labels
  const out: Block[] = [w.heading(5, l.step(n, step.title || '–'))]
  if (step.description.trim()) out.push(w.para(step.description))
  if (step.evidence.kind !== 'none') out.push(w.para(l.evidence(step.evidence.kind, step.evidence.source)))
  if (step.handoff !== null) out.push(w.para(`↪ ${l.handoffTo(step.handoff)}`, { bold: true }))
  if (step.touchpoints.length) {
    out.push(w.para(l.touchpoints, { bold: true }))
    for (const tp of step.touchpoints) {
      const what = l.touchpoint(l.channels[tp.channel], l.modes[tp.mode])
      const exclusion = tp.exclusion ? ` – ${l.exclusion(tp.exclusion)}` : ''
      out.push(w.bullet(`${what}${tp.label ? `: ${tp.label}` : ''}${exclusion}`))
    }
  }
  if (step.moments.length) {
    out.push(w.para(l.moments, { bold: true }))
    for (const m of step.moments) {
      const evidence =
        m.evidence.kind !== 'none' ? ` – ${l.evidence(m.evidence.kind, m.evidence.source)}` : ''
      out.push(w.bullet(`${l.moment(m.n, l.emotion[String(m.emotion)] ?? '', m.text)}${evidence}`))
    }
  }
  return out
}

/** Phase by phase, lane by lane: each step with its touchpoints and moments, as on the map. */
export function journeyPart(w: Writer, o: ReportInput): Block[] {
  const l = o.labels
  const out: Block[] = [w.heading(2, l.journey)]
  for (const phase of o.model.phases) {
    out.push(w.heading(3, l.phase(phase.number, phase.name || '–')))
    if (phase.description.trim()) out.push(w.para(phase.description))
    let any = false
    for (const lane of o.model.lanes) {
      const steps = phase.columns.flatMap((c) => (c.cells[lane.id] ?? []).map((s) => ({ s, n: c.number })))
      if (!steps.length) continue
      any = true
      out.push(w.heading(4, o.laneName(lane.id)))
      for (const { s, n } of steps) out.push(...stepPart(w, o, s, n))
    }
    if (!any) out.push(w.para(l.noSteps))
  }
  return out
}
