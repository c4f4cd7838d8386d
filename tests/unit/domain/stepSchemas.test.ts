import { describe, expect, it } from 'vitest'
import {
  createActivity,
  createLane,
  createMoment,
  createPersona,
  createPhase,
  createQuote,
  createTouchpoint,
  stepStatus,
  type Journey,
  type StepId,
  type StepStatus,
} from '@/domain'
import { ahaMomentOf, makeJourney } from '../../fixtures/makeJourney'

/** The completeness rule of each step, one change at a time away from a complete journey. */
describe('step completeness rules', () => {
  /** Each rule as [what changes, the change, the step it concerns, the status it leads to]. */
  it.each<[string, (j: Journey) => void, StepId, StepStatus]>([
    ['goal: a title of only spaces', (j) => (j.title = '   '), 'goal', 'incomplete'],
    ['goal: no case description', (j) => (j.caseDescription = ''), 'goal', 'incomplete'],

    ['central: personas mode without personas', (j) => (j.central.personas = []), 'central', 'incomplete'],
    [
      'central: a persona without description',
      (j) => j.central.personas.push({ ...createPersona(), name: 'Ahmed' }),
      'central',
      'incomplete',
    ],
    [
      'central: general mode without a note',
      (j) => (j.central = { mode: 'general', personas: [], generalNote: ' ' }),
      'central',
      'incomplete',
    ],
    [
      'central: general mode with a note and no personas',
      (j) =>
        (j.central = { mode: 'general', personas: [], generalNote: 'Iedereen volgt dezelfde procedure.' }),
      'central',
      'complete',
    ],
    ['central: a user lane without a name', (j) => j.lanes.push(createLane('user')), 'central', 'incomplete'],
    [
      'central: a named user lane',
      (j) => j.lanes.push(createLane('user', 'Mantelzorger')),
      'central',
      'complete',
    ],
    ['central: citizen lane without a name', (j) => (j.lanes[0]!.name = ''), 'central', 'complete'],

    ['phases: only one phase', (j) => (j.phases = j.phases.slice(0, 1)), 'phases', 'incomplete'],
    [
      'phases: two phases, one unnamed',
      (j) => (j.phases = [createPhase('A'), createPhase(' ')]),
      'phases',
      'incomplete',
    ],
    [
      'phases: two named phases',
      (j) => (j.phases = [createPhase('A'), createPhase('B')]),
      'phases',
      'complete',
    ],

    [
      'activities: a phase with only a provider activity',
      (j) =>
        (j.activities = j.activities.filter(
          (a) => !(a.phaseId === j.phases[2]!.id && a.laneId === j.lanes[0]!.id),
        )),
      'activities',
      'incomplete',
    ],
    [
      'activities: a new phase without activities',
      (j) => j.phases.push(createPhase('Nazorg')),
      'activities',
      'incomplete',
    ],
    ['activities: an untitled activity', (j) => (j.activities[1]!.title = ''), 'activities', 'incomplete'],
    ['activities: no phases', (j) => ((j.phases = []), (j.activities = [])), 'activities', 'incomplete'],

    ['touchpoints: no phases', (j) => ((j.phases = []), (j.activities = [])), 'touchpoints', 'incomplete'],
    [
      'touchpoints: a phase without touchpoints',
      (j) => j.activities.filter((a) => a.phaseId === j.phases[0]!.id).forEach((a) => (a.touchpoints = [])),
      'touchpoints',
      'incomplete',
    ],
    [
      'touchpoints: a phase whose touchpoints are all in the switched-off provider lane',
      (j) => {
        j.lanes[1]!.enabled = false
        j.activities.filter((a) => a.laneId === j.lanes[0]!.id).forEach((a) => (a.touchpoints = []))
      },
      'touchpoints',
      'incomplete',
    ],
    [
      'touchpoints: an unlabelled touchpoint',
      (j) => (j.activities[0]!.touchpoints[0]!.label = ''),
      'touchpoints',
      'incomplete',
    ],
    [
      'touchpoints: a touchpoint in the provider lane covers the phase',
      (j) => {
        const phase = createPhase('Nazorg')
        j.phases.push(phase)
        j.activities.push({
          ...createActivity(phase.id, j.lanes[1]!.id),
          touchpoints: [{ ...createTouchpoint('email'), label: 'Mail' }],
        })
      },
      'touchpoints',
      'complete',
    ],

    [
      'moments: no positive moment',
      (j) => j.activities.forEach((a) => (a.moments = a.moments.filter((m) => m.kind !== 'positive'))),
      'moments',
      'incomplete',
    ],
    ['moments: no negative moment', (j) => (ahaMomentOf(j).kind = 'positive'), 'moments', 'incomplete'],
    ['moments: no aha-moment', (j) => (ahaMomentOf(j).aha = false), 'moments', 'incomplete'],
    [
      'moments: an aha-moment with an empty improvement',
      (j) => (ahaMomentOf(j).improvements[1] = ' '),
      'moments',
      'incomplete',
    ],
    [
      'moments: a moment without text',
      (j) => j.activities[0]!.moments.push(createMoment('negative')),
      'moments',
      'incomplete',
    ],
    [
      'moments: empty improvements on a moment that is no aha',
      (j) => j.activities[0]!.moments.push({ ...createMoment('negative'), text: 'Parking vol' }),
      'moments',
      'complete',
    ],

    ['insights: the aha-moment has no insight', (j) => (j.insights = []), 'insights', 'incomplete'],
    [
      'insights: no opportunity',
      (j) => (j.insights = j.insights.filter((s) => s.kind === 'need')),
      'insights',
      'incomplete',
    ],
    [
      'insights: no need',
      (j) => (j.insights = j.insights.filter((s) => s.kind === 'opportunity')),
      'insights',
      'incomplete',
    ],
    ['insights: an insight without text', (j) => (j.insights[0]!.text = ''), 'insights', 'incomplete'],
    [
      'insights: a second aha-moment without insight',
      (j) => j.activities[0]!.moments.push({ ...ahaMomentOf(j), id: 'second-aha' }),
      'insights',
      'incomplete',
    ],

    ['extra: nothing added', (j) => ((j.figures = []), (j.quotes = []), (j.images = [])), 'extra', 'empty'],
    [
      'extra: a quote without role',
      (j) => j.quotes.push({ ...createQuote(), text: 'Te veel papier.' }),
      'extra',
      'incomplete',
    ],
    [
      'extra: only a quote without role',
      (j) => ((j.figures = []), (j.quotes = [{ ...createQuote(), text: 'Te veel papier.' }])),
      'extra',
      'incomplete',
    ],
    ['extra: a figure without value', (j) => (j.figures[0]!.value = ''), 'extra', 'incomplete'],
  ])('%s', (_rule, mutate, step, expected) => {
    const journey = makeJourney()
    mutate(journey)
    expect(stepStatus(journey, step)).toBe(expected)
  })

  // Regression: personas hidden by the general mode used to keep the step incomplete.
  it('central: general mode with a note ignores a leftover, half-filled persona', () => {
    const journey = makeJourney()
    journey.central = {
      mode: 'general',
      personas: [createPersona()],
      generalNote: 'Eén procedure voor iedereen.',
    }
    expect(stepStatus(journey, 'central')).toBe('complete')
  })
})
