import { describe, expect, it } from 'vitest'
import {
  createActivity,
  createImage,
  createImprovement,
  createJourney,
  createLane,
  createMoment,
  createPersona,
  createPhase,
  createQuote,
  createTouchpoint,
  isStepId,
  OPTIONAL_STEPS,
  pickStep,
  progress,
  pruneReferences,
  STEP_FIELDS,
  STEP_IDS,
  stepNumber,
  stepStatuses,
  type Journey,
  type StepId,
  type StepStatus,
} from '@/domain'
import { ahaMomentOf, makeEmptyJourney, makeJourney } from '../../fixtures/makeJourney'
import { deepFreeze } from '../../fixtures/versions/load'
import { edited, PNG } from './support'

const status = (journey: Journey, step: StepId) => stepStatuses(journey)[step]

describe('steps', () => {
  describe('the list of steps', () => {
    it('has the eight steps of the method in order, numbered from 1', () => {
      expect(STEP_IDS).toEqual([
        'goal',
        'central',
        'phases',
        'activities',
        'touchpoints',
        'moments',
        'insights',
        'extra',
      ])
      expect(STEP_IDS.map(stepNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
      expect(OPTIONAL_STEPS).toEqual(['extra'])
    })

    it.each<[unknown, boolean]>([
      ['moments', true],
      ['extra', true],
      ['check', false],
      ['', false],
      [3, false],
      [null, false],
    ])('isStepId(%j) is %s', (value, expected) => {
      expect(isStepId(value)).toBe(expected)
    })
  })

  describe('stepStatuses', () => {
    it('of a new, empty journey has no step complete, and the optional extra step empty', () => {
      expect(stepStatuses(createJourney())).toEqual({
        goal: 'incomplete',
        central: 'incomplete',
        phases: 'incomplete',
        activities: 'incomplete',
        touchpoints: 'incomplete',
        moments: 'incomplete',
        insights: 'incomplete',
        extra: 'empty',
      })
    })

    it('of a complete journey has every step complete', () => {
      expect(Object.values(stepStatuses(makeJourney()))).toEqual(Array(8).fill('complete'))
    })

    it('reads the journey without changing it', () => {
      expect(() => stepStatuses(deepFreeze(makeJourney()))).not.toThrow()
      expect(() => stepStatuses(deepFreeze(makeEmptyJourney()))).not.toThrow()
    })

    /** Each rule one change away from a complete journey: [what changes, the change, the step, its status]. */
    it.each<[string, (j: Journey) => void, StepId, StepStatus]>([
      ['goal: a title of only spaces', (j) => (j.title = '   '), 'goal', 'incomplete'],
      ['goal: no case description', (j) => (j.caseDescription = ''), 'goal', 'incomplete'],
      ['goal: no goal', (j) => (j.goal = ''), 'goal', 'incomplete'],

      ['central: persona mode without personas', (j) => (j.central.personas = []), 'central', 'incomplete'],
      [
        'central: the persona without description',
        (j) => (j.central.personas[0]!.description = ''),
        'central',
        'incomplete',
      ],
      // Version 2 checked every persona; now only the first is the map's (the others are offered as copies).
      [
        'central: a second persona without description',
        (j) => j.central.personas.push({ ...createPersona(), name: 'Ahmed' }),
        'central',
        'complete',
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
      // Regression: personas hidden by the general mode used to keep the step incomplete.
      [
        'central: general mode with a note ignores a leftover, half-filled persona',
        (j) =>
          (j.central = {
            mode: 'general',
            personas: [createPersona()],
            generalNote: 'Eén procedure voor iedereen.',
          }),
        'central',
        'complete',
      ],
      [
        'central: a user lane without a name',
        (j) => j.lanes.push(createLane('user')),
        'central',
        'incomplete',
      ],
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
      [
        'activities: a hand-off to no one',
        (j) => (j.activities[0]!.handoff = { to: '' }),
        'activities',
        'incomplete',
      ],
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
        (j) => j.activities.forEach((a) => (a.moments = a.moments.filter((m) => m.emotion < 0))),
        'moments',
        'incomplete',
      ],
      ['moments: no negative moment', (j) => (ahaMomentOf(j).emotion = 2), 'moments', 'incomplete'],
      // Version 2 asked for an aha-moment; now the two points to improve must each be at a moment.
      [
        'moments: a point to improve at no moment',
        (j) => (j.aha.improvements[0]!.momentId = null),
        'moments',
        'incomplete',
      ],
      [
        'moments: an empty point to improve',
        (j) => (j.aha.improvements[1]!.text = ' '),
        'moments',
        'incomplete',
      ],
      [
        'moments: a moment without text',
        (j) => j.activities[0]!.moments.push(createMoment(-1)),
        'moments',
        'incomplete',
      ],
      [
        'moments: a further, empty slot for a point to improve',
        (j) => j.aha.improvements.push(createImprovement()),
        'moments',
        'complete',
      ],
      [
        'moments: a negative moment that is no aha-moment',
        (j) => j.activities[0]!.moments.push({ ...createMoment(-1), text: 'Parking vol' }),
        'moments',
        'complete',
      ],

      ['insights: no insights', (j) => (j.insights = []), 'insights', 'incomplete'],
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
        'insights: a third point to improve without insight',
        (j) => {
          const moment = { ...createMoment(-1), text: 'Parking vol' }
          j.activities[4]!.moments.push(moment)
          j.aha.improvements.push(createImprovement(moment.id, 'Meer parkeerplaatsen'))
        },
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
      [
        'extra: only an image, with alt text',
        (j) => (
          (j.figures = []),
          (j.quotes = []),
          j.images.push(createImage({ dataUrl: PNG, width: 1, height: 1, alt: 'Loket' }))
        ),
        'extra',
        'complete',
      ],
    ])('%s', (_rule, change, step, expected) => {
      expect(status(edited(makeJourney(), change), step)).toBe(expected)
    })
  })

  describe('progress', () => {
    it('counts the complete steps of all eight, and is ready when none is incomplete', () => {
      expect(progress(makeEmptyJourney())).toEqual({ done: 0, total: 8, ready: false })
      expect(progress(makeJourney())).toEqual({ done: 8, total: 8, ready: true })
    })

    it('is ready without the optional extra step, which then is not counted as done', () => {
      expect(progress(makeJourney({ figures: [], quotes: [], images: [] }))).toEqual({
        done: 7,
        total: 8,
        ready: true,
      })
    })

    it('counts a step once it is complete', () => {
      const journey = makeEmptyJourney({ title: 'eID', caseDescription: 'Aanvraag', goal: 'Wachttijd' })
      expect(progress(journey)).toEqual({ done: 1, total: 8, ready: false })
    })

    it('is not ready while the extra step has something incomplete', () => {
      const journey = edited(makeJourney(), (j) => (j.quotes[0]!.role = ''))
      expect(progress(journey)).toEqual({ done: 7, total: 8, ready: false })
    })

    it('drops steps that become incomplete when a phase is removed', () => {
      const journey = makeJourney()
      const next = pruneReferences({ ...journey, phases: journey.phases.filter((_, i) => i !== 1) })
      // Two phases remain, each with a citizen activity and a touchpoint, but the aha-moment went with phase 2:
      // its point to improve lost its moment, and its need and opportunity went too (no opportunity is left).
      expect(progress(next)).toEqual({ done: 6, total: 8, ready: false })
      expect(status(next, 'moments')).toBe('incomplete')
      expect(status(next, 'insights')).toBe('incomplete')
    })
  })

  describe('pickStep', () => {
    it.each(STEP_IDS)('gives %s exactly the fields the step edits', (step) => {
      expect(Object.keys(pickStep(makeJourney(), step)).sort()).toEqual([...STEP_FIELDS[step]].sort())
    })

    // Version 2 returned a deep copy to be edited in place; documents are immutable now, so the slice shares.
    it('shares the journey’s own values', () => {
      const journey = deepFreeze(makeJourney())
      const values = pickStep(journey, 'moments')
      expect(values.activities).toBe(journey.activities)
      expect(values.aha).toBe(journey.aha)
    })
  })
})
