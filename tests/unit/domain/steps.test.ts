import { describe, expect, it } from 'vitest'
import {
  pickStep,
  progress,
  pruneReferences,
  STEP_IDS,
  stepStatus,
  type StepId,
  type StepStatus,
} from '@/domain'
import { makeEmptyJourney, makeJourney } from '../../fixtures/makeJourney'

describe('stepStatus', () => {
  it.each<[StepId, StepStatus]>([
    ['goal', 'incomplete'],
    ['central', 'incomplete'],
    ['phases', 'incomplete'],
    ['activities', 'incomplete'],
    ['touchpoints', 'incomplete'],
    ['moments', 'incomplete'],
    ['insights', 'incomplete'],
    ['extra', 'empty'],
  ])('an empty journey: %s is %s', (step, expected) => {
    expect(stepStatus(makeEmptyJourney(), step)).toBe(expected)
  })

  it.each(STEP_IDS)('a complete journey: %s is complete', (step) => {
    expect(stepStatus(makeJourney(), step)).toBe('complete')
  })

  it.each(STEP_IDS)('checking %s leaves the journey exactly as it was', (step) => {
    // The slice is validated in place, without a copy: zod must not change what it reads.
    const journey = makeJourney()
    const before = JSON.stringify(journey)
    stepStatus(journey, step)
    expect(JSON.stringify(journey)).toBe(before)
  })
})

describe('progress', () => {
  it('counts the seven required steps', () => {
    expect(progress(makeEmptyJourney())).toEqual({ done: 0, total: 7 })
    expect(progress(makeJourney())).toEqual({ done: 7, total: 7 })
  })

  it('does not need the optional extra step', () => {
    expect(progress(makeJourney({ figures: [], quotes: [], images: [] }))).toEqual({ done: 7, total: 7 })
  })

  it('counts a step once it is complete', () => {
    const journey = makeEmptyJourney({ title: 'eID', caseDescription: 'Aanvraag', goal: 'Wachttijd' })
    expect(progress(journey)).toEqual({ done: 1, total: 7 })
  })

  it('drops steps that become incomplete when a phase is removed', () => {
    const journey = makeJourney()
    journey.phases = journey.phases.filter((_, i) => i !== 1)
    pruneReferences(journey)
    // Two phases remain, each with a citizen activity and a touchpoint, but the aha-moment went with phase 2,
    // and with it its need and opportunity.
    expect(progress(journey)).toEqual({ done: 5, total: 7 })
    expect(stepStatus(journey, 'moments')).toBe('incomplete')
    expect(stepStatus(journey, 'insights')).toBe('incomplete')
  })
})

describe('pickStep', () => {
  it('returns exactly the fields the step edits', () => {
    expect(Object.keys(pickStep(makeJourney(), 'extra')).sort()).toEqual(['figures', 'images', 'quotes'])
    expect(Object.keys(pickStep(makeJourney(), 'central')).sort()).toEqual(['central', 'lanes'])
  })

  it('returns a deep copy: editing it leaves the journey alone', () => {
    const journey = makeJourney()
    const before = structuredClone(journey)
    const values = pickStep(journey, 'moments')
    values.activities[2]!.moments[0]!.improvements[0] = 'Iets anders'
    values.activities[0]!.title = 'Gewijzigd'
    values.activities.pop()
    expect(journey).toEqual(before)
  })
})
