import { describe, expect, it } from 'vitest'
import {
  createImprovement,
  createJourney,
  createLane,
  createStrength,
  createTouchpoint,
  stepFacts,
  type Fact,
  type Journey,
  type StepId,
} from '@/domain'
import { makeJourney } from '../../fixtures/makeJourney'
import { currentJourney, edited } from './support'

const fact = (key: string, params: Fact['params'] = {}): Fact => ({ key, params })

describe('overview: stepFacts', () => {
  it('says what a complete journey holds, step by step', () => {
    const journey = makeJourney()
    expect(stepFacts(journey)).toEqual({
      goal: [
        { key: 'check.facts.title', params: { title: journey.title } },
        { key: 'check.facts.goal', params: { goal: journey.goal } },
      ],
      central: [
        { key: 'check.facts.persona', params: { name: 'Marie, 72' } },
        { key: 'check.facts.lanes', params: { n: 2 } },
      ],
      phases: [{ key: 'check.facts.phases', params: { n: 3 } }],
      activities: [
        { key: 'check.facts.activities', params: { n: 5, lanes: 2 } },
        { key: 'check.facts.handoffs', params: { n: 0 } },
        { key: 'check.facts.assumptions', params: { n: 0 } },
      ],
      touchpoints: [{ key: 'check.facts.touchpoints', params: { n: 7, digital: 1, phone: 0, physical: 6 } }],
      moments: [
        { key: 'check.facts.moments', params: { positive: 2, negative: 1 } },
        { key: 'check.facts.aha', params: { improvements: 2, strengths: 1 } },
        { key: 'check.facts.assumptions', params: { n: 0 } },
      ],
      insights: [
        { key: 'check.facts.insights', params: { needs: 2, opportunities: 1 } },
        { key: 'check.facts.assumptions', params: { n: 0 } },
      ],
      extra: [
        { key: 'check.facts.extra', params: { figures: 1, quotes: 1, images: 0 } },
        { key: 'check.facts.assumptions', params: { n: 0 } },
      ],
    })
  })

  it('says what is not there yet in a new journey', () => {
    const facts = stepFacts(createJourney())
    expect(facts.goal.map((f) => f.key)).toEqual(['check.facts.noTitle', 'check.facts.noGoal'])
    expect(facts.central).toEqual([
      { key: 'check.facts.noPersona', params: { name: '' } },
      { key: 'check.facts.lanes', params: { n: 2 } },
    ])
    expect(facts.activities[0]).toEqual({ key: 'check.facts.activities', params: { n: 0, lanes: 0 } })
    expect(facts.moments[1]).toEqual({ key: 'check.facts.aha', params: { improvements: 0, strengths: 0 } })
  })

  it.each<[string, (j: Journey) => void, StepId, number, Fact]>([
    [
      'the general process instead of a persona',
      (j) => (j.central.mode = 'general'),
      'central',
      0,
      fact('check.facts.general'),
    ],
    [
      'a persona without a name',
      (j) => (j.central.personas[0]!.name = ' '),
      'central',
      0,
      fact('check.facts.noPersona', { name: ' ' }),
    ],
    [
      'an extra lane',
      (j) => j.lanes.push(createLane('user', 'Mantelzorger')),
      'central',
      1,
      fact('check.facts.lanes', { n: 3 }),
    ],
    [
      'a switched-off provider lane, not counted',
      (j) => (j.lanes[1]!.enabled = false),
      'central',
      1,
      fact('check.facts.lanes', { n: 1 }),
    ],
    [
      'the steps of a switched-off lane, not counted',
      (j) => (j.lanes[1]!.enabled = false),
      'activities',
      0,
      fact('check.facts.activities', { n: 3, lanes: 1 }),
    ],
    [
      'hand-offs',
      (j) => ((j.activities[0]!.handoff = { to: 'OCMW' }), (j.activities[3]!.handoff = { to: 'CAW' })),
      'activities',
      1,
      fact('check.facts.handoffs', { n: 2 }),
    ],
    [
      'a phone touchpoint',
      (j) => j.activities[0]!.touchpoints.push({ ...createTouchpoint('phone'), label: 'Infolijn' }),
      'touchpoints',
      0,
      fact('check.facts.touchpoints', { n: 8, digital: 1, phone: 1, physical: 6 }),
    ],
    [
      'the touchpoints of a switched-off lane, not counted',
      (j) => (j.lanes[1]!.enabled = false),
      'touchpoints',
      0,
      fact('check.facts.touchpoints', { n: 5, digital: 1, phone: 0, physical: 4 }),
    ],
    [
      'empty points to improve and strong points, not counted',
      (j) => (j.aha.improvements.push(createImprovement()), j.aha.strengths.push(createStrength())),
      'moments',
      1,
      fact('check.facts.aha', { improvements: 2, strengths: 1 }),
    ],
  ])('counts %s', (_name, change, step, index, expected) => {
    expect(stepFacts(edited(makeJourney(), change))[step][index]).toEqual(expected)
  })

  it('counts the frozen journey’s hand-off, needs and opportunities', () => {
    const facts = stepFacts(currentJourney())
    expect(facts.activities[1]?.params).toEqual({ n: 1 })
    expect(facts.insights[0]?.params).toEqual({ needs: 1, opportunities: 1 })
    expect(facts.moments).toEqual([
      { key: 'check.facts.moments', params: { positive: 3, negative: 2 } },
      { key: 'check.facts.aha', params: { improvements: 2, strengths: 1 } },
      // The frozen journey marks one moment as an assumption: the check page counts it.
      { key: 'check.facts.assumptions', params: { n: 1 } },
    ])
  })
})
