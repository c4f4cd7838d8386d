import type { Journey } from './schema'
import { stepContext, type StepContext } from './stepContext'
import {
  activitiesRules,
  centralRules,
  extraRules,
  goalRules,
  insightsRules,
  momentsRules,
  phasesRules,
  touchpointsRules,
  type StepIssue,
} from './stepRules'

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
export const stepNumber = (step: StepId): number => STEP_IDS.indexOf(step) + 1

/** The part of the journey each step edits: its form holds exactly these keys. */
export const STEP_FIELDS = {
  goal: ['title', 'caseDescription', 'goal'],
  central: ['central', 'lanes'],
  phases: ['phases'],
  activities: ['activities'],
  touchpoints: ['activities'],
  moments: ['activities', 'aha'],
  insights: ['insights'],
  extra: ['figures', 'quotes', 'images'],
} as const satisfies Record<StepId, readonly (keyof Journey)[]>

export type StepField<S extends StepId> = (typeof STEP_FIELDS)[S][number]
export type StepValues<S extends StepId> = Pick<Journey, StepField<S>>

/** The slice a step edits, shared with the journey (documents are never mutated, so sharing is safe). */
export function pickStep<S extends StepId>(journey: Journey, step: S): StepValues<S> {
  const out: Record<string, unknown> = {}
  for (const key of STEP_FIELDS[step]) out[key] = journey[key]
  return out as StepValues<S>
}

const RULES: { [S in StepId]: (values: StepValues<S>, ctx: StepContext) => StepIssue[] } = {
  goal: goalRules,
  central: centralRules,
  phases: phasesRules,
  activities: activitiesRules,
  touchpoints: touchpointsRules,
  moments: momentsRules,
  insights: insightsRules,
  extra: extraRules,
}

/** What is still missing in a step, by the same rules its form validates with. */
export const stepIssues = <S extends StepId>(step: S, values: StepValues<S>, ctx: StepContext): StepIssue[] =>
  RULES[step](values, ctx)

/** Steps the method calls optional: they are never "incomplete", only "empty". */
export const OPTIONAL_STEPS: readonly StepId[] = ['extra']

export type StepStatus = 'complete' | 'incomplete' | 'empty'

function statusOf(journey: Journey, step: StepId, ctx: StepContext): StepStatus {
  if (
    OPTIONAL_STEPS.includes(step) &&
    journey.figures.length + journey.quotes.length + journey.images.length === 0
  )
    return 'empty'
  return stepIssues(step, pickStep(journey, step), ctx).length === 0 ? 'complete' : 'incomplete'
}

/** Where every step stands. Cheap: the rules only read; the limits are the store's and the reader's. */
export function stepStatuses(journey: Journey): Record<StepId, StepStatus> {
  const ctx = stepContext(journey)
  return Object.fromEntries(STEP_IDS.map((s) => [s, statusOf(journey, s, ctx)])) as Record<StepId, StepStatus>
}

/** How far a journey is: steps complete out of all eight, and whether every required one is. */
export function progress(journey: Journey): { done: number; total: number; ready: boolean } {
  const statuses = stepStatuses(journey)
  const done = STEP_IDS.filter((s) => statuses[s] === 'complete').length
  const ready = STEP_IDS.every((s) => statuses[s] !== 'incomplete')
  return { done, total: STEP_IDS.length, ready }
}
