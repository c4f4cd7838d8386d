import { describe, expect, it } from 'vitest'
import { createImage, createLane, journeySchema, SCHEMA_VERSION, type Journey } from '@/domain'
import { makeEmptyJourney, makeJourney } from '../../fixtures/makeJourney'

/** The issues of a failed parse as `path: message` lines, so a test can name the rule that fired. */
function issuesOf(data: unknown): string[] {
  const result = journeySchema.safeParse(data)
  if (result.success) return []
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

describe('journeySchema', () => {
  it('accepts a complete journey unchanged', () => {
    const journey = makeJourney()
    const result = journeySchema.safeParse(journey)
    expect(result.success).toBe(true)
    expect(result.data).toEqual(journey)
  })

  it('accepts a new, empty journey', () => {
    expect(journeySchema.safeParse(makeEmptyJourney()).success).toBe(true)
  })

  it('fills the defaults an older or hand-made document lacks', () => {
    const journey = makeJourney()
    const raw: Record<string, unknown> = { ...journey }
    for (const key of ['figures', 'quotes', 'images', 'insights', 'lastStepId', 'central', 'phases'])
      delete raw[key]
    // Without phases the activities would point nowhere; an empty document keeps only what it must.
    raw.activities = []

    const parsed = journeySchema.parse(raw)

    expect(parsed.figures).toEqual([])
    expect(parsed.quotes).toEqual([])
    expect(parsed.images).toEqual([])
    expect(parsed.insights).toEqual([])
    expect(parsed.phases).toEqual([])
    expect(parsed.lastStepId).toBe('goal')
    expect(parsed.central).toEqual({ mode: 'personas', personas: [], generalNote: '' })
    expect(parsed.title).toBe(journey.title)
  })

  it('fills the defaults of a moment and a lane', () => {
    const journey = makeJourney()
    const activity = journey.activities[0]!
    const raw = {
      ...journey,
      lanes: journey.lanes.map(({ id, kind }) => ({ id, kind })),
      activities: [{ ...activity, moments: [{ id: 'm1', kind: 'negative' }] }],
      insights: [],
    }

    const parsed = journeySchema.parse(raw)

    expect(parsed.lanes.every((l) => l.enabled && l.name === '')).toBe(true)
    expect(parsed.activities[0]?.moments[0]).toEqual({
      id: 'm1',
      kind: 'negative',
      text: '',
      emotion: 0,
      aha: false,
      improvements: ['', ''],
      strengths: [],
    })
  })

  it.each<[string, (j: Journey) => unknown, string]>([
    ['a newer schema version', (j) => ({ ...j, schemaVersion: SCHEMA_VERSION + 1 }), 'schemaVersion'],
    [
      'an unknown channel',
      (j) => {
        const a = j.activities[0]!
        return { ...j, activities: [{ ...a, touchpoints: [{ ...a.touchpoints[0], channel: 'fax' }] }] }
      },
      'activities.0.touchpoints.0.channel',
    ],
    [
      'an emotion of 3',
      (j) => {
        const a = j.activities[0]!
        return { ...j, activities: [{ ...a, moments: [{ ...a.moments[0], emotion: 3 }] }], insights: [] }
      },
      'activities.0.moments.0.emotion',
    ],
    ['a creation date that is not ISO', (j) => ({ ...j, createdAt: '4 maart 2024' }), 'createdAt'],
    ['no lanes at all', (j) => ({ ...j, lanes: [], activities: [], insights: [] }), 'lanes'],
  ])('rejects %s', (_name, mutate, path) => {
    const issues = issuesOf(mutate(makeJourney()))
    expect(issues.some((i) => i.startsWith(`${path}:`))).toBe(true)
  })

  it.each<[string, (j: Journey) => Journey, string]>([
    [
      'an activity pointing at a missing phase',
      (j) => ({ ...j, activities: j.activities.map((a, i) => (i === 1 ? { ...a, phaseId: 'gone' } : a)) }),
      'activities.1.phaseId: errors.integrity.phase',
    ],
    [
      'an activity pointing at a missing lane',
      (j) => ({ ...j, activities: j.activities.map((a, i) => (i === 1 ? { ...a, laneId: 'gone' } : a)) }),
      'activities.1.laneId: errors.integrity.lane',
    ],
    [
      'an insight pointing at a missing moment',
      (j) => ({ ...j, insights: j.insights.map((s, i) => (i === 1 ? { ...s, momentId: 'gone' } : s)) }),
      'insights.1.momentId: errors.integrity.moment',
    ],
    [
      'two citizen lanes',
      (j) => ({ ...j, lanes: [...j.lanes, createLane('citizen', 'Partner')] }),
      'lanes: errors.integrity.citizenLane',
    ],
    [
      'no citizen lane',
      (j) => ({ ...j, lanes: j.lanes.filter((l) => l.kind !== 'citizen'), activities: [], insights: [] }),
      'lanes: errors.integrity.citizenLane',
    ],
    [
      'two provider lanes',
      (j) => ({ ...j, lanes: [...j.lanes, createLane('provider', 'OCMW')] }),
      'lanes: errors.integrity.providerLane',
    ],
    [
      'a quote in a missing phase',
      (j) => ({ ...j, quotes: j.quotes.map((q) => ({ ...q, phaseId: 'gone' })) }),
      'quotes.0.phaseId: errors.integrity.phase',
    ],
  ])('rejects %s (integrity)', (_name, mutate, issue) => {
    expect(issuesOf(mutate(makeJourney()))).toEqual([issue])
  })

  it('accepts extra lanes for other users next to the citizen and provider lanes', () => {
    const journey = makeJourney()
    journey.lanes.push(createLane('user', 'Mantelzorger'), createLane('user', 'Huisarts'))
    expect(issuesOf(journey)).toEqual([])
  })

  describe('image dataUrl', () => {
    const withImage = (dataUrl: string) =>
      makeJourney({ images: [createImage({ dataUrl, width: 1, height: 1, alt: 'Wachtzaal' })] })

    it.each([PNG, 'data:image/jpeg;base64,/9j/4AAQSkZJRg==', 'data:image/webp;base64,UklGRg=='])(
      'accepts the data URL %s',
      (dataUrl) => {
        expect(issuesOf(withImage(dataUrl))).toEqual([])
      },
    )

    it.each([
      'https://example.org/x.png',
      'javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'data:image/svg+xml;base64,PHN2Zz4=',
      `${PNG}"><script>`,
    ])('rejects %s', (dataUrl) => {
      expect(issuesOf(withImage(dataUrl))).toEqual([expect.stringMatching(/^images\.0\.dataUrl: /)])
    })
  })
})
