import { z, type ZodRawShape } from 'zod'
import { encodeMessage } from './messages'
import type { Activity, Journey } from './schema'
import { activeLanes } from './operations'

/**
 * What a finished step needs. Each schema validates the slice of the journey its step edits (see
 * `stepData.ts`); cross-field rules need the rest of the journey as context. Messages are i18n keys.
 * A step is "complete" exactly when its schema accepts the journey: one rule for the stepper and the form.
 *
 * Every object passes unknown keys through: vee-validate casts a form's initial values with its schema, and a
 * stripping schema would silently drop the fields a rule does not mention.
 */
const required = (key: string) => z.string().trim().min(1, key)
const obj = <T extends ZodRawShape>(shape: T) => z.object(shape).passthrough()
const issue = (ctx: z.RefinementCtx, path: (string | number)[], message: string) =>
  ctx.addIssue({ code: 'custom', path, message })
const blank = (s: string | undefined) => !s?.trim()

export const goalStepSchema = () =>
  obj({
    title: required('errors.title'),
    caseDescription: required('errors.case'),
    goal: required('errors.goal'),
  })

/** Personas are checked only in persona mode: switching to the general process hides (but keeps) them. */
export const centralStepSchema = () =>
  obj({
    central: obj({
      mode: z.enum(['personas', 'general']),
      personas: z.array(obj({ name: z.string(), description: z.string() })),
      generalNote: z.string(),
    }),
    lanes: z.array(obj({ kind: z.string(), name: z.string() })),
  }).superRefine((v, ctx) => {
    const { mode, personas, generalNote } = v.central
    if (mode === 'personas') {
      if (personas.length === 0) issue(ctx, ['central', 'personas'], 'errors.personasEmpty')
      personas.forEach((p, i) => {
        if (blank(p.name)) issue(ctx, ['central', 'personas', i, 'name'], 'errors.personaName')
        if (blank(p.description))
          issue(ctx, ['central', 'personas', i, 'description'], 'errors.personaDescription')
      })
    }
    if (mode === 'general' && blank(generalNote)) issue(ctx, ['central', 'generalNote'], 'errors.generalNote')
    v.lanes.forEach((lane, i) => {
      if (lane.kind === 'user' && blank(lane.name)) issue(ctx, ['lanes', i, 'name'], 'errors.laneName')
    })
  })

export const phasesStepSchema = () =>
  obj({ phases: z.array(obj({ name: required('errors.phaseName') })).min(2, 'errors.phasesTooFew') })

/** Steps 4-6 edit the activities; only those in lanes the map shows are checked. */
const activitiesSchema = (journey: Journey, check: (a: Activity, i: number, ctx: z.RefinementCtx) => void) =>
  obj({ activities: z.array(z.any()) }).superRefine((v, ctx) => {
    const shown = new Set(activeLanes(journey).map((l) => l.id))
    ;(v.activities as Activity[]).forEach((a, i) => shown.has(a.laneId) && check(a, i, ctx))
    if (journey.phases.length === 0) issue(ctx, ['coverage', 'none'], 'errors.noPhases')
  })

/** Every phase needs at least one activity of the citizen: the map is about their journey. */
export const activitiesStepSchema = (journey: Journey) =>
  activitiesSchema(journey, (a, i, ctx) => {
    if (blank(a.title)) issue(ctx, ['activities', i, 'title'], 'errors.activityTitle')
  }).superRefine((_v, ctx) => {
    const citizen = journey.lanes.find((l) => l.kind === 'citizen')
    for (const phase of journey.phases)
      if (!journey.activities.some((a) => a.phaseId === phase.id && a.laneId === citizen?.id))
        issue(
          ctx,
          ['coverage', phase.id],
          encodeMessage('errors.phaseWithoutActivity', { phase: phase.name }),
        )
  })

/** Every phase has at least one touchpoint, and each touchpoint says what it is. */
export const touchpointsStepSchema = (journey: Journey) =>
  activitiesSchema(journey, (a, i, ctx) =>
    a.touchpoints.forEach((t, j) => {
      if (blank(t.label)) issue(ctx, ['activities', i, 'touchpoints', j, 'label'], 'errors.touchpointLabel')
    }),
  ).superRefine((_v, ctx) => {
    const shown = new Set(activeLanes(journey).map((l) => l.id))
    for (const phase of journey.phases)
      if (
        !journey.activities.some((a) => a.phaseId === phase.id && shown.has(a.laneId) && a.touchpoints.length)
      )
        issue(
          ctx,
          ['coverage', phase.id],
          encodeMessage('errors.phaseWithoutTouchpoint', { phase: phase.name }),
        )
  })

/** At least one positive, one negative and one aha-moment; an aha-moment names two things to improve. */
export const momentsStepSchema = (journey: Journey) =>
  activitiesSchema(journey, (a, i, ctx) =>
    a.moments.forEach((m, j) => {
      const at = ['activities', i, 'moments', j]
      if (blank(m.text)) issue(ctx, [...at, 'text'], 'errors.momentText')
      if (m.aha)
        m.improvements.forEach(
          (s, k) => blank(s) && issue(ctx, [...at, 'improvements', k], 'errors.improvement'),
        )
    }),
  ).superRefine((_v, ctx) => {
    const shown = new Set(activeLanes(journey).map((l) => l.id))
    const all = journey.activities.filter((a) => shown.has(a.laneId)).flatMap((a) => a.moments)
    if (!all.some((m) => m.kind === 'positive'))
      issue(ctx, ['coverage', 'noPositiveMoment'], 'errors.noPositiveMoment')
    if (!all.some((m) => m.kind === 'negative'))
      issue(ctx, ['coverage', 'noNegativeMoment'], 'errors.noNegativeMoment')
    if (!all.some((m) => m.aha)) issue(ctx, ['coverage', 'noAhaMoment'], 'errors.noAhaMoment')
  })

/** Each aha-moment leads to at least one need or opportunity; the journey has at least one of each. */
export const insightsStepSchema = (journey: Journey) =>
  obj({
    insights: z.array(obj({ text: required('errors.insightText'), kind: z.string(), momentId: z.string() })),
  }).superRefine((v, ctx) => {
    const shown = new Set(activeLanes(journey).map((l) => l.id))
    for (const a of journey.activities)
      for (const m of a.moments)
        if (shown.has(a.laneId) && m.aha && !v.insights.some((s) => s.momentId === m.id))
          issue(ctx, ['coverage', m.id], encodeMessage('errors.ahaWithoutInsight', { moment: m.text }))
    if (!v.insights.some((s) => s.kind === 'need')) issue(ctx, ['coverage', 'need'], 'errors.noNeed')
    if (!v.insights.some((s) => s.kind === 'opportunity'))
      issue(ctx, ['coverage', 'opportunity'], 'errors.noOpportunity')
  })

/** Extra information is optional, but what is added must be complete; an image always needs alt text. */
export const extraStepSchema = () =>
  obj({
    figures: z.array(obj({ label: required('errors.figureLabel'), value: required('errors.figureValue') })),
    quotes: z.array(obj({ text: required('errors.quoteText'), role: required('errors.quoteRole') })),
    images: z.array(obj({ alt: required('errors.imageAlt') })),
  })
