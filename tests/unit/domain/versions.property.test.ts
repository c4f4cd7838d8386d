import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  contentOf,
  createActivity,
  createMoment,
  createQuote,
  createStrength,
  currentVersion,
  EMOTION_SCORES,
  journeyAt,
  journeyObjectSchema,
  unpackAll,
  withVersion,
  type Content,
  type Journey,
} from '@/domain'
import { makeJourney } from '../../fixtures/makeJourney'
import { NOW } from './support'

/**
 * Versions are stored as changes against the version before. For any sequence of edits with versions saved
 * in between, unpacking gives back exactly what was saved at each version (packing loses nothing), also after
 * the journey went through storage (JSON and the schema), and the packed versions take less room than
 * whole copies would.
 */

type Edit =
  | { op: 'title' | 'goal' | 'note'; text: string }
  | { op: 'stepTitle' | 'removeStep' | 'addMoment' | 'emotion' | 'touchpoint'; at: number; text: string }
  | { op: 'addStep'; at: number; text: string }
  | { op: 'phaseName'; at: number; text: string }
  | { op: 'addQuote' | 'removeQuote' | 'addStrength'; text: string }
  | { op: 'version'; text: string }

const words = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('Łukasz Őrs', '😀 wacht', '<b>x</b>', 'regel\nregel', '"q"'),
)
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constantFrom('title', 'goal', 'note'), text: words }),
  fc.record({
    op: fc.constantFrom('stepTitle', 'removeStep', 'addMoment', 'emotion', 'touchpoint'),
    at: fc.nat(),
    text: words,
  }),
  fc.record({ op: fc.constant('addStep'), at: fc.nat(), text: words }),
  fc.record({ op: fc.constant('phaseName'), at: fc.nat(), text: words }),
  fc.record({ op: fc.constantFrom('addQuote', 'removeQuote', 'addStrength'), text: words }),
  // Versions are frequent, so most runs save several.
  fc.record({ op: fc.constant('version'), text: words }),
  fc.record({ op: fc.constant('version'), text: words }),
)

/** Applies one edit to a copy of the journey (a list index is taken modulo the list's length). */
function apply(journey: Journey, e: Edit, n: number): Journey {
  if (e.op === 'version') return withVersion(journey, e.text, new Date(NOW.getTime() + n * 60_000))
  const j = JSON.parse(JSON.stringify(journey)) as Journey
  const step = 'at' in e ? j.activities[e.at % Math.max(1, j.activities.length)] : undefined
  switch (e.op) {
    case 'title':
      j.title = e.text
      break
    case 'goal':
      j.goal = e.text
      break
    case 'note':
      j.central.generalNote = e.text
      break
    case 'stepTitle':
      if (step) step.title = e.text
      break
    case 'removeStep':
      if (step) j.activities = j.activities.filter((a) => a !== step)
      break
    case 'addMoment':
      step?.moments.push({ ...createMoment(EMOTION_SCORES[e.text.length % 4]!), text: e.text })
      break
    case 'emotion': {
      const moment = step?.moments[0]
      if (moment) moment.emotion = EMOTION_SCORES[(EMOTION_SCORES.indexOf(moment.emotion as -2) + 1) % 4]!
      break
    }
    case 'touchpoint': {
      const touchpoint = step?.touchpoints[0]
      if (touchpoint) touchpoint.label = e.text
      break
    }
    case 'addStep': {
      const phase = j.phases[e.at % j.phases.length]!
      j.activities.push({ ...createActivity(phase.id, j.lanes[e.at % 2]!.id), title: e.text })
      break
    }
    case 'phaseName':
      j.phases[e.at % j.phases.length]!.name = e.text
      break
    case 'addQuote':
      j.quotes.push({ ...createQuote(), text: e.text })
      break
    case 'removeQuote':
      j.quotes.shift()
      break
    case 'addStrength':
      j.aha.strengths.push({ ...createStrength(), text: e.text })
      break
  }
  return j
}

/** Runs the edits; returns the journey and the content as it was at each version saved. */
function run(edits: Edit[]): { journey: Journey; saved: Content[] } {
  let journey = makeJourney()
  const saved: Content[] = []
  edits.forEach((e, n) => {
    journey = apply(journey, e, n)
    // A deep copy: what was saved must not follow later edits.
    if (e.op === 'version') saved.push(JSON.parse(JSON.stringify(contentOf(journey))) as Content)
  })
  return { journey, saved }
}

const size = (value: unknown) => JSON.stringify(value).length

describe('versions: packing loses nothing', () => {
  const edits = fc.array(edit, { minLength: 1, maxLength: 40 })

  it('unpacks every version to the content saved at it', () => {
    fc.assert(
      fc.property(edits, (list) => {
        const { journey, saved } = run(list)
        expect(journey.versions).toHaveLength(saved.length)
        expect(unpackAll(journey.versions)).toEqual(saved)
        journey.versions.forEach((v, i) =>
          expect(journeyAt(journey, v.id)).toEqual({ ...journey, ...saved[i] }),
        )
      }),
      { numRuns: 150 },
    )
  })

  it('unpacks the same after the journey went through storage', () => {
    fc.assert(
      fc.property(edits, (list) => {
        const { journey, saved } = run(list)
        const stored = journeyObjectSchema.parse(JSON.parse(JSON.stringify(journey)))
        expect(unpackAll(stored.versions)).toEqual(saved)
        // Saved just now, or edited since: the stored copy says the same.
        const last = list[list.length - 1]!
        expect(currentVersion(stored)?.id ?? null).toBe(
          last.op === 'version'
            ? journey.versions[journey.versions.length - 1]!.id
            : (currentVersion(journey)?.id ?? null),
        )
      }),
      { numRuns: 100 },
    )
  })

  it('stores each version in no more room than a whole copy, and several in less', () => {
    fc.assert(
      fc.property(edits, (list) => {
        const { journey, saved } = run(list)
        journey.versions.forEach((v, i) => expect(size(v.content)).toBeLessThanOrEqual(size(saved[i])))
        if (saved.length >= 2) expect(size(journey.versions.map((v) => v.content))).toBeLessThan(size(saved))
      }),
      { numRuns: 100 },
    )
  })

  it('keeps twenty versions with one step changed each in under a quarter of twenty whole copies', () => {
    const list: Edit[] = Array.from({ length: 20 }, (_, i): Edit[] => [
      { op: 'stepTitle', at: i, text: `Stap, versie ${i}` },
      { op: 'version', text: `Versie ${i + 1}` },
    ]).flat()
    const { journey, saved } = run(list)
    const packed = size(journey.versions.map((v) => v.content))
    // The first is whole; each other one holds the step that changed and the ids of the rest.
    expect(packed).toBeLessThan(size(saved) / 4)
    journey.versions.slice(1).forEach((v) => expect(Object.keys(v.content)).toEqual(['activities']))
  })
})
