import { describe, expect, it } from 'vitest'
import { journeySchema, STEP_IDS, stepStatus, type Journey } from '@/domain'
import { exampleJourney } from '@/examples/exampleJourney'

const NOW = new Date('2024-05-13T08:30:00.000Z')
const ID_KEYS = new Set(['id', 'phaseId', 'laneId', 'momentId'])

/** Every id the document holds or points at, in document order. */
function idsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => idsOf(v, out))
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (ID_KEYS.has(key) && typeof v === 'string') out.push(v)
      else idsOf(v, out)
    }
  return out
}

/** The document with each id replaced by the order it first appears in: equal content, whatever the ids. */
function withoutIds(journey: Journey): unknown {
  const numbers = new Map<string, string>()
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk)
    if (!value || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => {
        if (!ID_KEYS.has(key) || typeof v !== 'string') return [key, walk(v)]
        if (!numbers.has(v)) numbers.set(v, `#${numbers.size}`)
        return [key, numbers.get(v)]
      }),
    )
  }
  return walk(journey)
}

const moments = (journey: Journey) => journey.activities.flatMap((a) => a.moments)

describe('exampleJourney', () => {
  it('is a valid journey document, unchanged by parsing', () => {
    const journey = exampleJourney(NOW)
    const result = journeySchema.safeParse(journey)
    expect(result.success ? [] : result.error.issues).toEqual([])
    expect(result.data).toEqual(journey)
    expect(journey.createdAt).toBe(NOW.toISOString())
    expect(journey.updatedAt).toBe(NOW.toISOString())
  })

  it('says it is the example once the schema records where a journey came from', () => {
    const journey = exampleJourney(NOW)
    if ('origin' in journey) expect(journey).toMatchObject({ origin: { kind: 'example' } })
  })

  it('completes every step, the optional extra step included', () => {
    const journey = exampleJourney(new Date())
    for (const step of STEP_IDS) expect([step, stepStatus(journey, step)]).toEqual([step, 'complete'])
  })

  it('is a fresh copy each time: new ids, the same content', () => {
    const a = exampleJourney(NOW)
    const b = exampleJourney(NOW)
    const idsA = new Set(idsOf(a))
    expect(idsOf(b).filter((id) => idsA.has(id))).toEqual([])
    expect(withoutIds(a)).toEqual(withoutIds(b))
    // Changing one copy leaves the next untouched.
    a.phases[0]!.name = 'Gewijzigd'
    expect(exampleJourney(NOW).phases[0]!.name).not.toBe('Gewijzigd')
  })

  it('follows the method: two personas, both lanes, six phases, citizen activities with moments', () => {
    const journey = exampleJourney(NOW)
    expect(journey.central.mode).toBe('personas')
    expect(journey.central.personas).toHaveLength(2)
    expect(journey.lanes.map((l) => [l.kind, l.enabled])).toEqual([
      ['citizen', true],
      ['provider', true],
    ])
    expect(journey.phases).toHaveLength(6)
    const [citizen, provider] = journey.lanes
    for (const phase of journey.phases) {
      const inPhase = journey.activities.filter((a) => a.phaseId === phase.id)
      const own = inPhase.filter((a) => a.laneId === citizen!.id)
      expect(own.length).toBeGreaterThanOrEqual(1)
      expect(own.length).toBeLessThanOrEqual(2)
      expect(inPhase.filter((a) => a.laneId === provider!.id)).toHaveLength(1)
      for (const a of own) expect(a.moments.length).toBeGreaterThan(0)
    }
    for (const a of journey.activities) expect(a.description.trim()).not.toBe('')
  })

  it('uses at least six channels, both digital and physical', () => {
    const touchpoints = exampleJourney(NOW).activities.flatMap((a) => a.touchpoints)
    expect(new Set(touchpoints.map((t) => t.channel)).size).toBeGreaterThanOrEqual(6)
    expect(new Set(touchpoints.map((t) => t.mode))).toEqual(new Set(['digital', 'physical']))
  })

  it('has two aha-moments, each with two improvements, strong points and insights', () => {
    const journey = exampleJourney(NOW)
    const aha = moments(journey).filter((m) => m.aha)
    expect(aha).toHaveLength(2)
    for (const m of aha) {
      expect(m.improvements.every((s) => s.trim() !== '')).toBe(true)
      expect(m.strengths.length).toBeGreaterThanOrEqual(1)
      const kinds = journey.insights.filter((s) => s.momentId === m.id).map((s) => s.kind)
      expect(kinds).toContain('need')
      expect(kinds).toContain('opportunity')
    }
    const count = (kind: string) => journey.insights.filter((s) => s.kind === kind).length
    expect(count('need')).toBeGreaterThanOrEqual(4)
    expect(count('opportunity')).toBeGreaterThanOrEqual(4)
  })

  it('has an emotion curve that goes down and up again', () => {
    const scores = moments(exampleJourney(NOW)).map((m) => m.emotion)
    expect(Math.min(...scores)).toBe(-2)
    expect(Math.max(...scores)).toBe(2)
  })

  it('gives figures with units and phases, and quotes by a role', () => {
    const journey = exampleJourney(NOW)
    expect(journey.figures).toHaveLength(3)
    for (const f of journey.figures) {
      expect(f.unit.trim()).not.toBe('')
      expect(f.phaseId).not.toBeNull()
    }
    expect(journey.quotes).toHaveLength(2)
    for (const q of journey.quotes) {
      expect(q.role.trim()).not.toBe('')
      expect(q.text).toMatch(/^“.+”$/)
    }
    expect(journey.images).toEqual([])
  })
})
