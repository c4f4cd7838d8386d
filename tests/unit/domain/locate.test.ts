import { describe, expect, it } from 'vitest'
import { locatePath } from '@/domain'
import { ahaMomentOf, makeJourney } from '../../fixtures/makeJourney'

describe('locatePath', () => {
  const journey = makeJourney()
  const [orientation, application] = journey.phases
  const [citizen, provider] = journey.lanes
  const [ahaPoint, firstPoint] = journey.aha.improvements

  it.each([
    ['activities[1].title', { phaseId: orientation?.id, laneId: provider?.id }],
    ['activities[2].moments[0].text', { phaseId: application?.id, laneId: citizen?.id }],
    ['activities[0].touchpoints[0].label', { phaseId: orientation?.id, laneId: citizen?.id }],
    ['activities[3].handoff.to', { phaseId: application?.id, laneId: provider?.id }],
    ['insights[0].text', { phaseId: application?.id, laneId: citizen?.id }],
    ['insights[2].action.owner', { phaseId: orientation?.id, laneId: citizen?.id }],
    [`coverage.${application?.id}`, { phaseId: application?.id, laneId: citizen?.id }],
    [`coverage.${ahaMomentOf(journey).id}`, { phaseId: application?.id, laneId: citizen?.id }],
    // A point to improve without insight: the moment it is at.
    [`coverage.${ahaPoint?.id}`, { phaseId: application?.id, laneId: citizen?.id }],
    [`coverage.${firstPoint?.id}`, { phaseId: orientation?.id, laneId: citizen?.id }],
  ])('places %s in its phase and lane', (path, expected) => {
    expect(locatePath(journey, path)).toEqual(expected)
  })

  it.each([
    'activities[99].title',
    'insights[9].text',
    'coverage.need',
    'coverage.noPositiveMoment',
    'coverage.unknown-id',
    'aha.improvements[0].text',
    'title',
    'figures[0].label',
    '',
  ])('returns null for %j', (path) => {
    expect(locatePath(journey, path)).toBeNull()
  })

  it('returns null for a point to improve that is at no moment', () => {
    const unplaced = makeJourney()
    unplaced.aha.improvements[0]!.momentId = null
    expect(locatePath(unplaced, `coverage.${unplaced.aha.improvements[0]!.id}`)).toBeNull()
  })

  it('returns a null lane for phase coverage when there is no citizen lane', () => {
    const noCitizen = makeJourney()
    noCitizen.lanes = noCitizen.lanes.filter((l) => l.kind !== 'citizen')
    const phaseId = noCitizen.phases[0]?.id
    expect(locatePath(noCitizen, `coverage.${phaseId}`)).toEqual({ phaseId, laneId: null })
  })
})
