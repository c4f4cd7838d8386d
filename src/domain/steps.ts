import type { ZodTypeAny } from 'zod'
import type { Journey } from './schema'
import {
  activitiesStepSchema,
  centralStepSchema,
  extraStepSchema,
  goalStepSchema,
  insightsStepSchema,
  momentsStepSchema,
  phasesStepSchema,
  touchpointsStepSchema,
} from './stepSchemas'

/** The eight steps of the method, in order. The wizard's registry adds the UI to each. */
export const STEP_IDS = [
  'goal',
  'central',
  'phases',
  'activities',
  'touchpoints',
  'moments',
  'insights',
  'extra',
] as const
export type StepId = (typeof STEP_IDS)[number]

export const isStepId = (value: unknown): value is StepId => STEP_IDS.includes(value as StepId)

/** The part of the journey each step edits: its form holds exactly these keys. */
export const STEP_FIELDS = {
  goal: ['title', 'caseDescription', 'goal'],
  central: ['central', 'lanes'],
  phases: ['phases'],
  activities: ['activities'],
  touchpoints: ['activities'],
  moments: ['activities'],
  insights: ['insights'],
  extra: ['figures', 'quotes', 'images'],
} as const satisfies Record<StepId, readonly (keyof Journey)[]>

export type StepValues<S extends StepId> = Pick<Journey, (typeof STEP_FIELDS)[S][number]>

/**
 * A deep copy of JSON data. Unlike structuredClone it accepts Vue's reactive proxies, and the journey is JSON
 * by construction (it is stored and exported as JSON).
 */
export const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** The slice a step edits, shared with the journey (not copied): for reading only. */
function stepSlice<S extends StepId>(journey: Journey, step: S): StepValues<S> {
  const out: Record<string, unknown> = {}
  for (const key of STEP_FIELDS[step]) out[key] = journey[key]
  return out as StepValues<S>
}

/** A deep copy of the slice a step edits, to seed its form. */
export function pickStep<S extends StepId>(journey: Journey, step: S): StepValues<S> {
  const out: Record<string, unknown> = {}
  for (const key of STEP_FIELDS[step]) out[key] = cloneJson(journey[key])
  return out as StepValues<S>
}

const SCHEMAS: Record<StepId, (journey: Journey) => ZodTypeAny> = {
  goal: goalStepSchema,
  central: centralStepSchema,
  phases: phasesStepSchema,
  activities: activitiesStepSchema,
  touchpoints: touchpointsStepSchema,
  moments: momentsStepSchema,
  insights: insightsStepSchema,
  extra: extraStepSchema,
}

/** The strict schema of a step, given the journey it belongs to (cross-field rules need it). */
export const stepSchema = (step: StepId, journey: Journey): ZodTypeAny => SCHEMAS[step](journey)

/** Steps the method calls optional: they are never "incomplete", only "empty". */
export const OPTIONAL_STEPS: readonly StepId[] = ['extra']

export type StepStatus = 'complete' | 'incomplete' | 'empty'

/** Where a step stands, by the same rules its form validates with. */
export function stepStatus(journey: Journey, step: StepId): StepStatus {
  if (OPTIONAL_STEPS.includes(step)) {
    const empty = journey.figures.length + journey.quotes.length + journey.images.length === 0
    if (empty) return 'empty'
  }
  // zod never mutates its input, so the slice is parsed in place: a deep copy of a large journey's activities
  // cost more than the validation itself, on every keystroke and every save.
  return stepSchema(step, journey).safeParse(stepSlice(journey, step)).success ? 'complete' : 'incomplete'
}

/** How far a journey is: the number of required steps that are complete. */
export function progress(journey: Journey): { done: number; total: number } {
  const required = STEP_IDS.filter((s) => !OPTIONAL_STEPS.includes(s))
  return {
    done: required.filter((s) => stepStatus(journey, s) === 'complete').length,
    total: required.length,
  }
}
