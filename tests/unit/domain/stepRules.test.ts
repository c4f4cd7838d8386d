import { describe, expect, it } from 'vitest'
import {
  createActivity,
  createImage,
  createImprovement,
  createLane,
  createMoment,
  createPersona,
  createPhase,
  createQuote,
  createStrength,
  createTouchpoint,
  encodeMessage,
  formatPath,
  pickStep,
  stepContext,
  stepIssues,
  type Journey,
  type StepId,
} from '@/domain'
import { ahaMomentOf, makeJourney } from '../../fixtures/makeJourney'
import { edited, PNG } from './support'

/** The issues of `step` as [path, message] pairs, the path spelled as the form spells it. */
function issues(step: StepId, journey: Journey): [string, string][] {
  return stepIssues(step, pickStep(journey, step), stepContext(journey)).map((i) => [
    formatPath(i.path),
    i.message,
  ])
}

/** A row: what changes in the complete journey, and the issues the step then has (as a function of it). */
type Row = [string, (j: Journey) => void, (j: Journey) => [string, string][]]
const none = (): [string, string][] => []
const unchanged = () => {}

/**
 * `makeJourney()`: phases Oriëntatie, Aanvraag aan het loket, Afhaling; lanes citizen + provider; activities
 * 0 Oriëntatie/citizen (positive moment), 1 Oriëntatie/provider, 2 Aanvraag/citizen (the aha-moment, −2),
 * 3 Aanvraag/provider, 4 Afhaling/citizen (+2); points to improve at the aha-moment and at the first moment.
 */
const phaseName = (j: Journey, i: number) => j.phases[i]!.name
const phaseId = (j: Journey, i: number) => j.phases[i]!.id
const citizenOnly = (j: Journey, i: number) =>
  j.activities.filter((a) => !(a.phaseId === phaseId(j, i) && a.laneId === j.lanes[0]!.id))

const TABLES: Record<StepId, Row[]> = {
  goal: [
    ['nothing missing', unchanged, none],
    ['a title of only spaces', (j) => (j.title = '   '), () => [['title', 'errors.title']]],
    [
      'nothing filled in',
      (j) => Object.assign(j, { title: '', caseDescription: '\n', goal: '' }),
      () => [
        ['title', 'errors.title'],
        ['caseDescription', 'errors.case'],
        ['goal', 'errors.goal'],
      ],
    ],
  ],
  central: [
    ['nothing missing', unchanged, none],
    [
      'persona mode without a persona',
      (j) => (j.central.personas = []),
      () => [['central.personas', 'errors.personasEmpty']],
    ],
    [
      'a first persona without name or description',
      (j) => (j.central.personas = [createPersona()]),
      () => [
        ['central.personas[0].name', 'errors.personaName'],
        ['central.personas[0].description', 'errors.personaDescription'],
      ],
    ],
    // The other personas are offered as copies of the journey: only the first is this map's.
    ['a second persona left empty', (j) => j.central.personas.push(createPersona()), none],
    [
      'general mode without a note',
      (j) => (j.central = { mode: 'general', personas: [], generalNote: ' ' }),
      () => [['central.generalNote', 'errors.generalNote']],
    ],
    [
      'general mode with a note and a leftover, half-filled persona',
      (j) =>
        (j.central = {
          mode: 'general',
          personas: [createPersona()],
          generalNote: 'Eén procedure voor iedereen.',
        }),
      none,
    ],
    [
      'a user lane without a name',
      (j) => j.lanes.push(createLane('user')),
      () => [['lanes[2].name', 'errors.laneName']],
    ],
    ['a named user lane', (j) => j.lanes.push(createLane('user', 'Mantelzorger')), none],
    ['a citizen and a provider lane without a name', (j) => j.lanes.forEach((l) => (l.name = '')), none],
  ],
  phases: [
    ['nothing missing', unchanged, none],
    [
      'only one phase',
      (j) => (j.phases = j.phases.slice(0, 1)),
      () => [['coverage.phases', 'errors.phasesTooFew']],
    ],
    ['no phases', (j) => (j.phases = []), () => [['coverage.phases', 'errors.phasesTooFew']]],
    [
      'two phases, the second unnamed',
      (j) => (j.phases = [createPhase('A'), createPhase(' ')]),
      () => [['phases[1].name', 'errors.phaseName']],
    ],
  ],
  activities: [
    ['nothing missing', unchanged, none],
    [
      'no phases',
      (j) => ((j.phases = []), (j.activities = [])),
      () => [['coverage.none', 'errors.noPhases']],
    ],
    [
      'an untitled provider step',
      (j) => (j.activities[1]!.title = ''),
      () => [['activities[1].title', 'errors.activityTitle']],
    ],
    [
      'an untitled step in the switched-off provider lane',
      (j) => ((j.activities[1]!.title = ''), (j.lanes[1]!.enabled = false)),
      none,
    ],
    [
      'a phase with only a provider step',
      (j) => (j.activities = citizenOnly(j, 0)),
      (j) => [
        [
          `coverage.${phaseId(j, 0)}`,
          encodeMessage('errors.phaseWithoutActivity', { phase: phaseName(j, 0) }),
        ],
      ],
    ],
    [
      'a new phase without steps',
      (j) => j.phases.push(createPhase('Nazorg')),
      (j) => [
        [`coverage.${phaseId(j, 3)}`, encodeMessage('errors.phaseWithoutActivity', { phase: 'Nazorg' })],
      ],
    ],
    [
      'a hand-off that does not say to whom',
      (j) => (j.activities[2]!.handoff = { to: ' ' }),
      () => [['activities[2].handoff.to', 'errors.handoffTo']],
    ],
    ['a hand-off to a named desk', (j) => (j.activities[2]!.handoff = { to: 'OCMW' }), none],
  ],
  touchpoints: [
    ['nothing missing', unchanged, none],
    [
      'no phases',
      (j) => ((j.phases = []), (j.activities = [])),
      () => [['coverage.none', 'errors.noPhases']],
    ],
    [
      'a phase without touchpoints',
      (j) => j.activities.filter((a) => a.phaseId === phaseId(j, 0)).forEach((a) => (a.touchpoints = [])),
      (j) => [
        [
          `coverage.${phaseId(j, 0)}`,
          encodeMessage('errors.phaseWithoutTouchpoint', { phase: phaseName(j, 0) }),
        ],
      ],
    ],
    [
      'a phase whose touchpoints are all in the switched-off provider lane',
      (j) => ((j.lanes[1]!.enabled = false), (j.activities[0]!.touchpoints = [])),
      (j) => [
        [
          `coverage.${phaseId(j, 0)}`,
          encodeMessage('errors.phaseWithoutTouchpoint', { phase: phaseName(j, 0) }),
        ],
      ],
    ],
    [
      'an unlabelled touchpoint',
      (j) => (j.activities[2]!.touchpoints[1]!.label = ''),
      () => [['activities[2].touchpoints[1].label', 'errors.touchpointLabel']],
    ],
    [
      'an unlabelled touchpoint in the switched-off provider lane',
      (j) => ((j.activities[3]!.touchpoints[0]!.label = ''), (j.lanes[1]!.enabled = false)),
      none,
    ],
    [
      'a new phase covered by a touchpoint in the provider lane',
      (j) => {
        const phase = createPhase('Nazorg')
        j.phases.push(phase)
        j.activities.push({
          ...createActivity(phase.id, j.lanes[1]!.id),
          touchpoints: [{ ...createTouchpoint('email'), label: 'Mail' }],
        })
      },
      none,
    ],
  ],
  moments: [
    ['nothing missing', unchanged, none],
    [
      'no phases (and so no moments)',
      (j) => ((j.phases = []), (j.activities = [])),
      () => [
        ['coverage.none', 'errors.noPhases'],
        ['coverage.noPositiveMoment', 'errors.noPositiveMoment'],
        ['coverage.noNegativeMoment', 'errors.noNegativeMoment'],
        ['aha.improvements[0].momentId', 'errors.improvementMoment'],
        ['aha.improvements[1].momentId', 'errors.improvementMoment'],
      ],
    ],
    [
      'no negative moment',
      (j) => (ahaMomentOf(j).emotion = 1),
      () => [['coverage.noNegativeMoment', 'errors.noNegativeMoment']],
    ],
    [
      'no positive moment (the second point to improve was at one)',
      (j) => j.activities.forEach((a) => (a.moments = a.moments.filter((m) => m.emotion < 0))),
      () => [
        ['coverage.noPositiveMoment', 'errors.noPositiveMoment'],
        ['aha.improvements[1].momentId', 'errors.improvementMoment'],
      ],
    ],
    [
      'the only negative moment in the switched-off provider lane',
      (j) => {
        ahaMomentOf(j).emotion = 1
        j.activities[3]!.moments = [{ ...createMoment(-1), text: 'Te weinig personeel' }]
        j.lanes[1]!.enabled = false
      },
      () => [['coverage.noNegativeMoment', 'errors.noNegativeMoment']],
    ],
    [
      'a moment without text',
      (j) => j.activities[0]!.moments.push(createMoment(-1)),
      () => [['activities[0].moments[1].text', 'errors.momentText']],
    ],
    [
      'an empty second point to improve',
      (j) => (j.aha.improvements[1]!.text = ' '),
      () => [['aha.improvements[1].text', 'errors.improvement']],
    ],
    [
      'a point to improve at no moment',
      (j) => (j.aha.improvements[0]!.momentId = null),
      () => [['aha.improvements[0].momentId', 'errors.improvementMoment']],
    ],
    [
      'a point to improve at a moment of the switched-off provider lane',
      (j) => {
        const moment = { ...createMoment(-1), text: 'Te weinig personeel' }
        j.activities[3]!.moments = [moment]
        j.aha.improvements[1]!.momentId = moment.id
        j.lanes[1]!.enabled = false
      },
      () => [['aha.improvements[1].momentId', 'errors.improvementMoment']],
    ],
    [
      'only one point to improve',
      (j) => (j.aha.improvements = j.aha.improvements.slice(0, 1)),
      () => [['coverage.improvements', 'errors.improvementsTooFew']],
    ],
    ['a third point to improve left empty', (j) => j.aha.improvements.push(createImprovement()), none],
    [
      'a third point to improve at no moment',
      (j) => j.aha.improvements.push(createImprovement(null, 'Minder wachten')),
      () => [['aha.improvements[2].momentId', 'errors.improvementMoment']],
    ],
    [
      'a strong point without text or role',
      (j) => j.aha.strengths.push(createStrength(ahaMomentOf(j).id)),
      () => [
        ['aha.strengths[1].text', 'errors.strengthText'],
        ['aha.strengths[1].role', 'errors.strengthRole'],
      ],
    ],
    [
      'a strong point without role',
      (j) => (j.aha.strengths[0]!.role = ''),
      () => [['aha.strengths[0].role', 'errors.strengthRole']],
    ],
  ],
  insights: [
    ['nothing missing', unchanged, none],
    [
      'no insights at all',
      (j) => (j.insights = []),
      (j) => [
        [
          `coverage.${j.aha.improvements[0]!.id}`,
          encodeMessage('errors.improvementWithoutInsight', { point: j.aha.improvements[0]!.text }),
        ],
        [
          `coverage.${j.aha.improvements[1]!.id}`,
          encodeMessage('errors.improvementWithoutInsight', { point: j.aha.improvements[1]!.text }),
        ],
        ['coverage.need', 'errors.noNeed'],
        ['coverage.opportunity', 'errors.noOpportunity'],
      ],
    ],
    [
      'no opportunity',
      (j) => (j.insights = j.insights.filter((s) => s.kind === 'need')),
      () => [['coverage.opportunity', 'errors.noOpportunity']],
    ],
    [
      'no need (the second point to improve had one)',
      (j) => (j.insights = j.insights.filter((s) => s.kind === 'opportunity')),
      (j) => [
        [
          `coverage.${j.aha.improvements[1]!.id}`,
          encodeMessage('errors.improvementWithoutInsight', { point: j.aha.improvements[1]!.text }),
        ],
        ['coverage.need', 'errors.noNeed'],
      ],
    ],
    [
      'an insight without text',
      (j) => (j.insights[0]!.text = ''),
      () => [['insights[0].text', 'errors.insightText']],
    ],
    [
      'a point to improve covered by an insight started from it, at another moment',
      (j) => {
        j.insights = j.insights.filter((s) => s.momentId !== j.aha.improvements[1]!.momentId)
        j.insights[0]!.improvementId = j.aha.improvements[1]!.id
      },
      none,
    ],
    [
      'a third point to improve without text',
      (j) => j.aha.improvements.push(createImprovement(ahaMomentOf(j).id)),
      none,
    ],
    [
      'a point to improve at no moment, which needs no insight yet',
      (j) => (
        (j.insights = j.insights.filter((s) => s.kind === 'opportunity' || s.momentId === ahaMomentOf(j).id)),
        (j.aha.improvements[1]!.momentId = null)
      ),
      none,
    ],
  ],
  extra: [
    ['nothing missing', unchanged, none],
    ['nothing added', (j) => ((j.figures = []), (j.quotes = []), (j.images = [])), none],
    [
      'a quote without role',
      (j) => j.quotes.push({ ...createQuote(), text: 'Te veel papier.' }),
      () => [['quotes[1].role', 'errors.quoteRole']],
    ],
    [
      'an empty quote',
      (j) => (j.quotes = [createQuote()]),
      () => [
        ['quotes[0].text', 'errors.quoteText'],
        ['quotes[0].role', 'errors.quoteRole'],
      ],
    ],
    [
      'an empty figure',
      (j) => Object.assign(j.figures[0]!, { label: ' ', value: '' }),
      () => [
        ['figures[0].label', 'errors.figureLabel'],
        ['figures[0].value', 'errors.figureValue'],
      ],
    ],
    ['a figure without unit', (j) => (j.figures[0]!.unit = ''), none],
    [
      'an image without alt text',
      (j) => j.images.push(createImage({ dataUrl: PNG, width: 1, height: 1, caption: 'Wachtzaal' })),
      () => [['images[0].alt', 'errors.imageAlt']],
    ],
  ],
}

describe('stepRules', () => {
  describe.each(Object.entries(TABLES) as [StepId, Row[]][])('%s', (step, rows) => {
    it.each(rows)('%s', (_name, change, expected) => {
      const journey = edited(makeJourney(), change)
      expect(issues(step, journey)).toEqual(expected(journey))
    })
  })

  it('judges a step by the context it was opened with, not by the rest of the journey as it is now', () => {
    const journey = makeJourney()
    const ctx = stepContext(journey)
    const later = edited(journey, (j) => j.phases.push(createPhase('Nazorg')))

    expect(stepIssues('activities', pickStep(later, 'activities'), ctx)).toEqual([])
    expect(issues('activities', later)).toHaveLength(1)
  })
})
