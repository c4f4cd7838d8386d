import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FILE_TYPE, journeySchema, normalizeJourney, readJourneyFile, type NormalizeResult } from '@/domain'
import { deepFreeze, fileData, journeyData } from '../../fixtures/versions/load'
import { FILE_ERROR_VALUES } from './support'

const RUNS = { numRuns: 1000 }

type Path = (string | number)[]

/** Throws if `readJourneyFile` throws or calls something ok that the schema would refuse. */
function checkRead(text: string): NormalizeResult {
  const result = readJourneyFile(text)
  if (result.ok) expect(journeySchema.safeParse(result.journey).success).toBe(true)
  else expect(FILE_ERROR_VALUES).toContain(result.error.key)
  return result
}

/** Every path in a JSON value, the root included, so a mutation can hit a whole list or one leaf. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at]
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value)
  return [at, ...entries.flatMap(([key, child]) => pathsOf(child, [...at, key]))]
}

/** A copy of `root` with the value at `path` replaced (or deleted, for `undefined`). */
function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value
  const copy = structuredClone(root) as Record<string | number, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  const last = path[path.length - 1]!
  if (value === undefined && !Array.isArray(node)) delete node[last]
  else node[last] = value
  return copy
}

/** The value at `path`, or undefined where the path leaves the objects. */
const getAt = (root: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined,
    root,
  )

/** Keys a hostile file might use to reach a prototype or confuse the reader. */
const trickyKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'schemaVersion',
  'id',
  'lanes',
  'aha',
)
const anyKey = fc.oneof(fc.string(), trickyKey)

/** Values that sit near what the schema accepts: ids that exist, edge numbers, long and empty texts. */
const nearMiss = fc.constantFrom<unknown>(
  'phase-01',
  'lane-citizen',
  'act-02-citizen-1',
  'mom-01-citizen-1-1',
  'improvement-1',
  '',
  'x'.repeat(10_001),
  -1,
  0,
  1.5,
  3,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  null,
  undefined,
  [],
  {},
  { __proto__: null },
  JSON.parse('{"__proto__": {"polluted": true}}'),
)

/** A value for a file's JSON: any JSON value or a near miss. */
const jsonish = fc.oneof(fc.jsonValue(), nearMiss)

/** A valid v2 or v3 file with the value at one random path replaced by `values`. */
function mutatedFile(values: fc.Arbitrary<unknown>): fc.Arbitrary<{ file: unknown; path: Path }> {
  return fc
    .constantFrom(fileData(2), fileData(3))
    .chain((base) => fc.tuple(fc.constant(base), fc.constantFrom(...pathsOf(base)), values))
    .map(([base, path, value]) => ({ file: setAt(base, path, value), path }))
}

/** Strings a page must show as text and never run: markup, template syntax, control and direction marks. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '{{ 7 * 7 }}',
  '${alert(1)}',
  'javascript:alert(1)',
  '</textarea><b>vet</b>',
  '&lt;b&gt; &amp; &#x3C;',
  '__proto__',
  "'; DROP TABLE reis;--",
  '\u202eterug\u202c \u200b\u0000\u0007',
  '  spaties rond  \n\t',
  'Łukasz Őrs 😀 שלום',
] as const

/** Free-text keys: names, descriptions, labels, quotes, notes; not ids, enums, dates or data URLs. */
const TEXT_KEYS = new Set(
  'title caseDescription goal name description needs generalNote label text role caption alt value unit sourceTitle to exclusion source owner nextStep'.split(
    ' ',
  ),
)
const textPathsOf = (doc: unknown): Path[] =>
  pathsOf(doc).filter(
    (path) => typeof getAt(doc, path) === 'string' && TEXT_KEYS.has(String(path[path.length - 1])),
  )

const v3TextPaths = textPathsOf(journeyData(3))
/** Version 2's texts that keep their place; the aha-lists of its moments move (see migrateV2.test.ts). */
const v2TextPaths = textPathsOf(journeyData(2))

describe('readJourneyFile with whatever a user might pick', () => {
  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => void checkRead(text)),
      RUNS,
    )
  })

  it('never throws on any JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => void checkRead(text)),
      RUNS,
    )
  })

  it('never throws on an envelope around anything, with any version', () => {
    const journey = fc.anything({ key: anyKey, maxDepth: 4 })
    fc.assert(
      fc.property(fc.integer(), journey, (version, j) => {
        void checkRead(JSON.stringify({ type: FILE_TYPE, version, journey: j }))
      }),
      RUNS,
    )
  })

  it('never throws on a valid file with one value replaced, and opens most of them', () => {
    let read = 0
    fc.assert(
      fc.property(mutatedFile(jsonish), ({ file }) => {
        if (checkRead(JSON.stringify(file) ?? '').ok) read++
      }),
      RUNS,
    )
    // Version 2 refused nine in ten of these; the lenient reader mends what it can. Both branches are exercised.
    expect(read).toBeGreaterThan(RUNS.numRuns / 2)
    expect(read).toBeLessThan(RUNS.numRuns)
  })
})

describe('normalizeJourney with any value in memory', () => {
  it('never throws and never changes its deep-frozen input', () => {
    const oddValue = fc.anything({
      key: anyKey,
      maxDepth: 4,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withSparseArray: true,
    })
    fc.assert(
      fc.property(
        fc.oneof(
          oddValue,
          mutatedFile(oddValue).map(({ file }) => getAt(file, ['journey'])),
        ),
        (data) => {
          const before = structuredClone(data)
          const result = normalizeJourney(deepFreeze(data))
          if (result.ok) expect(journeySchema.safeParse(result.journey).success).toBe(true)
          else expect(FILE_ERROR_VALUES).toContain(result.error.key)
          // structuredClone gives null-prototype objects a prototype, so compare values, not prototypes.
          expect(data).toEqual(before)
        },
      ),
      RUNS,
    )
  })

  it('gives back a new, unfrozen object with the plain prototype and no __proto__ key', () => {
    fc.assert(
      fc.property(mutatedFile(jsonish), ({ file }) => {
        const journey = getAt(file, ['journey'])
        const result = normalizeJourney(deepFreeze(journey))
        if (result.ok) {
          expect(result.journey).not.toBe(journey)
          expect(Object.isFrozen(result.journey.activities)).toBe(false)
          expect(Object.getPrototypeOf(result.journey)).toBe(Object.prototype)
          expect(Object.hasOwn(result.journey, '__proto__')).toBe(false)
        }
      }),
      RUNS,
    )
  })
})

describe('hostile text', () => {
  it.each(HOSTILE)('fits every text field: %j', (text) => {
    expect(text.length).toBeLessThanOrEqual(40)
  })

  it.each<[number, Path[]]>([
    [3, v3TextPaths],
    [2, v2TextPaths],
  ])(
    'survives in any text field of a v%i file unchanged, as plain text, with nothing repaired',
    (version, paths) => {
      const text = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 20 }))
      fc.assert(
        fc.property(fc.constantFrom(...paths), text, (path, value) => {
          const file = setAt(fileData(version), ['journey', ...path], value)
          const result = checkRead(JSON.stringify(file))

          expect(result.ok).toBe(true)
          if (!result.ok) return
          expect(getAt(result.journey, path)).toBe(value)
          expect(result.repairs).toEqual([])
        }),
        RUNS,
      )
    },
  )

  it.each(HOSTILE)('survives as a v2 point to improve and a strong point: %j', (value) => {
    const file = fileData(2) as { journey: { activities: { moments: Record<string, unknown>[] }[] } }
    Object.assign(file.journey.activities[1]!.moments[0]!, {
      improvements: [value, 'tweede'],
      strengths: [value],
    })
    const result = checkRead(JSON.stringify(file))

    expect(result.ok && result.journey.aha.improvements[0]?.text).toBe(value)
    expect(result.ok && result.journey.aha.strengths[0]?.text).toBe(value)
  })

  it('covers the texts of every part of a journey', () => {
    const keys = new Set(v3TextPaths.map((p) => p.filter((k) => typeof k === 'string').join('.')))
    for (const key of [
      'title',
      'central.personas.needs',
      'activities.description',
      'activities.handoff.to',
      'activities.touchpoints.exclusion',
      'activities.moments.text',
      'activities.evidence.source',
      'aha.improvements.text',
      'aha.strengths.role',
      'insights.action.owner',
      'quotes.role',
      'figures.unit',
      'origin.sourceTitle',
    ])
      expect(keys).toContain(key)
  })
})
