import { describe, expect, it } from 'vitest'
import {
  buildMapModel,
  compareCurves,
  createActivity,
  createMoment,
  createPhase,
  desiredCopy,
  journeyDifference,
  type CurveComparison,
  type Journey,
  type JourneyDifference,
} from '@/domain'
import { makeJourney } from '../../fixtures/makeJourney'
import { deepFreeze } from '../../fixtures/versions/load'
import { edited, NOW } from './support'

/**
 * The identity-card journey on the map: columns 0 and 2 are the provider's steps (no moments), column 1 the
 * letter (+1), column 3 the counter (−2), column 4 the pick-up (+2); only the citizen lane has a curve.
 */
const current = deepFreeze(makeJourney())
const citizen = current.lanes[0]!.id
const desired = deepFreeze(desiredCopy(current, { now: NOW, title: 'Gewenst', workedIn: (t) => t }).desired)
/** The desired journey with `change` made to it. */
const desiredWith = (change: (j: Journey) => void) => deepFreeze(edited(desired, change))

describe('compareCurves: the other journey’s curve over this map', () => {
  const model = buildMapModel(current)

  /** A row: the other journey, and its points per column of this map plus how many steps only it has. */
  type Row = [string, () => Journey, { column: number; emotion: number }[], number]
  const ROWS: Row[] = [
    [
      'the desired copy as made: the same curve',
      () => desired,
      [
        { column: 1, emotion: 1 },
        { column: 3, emotion: -2 },
        { column: 4, emotion: 2 },
      ],
      0,
    ],
    [
      'the counter felt better in the desired journey',
      () => desiredWith((j) => void (j.activities[2]!.moments[0]!.emotion = 1)),
      [
        { column: 1, emotion: 1 },
        { column: 3, emotion: 1 },
        { column: 4, emotion: 2 },
      ],
      0,
    ],
    [
      'two moments at one step: their average',
      () => desiredWith((j) => void j.activities[2]!.moments.push(createMoment(1))),
      [
        { column: 1, emotion: 1 },
        { column: 3, emotion: -0.5 },
        { column: 4, emotion: 2 },
      ],
      0,
    ],
    [
      'a moment at a provider step there, whose lane has no curve here: not drawn',
      () => desiredWith((j) => void j.activities[1]!.moments.push(createMoment(-1))),
      [
        { column: 1, emotion: 1 },
        { column: 3, emotion: -2 },
        { column: 4, emotion: 2 },
      ],
      0,
    ],
    [
      'a step without moments there: no point in its column',
      () => desiredWith((j) => void (j.activities[4]!.moments = [])),
      [
        { column: 1, emotion: 1 },
        { column: 3, emotion: -2 },
      ],
      0,
    ],
    [
      'a step removed there: no point, and nothing counted',
      () => desiredWith((j) => void j.activities.splice(0, 1)),
      [
        { column: 3, emotion: -2 },
        { column: 4, emotion: 2 },
      ],
      0,
    ],
    [
      'steps added there: counted, not guessed at',
      () =>
        desiredWith((j) => {
          const extra = { ...createActivity(j.phases[1]!.id, citizen), title: 'Krijgt een sms' }
          j.activities.push({ ...extra, moments: [createMoment(2)] })
          j.activities.push({ ...createActivity(j.phases[2]!.id, citizen), title: 'Activeert online' })
        }),
      [
        { column: 1, emotion: 1 },
        { column: 3, emotion: -2 },
        { column: 4, emotion: 2 },
      ],
      2,
    ],
    ['another journey altogether: no curve, every step only there', () => makeJourney(), [], 5],
  ]

  it.each(ROWS)('%s', (_name, other, points, onlyThere) => {
    const o = other()
    const comparison = compareCurves(model, o, 'desired')
    const expected: CurveComparison = {
      kind: 'desired',
      title: o.title,
      curves: points.length ? [{ laneId: citizen, points }] : [],
      onlyThere,
    }
    expect(comparison).toEqual(expected)
  })

  it('compares the desired map with the current one the same way round', () => {
    const better = desiredWith((j) => void (j.activities[2]!.moments[0]!.emotion = 2))
    const comparison = compareCurves(buildMapModel(better), current, 'current')
    expect(comparison.kind).toBe('current')
    expect(comparison.title).toBe(current.title)
    expect(comparison.curves).toEqual([
      {
        laneId: citizen,
        points: [
          { column: 1, emotion: 1 },
          { column: 3, emotion: -2 },
          { column: 4, emotion: 2 },
        ],
      },
    ])
  })

  it('draws a curve for each lane that has one here', () => {
    const both = deepFreeze(edited(current, (j) => void j.activities[3]!.moments.push(createMoment(-1))))
    const there = deepFreeze(edited(both, (j) => void (j.activities[3]!.moments[0]!.emotion = 1)))
    const comparison = compareCurves(buildMapModel(both), there, 'desired')
    expect(comparison.curves.map((c) => c.laneId)).toEqual([citizen, current.lanes[1]!.id])
    expect(comparison.curves[1]!.points).toEqual([{ column: 2, emotion: 1 }])
  })
})

describe('journeyDifference: how the desired journey should feel against today', () => {
  const [orientation, application, pickUp] = current.phases.map((p) => p.id) as [string, string, string]

  type Row = [string, () => [Journey, Journey], JourneyDifference]
  const ROWS: Row[] = [
    [
      'the copy as made: no difference',
      () => [current, desired],
      {
        phases: [
          { id: orientation, name: 'Oriëntatie', current: 1, desired: 1 },
          { id: application, name: 'Aanvraag aan het loket', current: -2, desired: -2 },
          { id: pickUp, name: 'Afhaling', current: 2, desired: 2 },
        ],
        negative: { current: 1, desired: 1 },
        average: { current: 1 / 3, desired: 1 / 3 },
      },
    ],
    [
      'the counter made better, with a second moment',
      () => [
        current,
        desiredWith((j) => {
          j.activities[2]!.moments[0]!.emotion = 1
          j.activities[3]!.moments.push(createMoment(-1))
        }),
      ],
      {
        phases: [
          { id: orientation, name: 'Oriëntatie', current: 1, desired: 1 },
          { id: application, name: 'Aanvraag aan het loket', current: -2, desired: 0 },
          { id: pickUp, name: 'Afhaling', current: 2, desired: 2 },
        ],
        negative: { current: 1, desired: 1 },
        average: { current: 1 / 3, desired: 3 / 4 },
      },
    ],
    [
      'a phase only in the desired journey, and one renamed there (today’s name is shown)',
      () => [
        current,
        desiredWith((j) => {
          const online = createPhase('Online activeren')
          j.phases.push(online)
          j.activities.push({ ...createActivity(online.id, citizen), moments: [createMoment(2)] })
          j.phases[0]!.name = 'Vooraf'
        }),
      ],
      {
        phases: [
          { id: orientation, name: 'Oriëntatie', current: 1, desired: 1 },
          { id: application, name: 'Aanvraag aan het loket', current: -2, desired: -2 },
          { id: pickUp, name: 'Afhaling', current: 2, desired: 2 },
          { id: expect.any(String) as string, name: 'Online activeren', current: null, desired: 2 },
        ],
        negative: { current: 1, desired: 1 },
        average: { current: 1 / 3, desired: 3 / 4 },
      },
    ],
    [
      'a phase without moments: no average',
      () => [current, desiredWith((j) => void (j.activities[4]!.moments = []))],
      {
        phases: [
          { id: orientation, name: 'Oriëntatie', current: 1, desired: 1 },
          { id: application, name: 'Aanvraag aan het loket', current: -2, desired: -2 },
          { id: pickUp, name: 'Afhaling', current: 2, desired: null },
        ],
        negative: { current: 1, desired: 1 },
        average: { current: 1 / 3, desired: -1 / 2 },
      },
    ],
    [
      'no moments at all',
      () => {
        const none = edited(current, (j) => j.activities.forEach((a) => (a.moments = [])))
        return [none, none]
      },
      {
        phases: [
          { id: orientation, name: 'Oriëntatie', current: null, desired: null },
          { id: application, name: 'Aanvraag aan het loket', current: null, desired: null },
          { id: pickUp, name: 'Afhaling', current: null, desired: null },
        ],
        negative: { current: 0, desired: 0 },
        average: { current: null, desired: null },
      },
    ],
  ]

  it.each(ROWS)('%s', (_name, pair, difference) => {
    const [today, wanted] = pair()
    expect(journeyDifference(today, wanted)).toEqual(difference)
  })
})
