import { describe, expect, it } from 'vitest'
import { createOrigin, journeySchema, migrate, MIGRATIONS, normalizeJourney, SCHEMA_VERSION } from '@/domain'
import { ALL_VERSIONS, deepFreeze, journeyData } from '../../fixtures/versions/load'

describe('the frozen fixture of every version', () => {
  it.each(ALL_VERSIONS)('v%i migrates to the current version and parses', (version) => {
    const result = normalizeJourney(journeyData(version))

    expect(result).toMatchObject({ ok: true, migratedFrom: version === SCHEMA_VERSION ? null : version })
    if (!result.ok) return
    expect(result.journey.schemaVersion).toBe(SCHEMA_VERSION)
    expect(journeySchema.safeParse(result.journey).error?.issues ?? []).toEqual([])
  })

  it.each(ALL_VERSIONS)('v%i keeps every text, list and stamp it had', (version) => {
    const data = journeyData(version)
    const result = normalizeJourney(data)

    expect(result.ok).toBe(true)
    if (!result.ok) return
    for (const key of Object.keys(data).filter((k) => k !== 'schemaVersion'))
      expect(result.journey[key as keyof typeof result.journey], key).toEqual(data[key])
  })

  it('v1 becomes a new draft at revision 0', () => {
    const result = normalizeJourney(journeyData(1))

    expect(result.ok && result.journey).toStrictEqual({
      ...journeyData(1),
      schemaVersion: SCHEMA_VERSION,
      revision: 0,
      origin: { kind: 'new', importedAt: null, sourceTitle: '' },
    })
  })

  it('the current version is returned as it is, with nothing migrated', () => {
    const data = journeyData(SCHEMA_VERSION)
    expect(migrate(data)).toEqual({ ok: true, doc: data, from: SCHEMA_VERSION })
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
    expect(() => normalizeJourney(frozen)).not.toThrow()
    expect(frozen).toEqual(journeyData(version))
  })
})
