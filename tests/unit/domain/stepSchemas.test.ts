import { describe, expect, it } from 'vitest'
import {
  createPhase,
  pickStep,
  STEP_IDS,
  stepContext,
  stepIssues,
  stepSchema,
  type Journey,
  type StepId,
} from '@/domain'
import { makeEmptyJourney, makeJourney } from '../../fixtures/makeJourney'
import { deepFreeze } from '../../fixtures/versions/load'
import { edited, type Loose } from './support'

/** The issues a step's form would show, as `path: message` lines. */
function formIssues(step: StepId, journey: Journey, values: unknown = pickStep(journey, step)): string[] {
  const result = stepSchema(step, stepContext(journey)).safeParse(values)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('stepSchema', () => {
  it.each(STEP_IDS)('accepts the values of a complete journey for %s, and gives them back whole', (step) => {
    const journey = makeJourney()
    const values = pickStep(journey, step)
    expect(stepSchema(step, stepContext(journey)).parse(values)).toEqual(values)
  })

  it.each(STEP_IDS)('reports for %s exactly what the step rules report', (step) => {
    const journey = makeEmptyJourney()
    const expected = stepIssues(step, pickStep(journey, step), stepContext(journey)).map(
      (i) => `${i.path.join('.')}: ${i.message}`,
    )
    expect(formIssues(step, journey)).toEqual(expected)
  })

  it('adds the document’s own limits to the rules: a title too long is too long in the form', () => {
    const journey = makeJourney({ title: 'x'.repeat(161) })
    expect(formIssues('goal', journey)).toEqual([expect.stringMatching(/^title: /)])
  })

  it.each<[StepId, (v: Loose) => void, string]>([
    ['phases', (v) => v.phases.push(...Array.from({ length: 28 }, () => createPhase('F'))), 'phases'],
    ['activities', (v) => (v.activities[0].description = 'd'.repeat(10_001)), 'activities.0.description'],
    ['touchpoints', (v) => (v.activities[0].touchpoints[0].mode = 'fax'), 'activities.0.touchpoints.0.mode'],
    ['moments', (v) => (v.activities[0].moments[0].emotion = 0), 'activities.0.moments.0.emotion'],
    ['insights', (v) => (v.insights[0].action.due = 'morgen'), 'insights.0.action.due'],
    ['extra', (v) => (v.figures[0].unit = 'u'.repeat(41)), 'figures.0.unit'],
  ])('refuses for %s a value the reader would refuse', (step, change, path) => {
    const journey = makeJourney()
    const values = edited<Loose>(pickStep(journey, step), change)
    expect(formIssues(step, journey, values).some((i) => i.startsWith(`${path}: `))).toBe(true)
  })

  it('judges with the context it was built with', () => {
    const journey = makeJourney()
    const schema = stepSchema('activities', stepContext(journey))
    const withNewPhase = edited(journey, (j) => j.phases.push(createPhase('Nazorg')))

    expect(schema.safeParse(pickStep(withNewPhase, 'activities')).success).toBe(true)
    expect(formIssues('activities', withNewPhase)).toEqual([
      expect.stringMatching(/^coverage\.[0-9a-f]+: errors\.phaseWithoutActivity::/),
    ])
  })

  it.each(STEP_IDS)('leaves the values of %s exactly as they were', (step) => {
    const journey = deepFreeze(makeEmptyJourney())
    expect(() => stepSchema(step, stepContext(journey)).safeParse(pickStep(journey, step))).not.toThrow()
  })
})
