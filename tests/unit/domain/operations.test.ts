import { describe, expect, it } from 'vitest'
import {
  activeLanes,
  activityEmotion,
  createActivity,
  createImage,
  createLane,
  createMoment,
  insightsOfMoments,
  journeySchema,
  laneDependants,
  phaseDependants,
  pruneReferences,
  type Journey,
} from '@/domain'
import { ahaMomentOf, makeJourney } from '../../fixtures/makeJourney'

const PNG = 'data:image/png;base64,iVBORw0KGgo='

/** The complete journey with an image in the second phase, so all three phase-bound lists are filled. */
function journeyWithImage(): Journey {
  const journey = makeJourney()
  const phaseId = journey.phases[1]!.id
  journey.images.push(createImage({ dataUrl: PNG, width: 4, height: 3, alt: 'Wachtzaal', phaseId }))
  return journey
}

describe('pruneReferences', () => {
  it('drops the activities of a removed phase and the insights of their moments', () => {
    const journey = journeyWithImage()
    const [orientation, application, pickUp] = journey.phases
    journey.phases = [orientation!, pickUp!]

    pruneReferences(journey)

    expect(journey.activities.some((a) => a.phaseId === application!.id)).toBe(false)
    expect(journey.activities).toHaveLength(3)
    expect(journey.insights).toEqual([])
    expect(journeySchema.safeParse(journey).success).toBe(true)
  })

  it.each(['figures', 'quotes', 'images'] as const)(
    'keeps the %s of a removed phase, without phase',
    (list) => {
      const journey = journeyWithImage()
      const removed = journey.phases[1]!.id
      const before = journey[list].map((item) => item.id)
      expect(journey[list].every((item) => item.phaseId === removed)).toBe(true)

      journey.phases = journey.phases.filter((p) => p.id !== removed)
      pruneReferences(journey)

      expect(journey[list].map((item) => item.id)).toEqual(before)
      expect(journey[list].every((item) => item.phaseId === null)).toBe(true)
    },
  )

  it('leaves the lists themselves alone when nothing points at something gone', () => {
    // A new array would make every reader of the list (the stepper, the map) recompute on each keystroke.
    const journey = journeyWithImage()
    const { activities, insights } = journey

    pruneReferences(journey)

    expect(journey.activities).toBe(activities)
    expect(journey.insights).toBe(insights)
  })

  it('keeps the phase of items whose phase still exists', () => {
    const journey = journeyWithImage()
    journey.phases = journey.phases.filter((_, i) => i !== 0)
    pruneReferences(journey)
    expect(journey.quotes[0]?.phaseId).toBe(journey.phases[0]?.id)
  })

  it('drops the activities of a removed lane and nothing else', () => {
    const journey = makeJourney()
    const provider = journey.lanes[1]!
    journey.lanes = journey.lanes.filter((l) => l.id !== provider.id)

    pruneReferences(journey)

    expect(journey.activities.map((a) => a.laneId)).toEqual(Array(3).fill(journey.lanes[0]!.id))
    expect(journey.insights).toHaveLength(2)
  })

  it('drops the insights of a removed moment', () => {
    const journey = makeJourney()
    const aha = ahaMomentOf(journey)
    for (const a of journey.activities) a.moments = a.moments.filter((m) => m.id !== aha.id)

    pruneReferences(journey)

    expect(journey.insights).toEqual([])
    expect(journey.activities).toHaveLength(5)
  })

  it('changes nothing in a journey whose references hold', () => {
    const journey = journeyWithImage()
    const before = structuredClone(journey)
    pruneReferences(journey)
    expect(journey).toEqual(before)
  })
})

describe('dependants', () => {
  it('counts what would go with a phase, a lane or moments', () => {
    const journey = makeJourney()
    expect(phaseDependants(journey, journey.phases[0]!.id)).toBe(2)
    expect(laneDependants(journey, journey.lanes[0]!.id)).toBe(3)
    expect(insightsOfMoments(journey, [ahaMomentOf(journey).id])).toBe(2)
    expect(insightsOfMoments(journey, [])).toBe(0)
  })
})

describe('activityEmotion', () => {
  const withEmotions = (...scores: number[]) => ({
    ...createActivity('p', 'l'),
    moments: scores.map((emotion) => ({ ...createMoment('positive'), emotion })),
  })

  it.each<[number[], number | null]>([
    [[], null],
    [[2], 2],
    [[-2], -2],
    [[0], 0],
    [[2, -1], 0.5],
    [[-2, -1, 0], -1],
    [[1, 2, 2], 5 / 3],
  ])('of moments %j is %s', (scores, expected) => {
    expect(activityEmotion(withEmotions(...scores))).toBe(expected)
  })
})

describe('activeLanes', () => {
  const kinds = (journey: Pick<Journey, 'lanes'>) => activeLanes(journey).map((l) => l.kind)

  it('shows all enabled lanes in order', () => {
    const journey = makeJourney()
    journey.lanes.push(createLane('user', 'Mantelzorger'))
    expect(kinds(journey)).toEqual(['citizen', 'provider', 'user'])
  })

  it('hides a switched-off provider lane', () => {
    const journey = makeJourney()
    journey.lanes[1]!.enabled = false
    expect(kinds(journey)).toEqual(['citizen'])
  })

  it('hides a switched-off user lane', () => {
    const lanes = [createLane('citizen'), { ...createLane('user', 'Huisarts'), enabled: false }]
    expect(kinds({ lanes })).toEqual(['citizen'])
  })

  it('never hides the citizen lane', () => {
    const lanes = [
      { ...createLane('citizen'), enabled: false },
      { ...createLane('provider'), enabled: false },
    ]
    expect(kinds({ lanes })).toEqual(['citizen'])
  })
})
