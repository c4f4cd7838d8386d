import type { z } from 'zod'
import { journeyObjectSchema } from './schema'
import type { StepContext } from './stepContext'
import { stepIssues, type StepId, type StepValues } from './steps'

/**
 * The schema of each step's form: the document schema picked to the step's fields (so its limits and types
 * are the reader's own) plus the step's rules as a refinement. Built once per opened step, with the context of
 * that moment.
 */
const picks = {
  goal: journeyObjectSchema.pick({ title: true, caseDescription: true, goal: true }),
  central: journeyObjectSchema.pick({ central: true, lanes: true }),
  phases: journeyObjectSchema.pick({ phases: true }),
  activities: journeyObjectSchema.pick({ activities: true }),
  touchpoints: journeyObjectSchema.pick({ activities: true }),
  moments: journeyObjectSchema.pick({ activities: true, aha: true }),
  insights: journeyObjectSchema.pick({ insights: true }),
  extra: journeyObjectSchema.pick({ figures: true, quotes: true, images: true }),
} satisfies { [S in StepId]: z.ZodType<StepValues<S>, z.ZodTypeDef, unknown> }

export type StepSchema<S extends StepId> = z.ZodEffects<(typeof picks)[S]>

export function stepSchema<S extends StepId>(step: S, ctx: StepContext): StepSchema<S> {
  // `picks[step]` is a union of object schemas with different shapes, on which TypeScript cannot call a
  // method; the one widening here is narrowed back by the return type, which `picks` itself is checked against.
  const base = picks[step] as z.AnyZodObject
  return base.superRefine((values, zod) => {
    for (const { path, message } of stepIssues(step, values as StepValues<S>, ctx))
      zod.addIssue({ code: 'custom', path: [...path], message })
  }) as unknown as StepSchema<S>
}
