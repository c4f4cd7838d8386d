import { describe, expect, it } from 'vitest'
import { createOrigin, journeySchema, migrate, MIGRATIONS, SCHEMA_VERSION, type Journey } from '@/domain'
import { ALL_VERSIONS, deepFreeze, journeyData } from '../../fixtures/versions/load'
import { normalize, normalized } from './support'

type Doc = Record<string, unknown>
const docs = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : [])

/**
 * Every non-empty text of a document, with the enum values that version 3 renamed left out (a moment's kind,
 * central.mode "personas"): what a user typed must come through every migration.
 */
function textsOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string')
    return value.trim() && !['kind', 'mode', 'schemaVersion'].includes(key) ? [value] : []
  if (Array.isArray(value)) return value.flatMap((v) => textsOf(v, key))
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => textsOf(v, k))
  return []
}

/** The length of every list a user fills, in a document of any version. */
function listLengths(doc: Doc) {
  const activities = docs(doc.activities)
  return {
    personas: docs((doc.central as Doc | undefined)?.personas).length,
    lanes: docs(doc.lanes).length,
    phases: docs(doc.phases).length,
    activities: activities.length,
    touchpoints: activities.map((a) => docs(a.touchpoints).length),
    moments: activities.map((a) => docs(a.moments).length),
    insights: docs(doc.insights).length,
    figures: docs(doc.figures).length,
    quotes: docs(doc.quotes).length,
    images: docs(doc.images).length,
  }
}

describe('the frozen fixture of every version', () => {
  it.each(ALL_VERSIONS)(
    'v%i migrates to the current version and parses, with nothing repaired',
    (version) => {
      const result = normalize(journeyData(version))

      expect(result).toMatchObject({
        ok: true,
        migratedFrom: version === SCHEMA_VERSION ? null : version,
        repairs: [],
      })
      if (!result.ok) return
      expect(result.journey.schemaVersion).toBe(SCHEMA_VERSION)
      expect(journeySchema.safeParse(result.journey).error?.issues ?? []).toEqual([])
    },
  )

  it.each(ALL_VERSIONS)('v%i keeps every text it had', (version) => {
    const data = journeyData(version)
    const texts = new Set(textsOf(normalized(data).journey))
    for (const text of textsOf(data)) expect(texts, text).toContain(text)
  })

  it.each(ALL_VERSIONS)('v%i keeps every list, in length and order of ids', (version) => {
    const data = journeyData(version)
    const { journey } = normalized(data)

    expect(listLengths(journey as unknown as Doc)).toEqual(listLengths(data))
    const ids = (doc: Doc) => ({
      lanes: docs(doc.lanes).map((l) => l.id),
      phases: docs(doc.phases).map((p) => p.id),
      activities: docs(doc.activities).map((a) => a.id),
      moments: docs(doc.activities).flatMap((a) => docs(a.moments).map((m) => m.id)),
      insights: docs(doc.insights).map((s) => [s.id, s.momentId]),
    })
    expect(ids(journey as unknown as Doc)).toEqual(ids(data))
  })

  it.each(ALL_VERSIONS)('v%i keeps its id, stamps and last step', (version) => {
    const data = journeyData(version)
    const { journey } = normalized(data)

    for (const key of [
      'id',
      'createdAt',
      'updatedAt',
      'lastStepId',
      'title',
      'caseDescription',
      'goal',
    ] as const)
      expect(journey[key], key).toBe(data[key])
    if (version >= 2) expect([journey.revision, journey.origin]).toEqual([data.revision, data.origin])
  })

  it('v1 becomes a new draft at revision 0, otherwise the same as v2 of the same case', () => {
    const v1 = normalized(journeyData(1)).journey
    const v2 = normalized(journeyData(2)).journey

    expect(v1).toStrictEqual<Journey>({
      ...v2,
      id: 'journey-small',
      revision: 0,
      origin: { kind: 'new', importedAt: null, sourceTitle: '' },
      updatedAt: journeyData(1).updatedAt as string,
    })
  })

  it('the current version is returned as it is, with nothing migrated', () => {
    const data = journeyData(SCHEMA_VERSION)
    expect(migrate(data)).toEqual({ ok: true, doc: data, from: SCHEMA_VERSION })
    expect(migrate(data).ok && (migrate(data) as { doc: unknown }).doc).toBe(data)
  })
})

describe('MIGRATIONS', () => {
  it('has one step per version, in order, ending at the current version', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(ALL_VERSIONS.slice(0, -1).map((v) => [v, v + 1]))
  })

  it.each(MIGRATIONS.map((m) => [m.from, m.to, m] as const))(
    'step %i → %i on its own sets the new version and leaves its argument alone',
    (from, to, step) => {
      const before = journeyData(from)
      const result = step.migrate(deepFreeze(journeyData(from)))

      expect(result.ok).toBe(true)
      if (!result.ok) return
      expect(result.doc.schemaVersion).toBe(to)
      expect(result.doc).not.toBe(before)
      expect(journeyData(from)).toEqual(before)
    },
  )

  it('step 1 → 2 adds revision 0 and a "new" origin, and changes nothing else', () => {
    const step = MIGRATIONS.find((m) => m.from === 1)!
    const v1 = journeyData(1)
    const result = step.migrate(v1)

    expect(result).toEqual({
      ok: true,
      doc: { ...v1, schemaVersion: 2, revision: 0, origin: createOrigin() },
    })
  })

  it('step 1 → 2 replaces whatever stray revision or origin a v1 document had', () => {
    const step = MIGRATIONS.find((m) => m.from === 1)!
    const result = step.migrate({ ...journeyData(1), revision: -4, origin: 'elders' })

    expect(result.ok && [result.doc.revision, result.doc.origin]).toEqual([0, createOrigin()])
  })

  it('step 2 → 3 gives the v2 fixture the shape of the v3 fixture of the same case', () => {
    const step = MIGRATIONS.find((m) => m.from === 2)!
    const result = step.migrate(journeyData(2))

    expect(result.ok).toBe(true)
    if (!result.ok) return
    const parsed = journeySchema.parse(result.doc)
    const v3 = journeySchema.parse(journeyData(3))
    const skeleton = (j: Journey) => ({
      central: j.central,
      lanes: j.lanes,
      phases: j.phases,
      activities: j.activities.map((a) => [a.id, a.phaseId, a.laneId, a.besideId, a.title]),
      moments: j.activities.flatMap((a) => a.moments.map((m) => [m.id, m.text, m.emotion])),
      improvements: j.aha.improvements,
      strengths: j.aha.strengths.map((s) => [s.id, s.text, s.momentId]),
    })
    expect(skeleton(parsed)).toEqual(skeleton(v3))
  })
})

describe('migrate', () => {
  it.each([SCHEMA_VERSION + 1, 99, Number.MAX_SAFE_INTEGER])('refuses version %i as newer', (version) => {
    expect(migrate({ ...journeyData(SCHEMA_VERSION), schemaVersion: version })).toEqual({
      ok: false,
      error: { key: 'errors.file.newer', params: { version } },
    })
  })

  it('does not assume a version for a journey without one', () => {
    const unversioned = journeyData(1)
    delete unversioned.schemaVersion
    expect(migrate(unversioned)).toEqual({ ok: false, error: { key: 'errors.file.noVersion', params: {} } })
  })

  it.each<[string, unknown]>([
    ['zero', 0],
    ['a negative number', -1],
    ['a fraction', 1.5],
    ['a string', '1'],
    ['null', null],
    ['NaN', Number.NaN],
    ['true', true],
    ['an object', { major: 1 }],
  ])('refuses a version that is %s', (_name, schemaVersion) => {
    expect(migrate({ ...journeyData(1), schemaVersion })).toEqual({
      ok: false,
      error: { key: 'errors.file.badVersion', params: {} },
    })
  })

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['an array', [journeyData(1)]],
    ['a string', '{"schemaVersion":1}'],
    ['a number', 1],
    ['an empty object', {}],
    ['an object with nothing of a journey', { hello: 'world' }],
  ])('calls %s not a journey', (_name, data) => {
    expect(migrate(data)).toEqual({ ok: false, error: { key: 'errors.file.notJourney', params: {} } })
  })

  it.each(ALL_VERSIONS)('does not change a v%i document, deep or shallow', (version) => {
    const frozen = deepFreeze(journeyData(version))

    expect(() => migrate(frozen)).not.toThrow()
    expect(() => normalize(frozen)).not.toThrow()
    expect(frozen).toEqual(journeyData(version))
  })
})
