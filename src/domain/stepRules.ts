import { encodeMessage } from './messages'
import type { Path } from './paths'
import type { StepContext } from './stepContext'
import type { Activity, Journey } from './schema'

/**
 * What a finished step needs, as pure functions of the step's own values and the context frozen when it
 * opened. The form's schema (`stepSchemas.ts`) adds these rules to the document schema's limits; the stepper's
 * status runs them alone (the store already guarantees the limits). Messages are i18n keys; paths starting with
 * `coverage.` are about something missing, and the error summary links them to the button that adds it.
 */
export interface StepIssue {
  path: Path
  message: string
}

type Values<K extends keyof Journey> = Pick<Journey, K>
type Rule<K extends keyof Journey> = (values: Values<K>, ctx: StepContext) => StepIssue[]

const blank = (s: string | undefined) => !s?.trim()
const issues = () => {
  const list: StepIssue[] = []
  return { list, add: (path: Path, message: string) => list.push({ path, message }) }
}

export const goalRules: Rule<'title' | 'caseDescription' | 'goal'> = (v) => {
  const { list, add } = issues()
  if (blank(v.title)) add(['title'], 'errors.title')
  if (blank(v.caseDescription)) add(['caseDescription'], 'errors.case')
  if (blank(v.goal)) add(['goal'], 'errors.goal')
  return list
}

/** The map follows one persona (the first) or the general process; extra users need a name. */
export const centralRules: Rule<'central' | 'lanes'> = (v) => {
  const { list, add } = issues()
  const { mode, personas, generalNote } = v.central
  const persona = personas[0]
  if (mode === 'persona') {
    if (!persona) add(['central', 'personas'], 'errors.personasEmpty')
    else {
      if (blank(persona.name)) add(['central', 'personas', 0, 'name'], 'errors.personaName')
      if (blank(persona.description))
        add(['central', 'personas', 0, 'description'], 'errors.personaDescription')
    }
  }
  if (mode === 'general' && blank(generalNote)) add(['central', 'generalNote'], 'errors.generalNote')
  v.lanes.forEach((lane, i) => {
    if (lane.kind === 'user' && blank(lane.name)) add(['lanes', i, 'name'], 'errors.laneName')
  })
  return list
}

export const phasesRules: Rule<'phases'> = (v) => {
  const { list, add } = issues()
  if (v.phases.length < 2) add(['coverage', 'phases'], 'errors.phasesTooFew')
  v.phases.forEach((p, i) => blank(p.name) && add(['phases', i, 'name'], 'errors.phaseName'))
  return list
}

const shown = (activities: Activity[], ctx: StepContext) =>
  activities.map((a, i) => ({ a, i })).filter(({ a }) => ctx.activeLaneIds.has(a.laneId))

const noPhases = (ctx: StepContext, add: (path: Path, message: string) => void) =>
  ctx.phases.length === 0 && add(['coverage', 'none'], 'errors.noPhases')

/** Every phase has a step of the citizen: the map is about their journey. */
export const activitiesRules: Rule<'activities'> = (v, ctx) => {
  const { list, add } = issues()
  noPhases(ctx, add)
  for (const { a, i } of shown(v.activities, ctx)) {
    if (blank(a.title)) add(['activities', i, 'title'], 'errors.activityTitle')
    if (a.handoff && blank(a.handoff.to)) add(['activities', i, 'handoff', 'to'], 'errors.handoffTo')
  }
  for (const phase of ctx.phases)
    if (!v.activities.some((a) => a.phaseId === phase.id && a.laneId === ctx.citizenLaneId))
      add(['coverage', phase.id], encodeMessage('errors.phaseWithoutActivity', { phase: phase.name }))
  return list
}

/** Every phase has a touchpoint, and each touchpoint says what it is. */
export const touchpointsRules: Rule<'activities'> = (v, ctx) => {
  const { list, add } = issues()
  noPhases(ctx, add)
  const visible = shown(v.activities, ctx)
  for (const { a, i } of visible)
    a.touchpoints.forEach(
      (t, j) => blank(t.label) && add(['activities', i, 'touchpoints', j, 'label'], 'errors.touchpointLabel'),
    )
  for (const phase of ctx.phases)
    if (!visible.some(({ a }) => a.phaseId === phase.id && a.touchpoints.length > 0))
      add(['coverage', phase.id], encodeMessage('errors.phaseWithoutTouchpoint', { phase: phase.name }))
  return list
}

/**
 * Positive and negative moments, then the aha-exercise: the two points to improve, each at its moment, and
 * any strong point with the role of who named it.
 */
export const momentsRules: Rule<'activities' | 'aha'> = (v, ctx) => {
  const { list, add } = issues()
  noPhases(ctx, add)
  const visible = shown(v.activities, ctx)
  for (const { a, i } of visible)
    a.moments.forEach(
      (m, j) => blank(m.text) && add(['activities', i, 'moments', j, 'text'], 'errors.momentText'),
    )
  const all = visible.flatMap(({ a }) => a.moments)
  if (!all.some((m) => m.emotion > 0)) add(['coverage', 'noPositiveMoment'], 'errors.noPositiveMoment')
  if (!all.some((m) => m.emotion < 0)) add(['coverage', 'noNegativeMoment'], 'errors.noNegativeMoment')
  const ids = new Set(all.map((m) => m.id))
  v.aha.improvements.forEach((p, k) => {
    const required = k < 2
    if (required && blank(p.text)) add(['aha', 'improvements', k, 'text'], 'errors.improvement')
    if ((required || !blank(p.text)) && (p.momentId === null || !ids.has(p.momentId)))
      add(['aha', 'improvements', k, 'momentId'], 'errors.improvementMoment')
  })
  if (v.aha.improvements.length < 2) add(['coverage', 'improvements'], 'errors.improvementsTooFew')
  v.aha.strengths.forEach((s, k) => {
    if (blank(s.text)) add(['aha', 'strengths', k, 'text'], 'errors.strengthText')
    if (blank(s.role)) add(['aha', 'strengths', k, 'role'], 'errors.strengthRole')
  })
  return list
}

/** Each point to improve leads to a need or opportunity; the journey has at least one of each. */
export const insightsRules: Rule<'insights'> = (v, ctx) => {
  const { list, add } = issues()
  v.insights.forEach((s, i) => blank(s.text) && add(['insights', i, 'text'], 'errors.insightText'))
  const moments = new Map(ctx.moments.map((m) => [m.id, m]))
  for (const p of ctx.improvements) {
    if (blank(p.text) || p.momentId === null || !moments.has(p.momentId)) continue
    if (!v.insights.some((s) => s.improvementId === p.id || s.momentId === p.momentId))
      add(['coverage', p.id], encodeMessage('errors.improvementWithoutInsight', { point: p.text }))
  }
  if (!v.insights.some((s) => s.kind === 'need')) add(['coverage', 'need'], 'errors.noNeed')
  if (!v.insights.some((s) => s.kind === 'opportunity'))
    add(['coverage', 'opportunity'], 'errors.noOpportunity')
  return list
}

/** Extra information is optional, but what is added must be complete; an image always needs alt text. */
export const extraRules: Rule<'figures' | 'quotes' | 'images'> = (v) => {
  const { list, add } = issues()
  v.figures.forEach((f, i) => {
    if (blank(f.label)) add(['figures', i, 'label'], 'errors.figureLabel')
    if (blank(f.value)) add(['figures', i, 'value'], 'errors.figureValue')
  })
  v.quotes.forEach((q, i) => {
    if (blank(q.text)) add(['quotes', i, 'text'], 'errors.quoteText')
    if (blank(q.role)) add(['quotes', i, 'role'], 'errors.quoteRole')
  })
  v.images.forEach((img, i) => blank(img.alt) && add(['images', i, 'alt'], 'errors.imageAlt'))
  return list
}
