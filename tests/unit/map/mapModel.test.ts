import { describe, expect, it } from 'vitest'
import { createActivity, createInsight, createMoment, createPhase } from '@/domain'
import { buildMapModel, emotionPoints } from '@/map/mapModel'
import { makeJourney } from '../../fixtures/makeJourney'

function twoPhaseJourney() {
  const journey = makeJourney({ activities: [], insights: [], figures: [], quotes: [], images: [] })
  journey.phases = [createPhase('Oriëntatie'), createPhase('Aanvraag')]
  const [citizen, provider] = journey.lanes
  const [p1, p2] = journey.phases
  const a = createActivity(p1!.id, citizen!.id)
  const b = createActivity(p2!.id, provider!.id)
  const c = createActivity(p2!.id, citizen!.id)
  a.moments = [
    { ...createMoment('positive'), emotion: 2 },
    { ...createMoment('negative'), emotion: -1 },
  ]
  b.moments = [createMoment('negative')]
  c.moments = [{ ...createMoment('negative'), emotion: -2 }]
  journey.activities = [b, c, a]
  return { journey, a, b, c }
}

describe('buildMapModel', () => {
  it('numbers moments in reading order: phase by phase, lane by lane', () => {
    const { journey, a, b } = twoPhaseJourney()
    const model = buildMapModel(journey)
    const refs = model.phases.flatMap((p) =>
      Object.values(p.cells).flatMap((l) => l.flatMap((x) => x.moments.map((m) => m.ref))),
    )
    expect(refs).toEqual(['M1', 'M2', 'M3', 'M4'])
    expect(model.phases[0]!.cells[journey.lanes[0]!.id]![0]!.id).toBe(a.id)
    // Phase 2: the citizen's activity comes before the provider's, whatever the array order.
    expect(model.phases[1]!.cells[journey.lanes[0]!.id]![0]!.moments[0]!.ref).toBe('M3')
    expect(model.phases[1]!.cells[journey.lanes[1]!.id]![0]!.id).toBe(b.id)
  })

  it('puts needs and opportunities in the phase of their moment, numbered per kind, pointing back', () => {
    const { journey, a, c } = twoPhaseJourney()
    journey.insights = [
      createInsight('opportunity', c.moments[0]!.id),
      createInsight('need', a.moments[1]!.id),
      createInsight('need', c.moments[0]!.id),
    ]
    const model = buildMapModel(journey)
    expect(model.phases[0]!.insights.map((s) => [s.ref, s.momentRef])).toEqual([['N1', 'M2']])
    expect(model.phases[1]!.insights.map((s) => [s.ref, s.momentRef])).toEqual([
      ['K1', 'M3'],
      ['N2', 'M3'],
    ])
  })

  it('hides a switched-off provider lane and its activities', () => {
    const { journey } = twoPhaseJourney()
    journey.lanes[1]!.enabled = false
    const model = buildMapModel(journey)
    expect(model.lanes.map((l) => l.kind)).toEqual(['citizen'])
    expect(Object.keys(model.phases[1]!.cells)).toEqual([journey.lanes[0]!.id])
  })

  it('gives the curve the mean emotion of each citizen activity that has moments', () => {
    const { journey, a } = twoPhaseJourney()
    const model = buildMapModel(journey)
    const points = emotionPoints(model.phases[0]!, journey.lanes[0]!.id)
    expect(points.map((p) => [p.activity.id, p.emotion])).toEqual([[a.id, 0.5]])
  })

  it('keeps phase-less figures and quotes apart from those of a phase', () => {
    const journey = makeJourney()
    const model = buildMapModel(journey)
    const inPhases = model.phases.reduce((n, p) => n + p.figures.length + p.quotes.length, 0)
    expect(inPhases + model.general.figures.length + model.general.quotes.length).toBe(
      journey.figures.length + journey.quotes.length,
    )
  })
})
