import { z } from 'zod'
import { encodeMessage } from './messages'
import type { Journey } from './schema'
import { activeLanes } from './operations'

/**
 * What a finished step needs. Each schema validates the slice of the journey its step edits (see
 * `stepData.ts`); cross-field rules need the rest of the journey as context. Messages are i18n keys.
 * A step is "complete" exactly when its schema accepts the journey: one rule for the stepper and the form.
 */
const required = (key: string) => z.string().trim().min(1, key)

export const goalStepSchema = () =>
  z.object({
    title: required('errors.title'),
    caseDescription: required('errors.case'),
    goal: required('errors.goal'),
  })

export const centralStepSchema = () =>
  z
    .object({
      central: z.object({
        mode: z.enum(['personas', 'general']),
        personas: z.array(
          z.object({ name: required('errors.personaName'), description: required('errors.personaDescription') }),
        ),
        generalNote: z.string(),
      }),
      lanes: z.array(z.object({ kind: z.string(), name: z.string() })),
    })
    .superRefine((v, ctx) => {
      if (v.central.mode === 'personas' && v.central.personas.length === 0)
        ctx.addIssue({ code: 'custom', path: ['central', 'personas'], message: 'errors.personasEmpty' })
      if (v.central.mode === 'general' && !v.central.generalNote.trim())
        ctx.addIssue({ code: 'custom', path: ['central', 'generalNote'], message: 'errors.generalNote' })
      v.lanes.forEach((lane, i) => {
        if (lane.kind === 'user' && !lane.name.trim())
          ctx.addIssue({ code: 'custom', path: ['lanes', i, 'name'], message: 'errors.laneName' })
      })
    })

export const phasesStepSchema = () =>
  z.object({
    phases: z.array(z.object({ name: required('errors.phaseName') })).min(2, 'errors.phasesTooFew'),
  })

/** Every phase needs at least one activity of the citizen: the map is about their journey. */
export const activitiesStepSchema = (journey: Journey) =>
  z
    .object({ activities: z.array(z.object({ title: required('errors.activityTitle') })) })
    .superRefine((v, ctx) => {
      const citizen = journey.lanes.find((l) => l.kind === 'citizen')
      for (const phase of journey.phases) {
        const has = journey.activities.some((a) => a.phaseId === phase.id && a.laneId === citizen?.id)
        if (!has)
          ctx.addIssue({
            code: 'custom',
            path: ['coverage', phase.id],
            message: encodeMessage('errors.phaseWithoutActivity', { phase: phase.name }),
          })
      }
      if (journey.phases.length === 0)
        ctx.addIssue({ code: 'custom', path: ['coverage', 'none'], message: 'errors.noPhases' })
      void v
    })

/** Every phase has at least one touchpoint, and each touchpoint says what it is. */
export const touchpointsStepSchema = (journey: Journey) =>
  z
    .object({
      activities: z.array(
        z.object({ touchpoints: z.array(z.object({ label: required('errors.touchpointLabel') })) }),
      ),
    })
    .superRefine((_v, ctx) => {
      if (journey.phases.length === 0)
        ctx.addIssue({ code: 'custom', path: ['coverage', 'none'], message: 'errors.noPhases' })
      const laneIds = new Set(activeLanes(journey).map((l) => l.id))
      for (const phase of journey.phases) {
        const has = journey.activities.some(
          (a) => a.phaseId === phase.id && laneIds.has(a.laneId) && a.touchpoints.length > 0,
        )
        if (!has)
          ctx.addIssue({
            code: 'custom',
            path: ['coverage', phase.id],
            message: encodeMessage('errors.phaseWithoutTouchpoint', { phase: phase.name }),
          })
      }
    })

/** At least one positive, one negative and one aha-moment; an aha-moment names two things to improve. */
export const momentsStepSchema = (journey: Journey) =>
  z
    .object({
      activities: z.array(
        z.object({
          moments: z.array(
            z
              .object({ text: required('errors.momentText'), aha: z.boolean(), improvements: z.array(z.string()) })
              .superRefine((m, ctx) => {
                if (!m.aha) return
                m.improvements.forEach((s, i) => {
                  if (!s.trim())
                    ctx.addIssue({ code: 'custom', path: ['improvements', i], message: 'errors.improvement' })
                })
              }),
          ),
        }),
      ),
    })
    .superRefine((_v, ctx) => {
      const all = journey.activities.flatMap((a) => a.moments)
      const need = (ok: boolean, key: string) =>
        ok || ctx.addIssue({ code: 'custom', path: ['coverage', key], message: `errors.${key}` })
      need(
        all.some((m) => m.kind === 'positive'),
        'noPositiveMoment',
      )
      need(
        all.some((m) => m.kind === 'negative'),
        'noNegativeMoment',
      )
      need(
        all.some((m) => m.aha),
        'noAhaMoment',
      )
    })

/** Each aha-moment leads to at least one need or opportunity; the journey has at least one of each. */
export const insightsStepSchema = (journey: Journey) =>
  z
    .object({
      insights: z.array(z.object({ text: required('errors.insightText'), kind: z.string(), momentId: z.string() })),
    })
    .superRefine((v, ctx) => {
      for (const a of journey.activities)
        for (const m of a.moments)
          if (m.aha && !v.insights.some((s) => s.momentId === m.id))
            ctx.addIssue({
              code: 'custom',
              path: ['coverage', m.id],
              message: encodeMessage('errors.ahaWithoutInsight', { moment: m.text }),
            })
      if (!v.insights.some((s) => s.kind === 'need'))
        ctx.addIssue({ code: 'custom', path: ['coverage', 'need'], message: 'errors.noNeed' })
      if (!v.insights.some((s) => s.kind === 'opportunity'))
        ctx.addIssue({ code: 'custom', path: ['coverage', 'opportunity'], message: 'errors.noOpportunity' })
    })

/** Extra information is optional, but what is added must be complete; an image always needs alt text. */
export const extraStepSchema = () =>
  z.object({
    figures: z.array(z.object({ label: required('errors.figureLabel'), value: required('errors.figureValue') })),
    quotes: z.array(z.object({ text: required('errors.quoteText'), role: required('errors.quoteRole') })),
    images: z.array(z.object({ alt: required('errors.imageAlt') })),
  })
