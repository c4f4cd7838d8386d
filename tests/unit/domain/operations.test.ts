import { describe, expect, it } from 'vitest'
import {
  activeLanes,
  citizenLane,
  createImage,
  createLane,
  insightsOfMoments,
  journeySchema,
  laneDependants,
  momentsWithActivity,
  phaseDependants,
  pruneReferences,
  type Journey,
} from '@/domain'
import { ahaMomentOf, makeJourney } from '../../fixtures/makeJourney'
import { deepFreeze } from '../../fixtures/versions/load'
import { currentJourney, edited, PNG } from './support'

/**
 * The complete journey with an image in the second phase (so all three phase-bound lists are filled) and the
 * provider's step of that phase placed beside the citizen's.
 */
function fullJourney(): Journey {
  const journey = makeJourney()
  const phaseId = journey.phases[1]!.id
  journey.images.push(createImage({ dataUrl: PNG, width: 4, height: 3, alt: 'Wachtzaal', phaseId }))
  journey.activities[3]!.besideId = journey.activities[2]!.id
  return deepFreeze(journey)
}

const removeMoment = (j: Journey, id: string) =>
  j.activities.forEach((a) => (a.moments = a.moments.filter((m) => m.id !== id)))

describe('operations', () => {
  describe('pruneReferences', () => {
    it('returns the very same document when nothing dangles', () => {
      const journey = fullJourney()
      expect(pruneReferences(journey)).toBe(journey)
      expect(pruneReferences(currentJourney())).toEqual(currentJourney())
    })

    it('drops the activities of a removed phase, the insights of their moments and unties the rest', () => {
      const journey = fullJourney()
      const [orientation, , pickUp] = journey.phases
      const next = pruneReferences({ ...journey, phases: [orientation!, pickUp!] })

      expect(next.activities.map((a) => a.phaseId)).toEqual([orientation!.id, orientation!.id, pickUp!.id])
      // the need of the first moment stays; the need and opportunity of the aha-moment went with it
      expect(next.insights.map((s) => s.text)).toEqual(['De brief begrijpen zonder hulp'])
      expect(next.aha.improvements.map((p) => p.momentId)).toEqual([
        null,
        journey.aha.improvements[1]!.momentId,
      ])
      expect(next.aha.strengths.map((s) => s.momentId)).toEqual([null])
      expect(journeySchema.safeParse(next).error?.issues ?? []).toEqual([])
    })

    it.each(['figures', 'quotes', 'images'] as const)(
      'keeps the %s of a removed phase, without phase',
      (list) => {
        const journey = fullJourney()
        const removed = journey.phases[1]!.id
        expect(journey[list].every((item) => item.phaseId === removed)).toBe(true)

        const next = pruneReferences({ ...journey, phases: journey.phases.filter((p) => p.id !== removed) })

        expect(next[list].map((item) => item.id)).toEqual(journey[list].map((item) => item.id))
        expect(next[list].every((item) => item.phaseId === null)).toBe(true)
      },
    )

    it('keeps the phase of items whose phase still exists', () => {
      const journey = fullJourney()
      const next = pruneReferences({ ...journey, phases: journey.phases.filter((_, i) => i !== 0) })
      expect(next.quotes[0]?.phaseId).toBe(journey.phases[1]?.id)
      expect(next.quotes).toBe(journey.quotes)
    })

    it('drops the activities of a removed lane and nothing else', () => {
      const journey = fullJourney()
      const provider = journey.lanes[1]!
      const next = pruneReferences({ ...journey, lanes: journey.lanes.filter((l) => l.id !== provider.id) })

      expect(next.activities.map((a) => a.laneId)).toEqual(Array(3).fill(journey.lanes[0]!.id))
      expect(next.insights).toBe(journey.insights)
      expect(next.aha).toBe(journey.aha)
    })

    it('unties a step placed beside a citizen step that was removed, and keeps the step', () => {
      const journey = fullJourney()
      const citizenStep = journey.activities[2]!
      const next = pruneReferences({
        ...journey,
        activities: journey.activities.filter((a) => a !== citizenStep),
      })

      expect(next.activities.find((a) => a.id === journey.activities[3]!.id)?.besideId).toBeNull()
      expect(next.activities).toHaveLength(4)
    })

    it('drops the insights of a removed moment and unties the aha-points at it', () => {
      const journey = fullJourney()
      const aha = ahaMomentOf(journey)
      const next = pruneReferences(edited(journey, (j) => removeMoment(j, aha.id)))

      expect(next.insights.map((s) => s.momentId)).toEqual([journey.insights[2]!.momentId])
      expect(next.aha.improvements[0]).toEqual({ ...journey.aha.improvements[0], momentId: null })
      expect(next.aha.improvements[1]).toEqual(journey.aha.improvements[1])
      expect(next.aha.strengths[0]?.momentId).toBeNull()
      expect(next.activities).toHaveLength(5)
    })

    it('unties an insight from a point to improve that was removed, and keeps the insight', () => {
      const journey = edited(fullJourney(), (j) => (j.insights[0]!.improvementId = j.aha.improvements[0]!.id))
      const next = pruneReferences({
        ...journey,
        aha: { ...journey.aha, improvements: journey.aha.improvements.slice(1) },
      })

      expect(next.insights[0]).toEqual({ ...journey.insights[0], improvementId: null })
      expect(next.insights).toHaveLength(3)
    })

    it('keeps the identity of every list nothing in it changed', () => {
      const journey = fullJourney()
      const next = pruneReferences({ ...journey, figures: [{ ...journey.figures[0]!, phaseId: 'gone' }] })

      expect(next.figures[0]?.phaseId).toBeNull()
      expect(next.activities).toBe(journey.activities)
      expect(next.insights).toBe(journey.insights)
      expect(next.quotes).toBe(journey.quotes)
      expect(next.images).toBe(journey.images)
      expect(next.aha).toBe(journey.aha)
    })

    it('never changes the journey it is given', () => {
      const journey = fullJourney()
      expect(() =>
        pruneReferences({ ...journey, phases: [], lanes: journey.lanes.slice(0, 1) }),
      ).not.toThrow()
    })
  })

  describe('dependants', () => {
    it('counts what would go with a phase, a lane or moments', () => {
      const journey = makeJourney()
      expect(phaseDependants(journey, journey.phases[0]!.id)).toBe(2)
      expect(phaseDependants(journey, 'gone')).toBe(0)
      expect(laneDependants(journey, journey.lanes[0]!.id)).toBe(3)
      expect(insightsOfMoments(journey, [ahaMomentOf(journey).id])).toBe(2)
      expect(
        insightsOfMoments(
          journey,
          journey.activities.flatMap((a) => a.moments.map((m) => m.id)),
        ),
      ).toBe(3)
      expect(insightsOfMoments(journey, [])).toBe(0)
    })
  })

  describe('activeLanes and citizenLane', () => {
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

    it('finds the citizen lane wherever it is, or nothing', () => {
      const citizen = createLane('citizen')
      expect(citizenLane({ lanes: [createLane('provider'), citizen] })).toBe(citizen)
      expect(citizenLane({ lanes: [createLane('user', 'X')] })).toBeUndefined()
    })
  })

  describe('momentsWithActivity', () => {
    it('lists every moment with its activity, in document order', () => {
      const journey = makeJourney()
      expect(
        momentsWithActivity(journey.activities).map(({ moment, activity }) => [moment.text, activity.title]),
      ).toEqual([
        ['De brief zegt precies wat ik moet meebrengen', 'Leest de oproepingsbrief van de gemeente'],
        ['Lang wachten ondanks een afspraak', 'Maakt een afspraak en gaat naar het loket'],
        ['Binnen vijf minuten buiten met de nieuwe kaart', 'Haalt de kaart op met de PIN-brief'],
      ])
      expect(momentsWithActivity([])).toEqual([])
    })
  })
})
