import { describe, expect, it } from 'vitest'
import {
  FILE_EXTENSION,
  FILE_TYPE,
  journeySchema,
  MAX_FILE_CHARS,
  readJourneyFile,
  SCHEMA_VERSION,
  toFile,
  type FileError,
  type Journey,
  type RepairKind,
} from '@/domain'
import { largeJourney, smallJourney } from '../../fixtures/generateFixtures'
import { makeEmptyJourney, makeJourney } from '../../fixtures/makeJourney'
import { ALL_VERSIONS, fileData, fileText, journeyData } from '../../fixtures/versions/load'
import { asStored, currentJourney, type Loose } from './support'

const EXPORTED_AT = new Date('2026-11-24T10:06:00.000Z')

/** An envelope around `journey` with `changes` applied, as file text. */
const envelope = (journey: unknown, changes: Record<string, unknown> = {}): string =>
  JSON.stringify({ type: FILE_TYPE, version: SCHEMA_VERSION, exportedAt: EXPORTED_AT, journey, ...changes })

/** `[[[…]]]`, `depth` lists deep. */
const deep = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth)

/** The current fixture with one activity's field set to `value`. */
function withActivityField(index: number, field: string, value: unknown): Record<string, unknown> {
  const journey = journeyData(SCHEMA_VERSION)
  const activities = journey.activities as Record<string, unknown>[]
  activities[index] = { ...activities[index], [field]: value }
  return journey
}

describe('toFile', () => {
  it('writes the envelope as two-space JSON', () => {
    const journey = makeJourney()
    const text = toFile(journey, EXPORTED_AT)

    expect(JSON.parse(text)).toEqual({
      type: 'klantreis',
      version: SCHEMA_VERSION,
      exportedAt: '2026-11-24T10:06:00.000Z',
      journey,
    })
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n')
    expect(FILE_EXTENSION).toBe('.klantreis.json')
  })

  it('writes the frozen current file byte for byte from its journey', () => {
    const file = fileData(SCHEMA_VERSION)
    expect(toFile(file.journey as Journey, new Date(file.exportedAt as string))).toBe(
      fileText(SCHEMA_VERSION),
    )
  })

  it.each<[string, () => Journey]>([
    ['a complete journey', () => makeJourney()],
    ['a new, empty journey', () => makeEmptyJourney()],
    ['the small fixture', () => smallJourney()],
    ['the large fixture with its image', () => largeJourney()],
    ['the frozen current journey', () => currentJourney()],
    [
      'a duplicated journey at revision 12',
      () =>
        makeJourney({ revision: 12, origin: { kind: 'duplicate', importedAt: null, sourceTitle: 'eID' } }),
    ],
  ])('round-trips %s through readJourneyFile unchanged, with nothing repaired', (_name, make) => {
    const journey = asStored(make())
    expect(readJourneyFile(toFile(journey, EXPORTED_AT))).toStrictEqual({
      ok: true,
      journey,
      migratedFrom: null,
      repairs: [],
    })
  })
})

describe('readJourneyFile', () => {
  it.each(ALL_VERSIONS)(
    'reads the frozen v%i file as a current journey, with nothing repaired',
    (version) => {
      const result = readJourneyFile(fileText(version))

      expect(result).toMatchObject({
        ok: true,
        migratedFrom: version === SCHEMA_VERSION ? null : version,
        repairs: [],
      })
      expect(result.ok && result.journey.title).toBe((fileData(version).journey as Journey).title)
      expect(result.ok && result.journey.schemaVersion).toBe(SCHEMA_VERSION)
    },
  )

  it('reads the frozen current file as the journey inside it, every field it has kept as it is', () => {
    const inside = fileData(SCHEMA_VERSION).journey as Record<string, unknown>
    const result = readJourneyFile(fileText(SCHEMA_VERSION))

    expect(result).toStrictEqual({ ok: true, journey: asStored(inside), migratedFrom: null, repairs: [] })
    for (const key of Object.keys(inside))
      expect(result.ok && result.journey[key as keyof Journey], key).toEqual(inside[key])
  })

  it('follows the journey’s own schemaVersion when the envelope says otherwise', () => {
    // The envelope is only a gate for newer files; the document knows its own shape.
    const result = readJourneyFile(envelope(journeyData(1), { version: SCHEMA_VERSION }))
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 })
    expect(readJourneyFile(envelope(journeyData(SCHEMA_VERSION), { version: 1 }))).toMatchObject({
      ok: true,
      migratedFrom: null,
    })
  })

  it.each<[string, () => string, FileError]>([
    ['empty text', () => '', { key: 'errors.file.notJson', params: {} }],
    [
      'text that is not JSON',
      () => '{"type": "klantreis", "version"',
      { key: 'errors.file.notJson', params: {} },
    ],
    ['JSON cut off inside deep nesting', () => '['.repeat(1e6), { key: 'errors.file.notJson', params: {} }],
    ['JSON a hundred thousand lists deep', () => deep(1e5), { key: 'errors.file.notKlantreis', params: {} }],
    ['a JSON array', () => `[${envelope(journeyData(2))}]`, { key: 'errors.file.notKlantreis', params: {} }],
    ['JSON null', () => 'null', { key: 'errors.file.notKlantreis', params: {} }],
    ['a JSON string', () => '"klantreis"', { key: 'errors.file.notKlantreis', params: {} }],
    [
      'another type',
      () => envelope(journeyData(2), { type: 'other' }),
      { key: 'errors.file.notKlantreis', params: {} },
    ],
    [
      'a bare journey',
      () => JSON.stringify(journeyData(SCHEMA_VERSION)),
      { key: 'errors.file.notKlantreis', params: {} },
    ],
    [
      'a newer envelope version',
      () => envelope({ whatever: 'a newer app wrote' }, { version: SCHEMA_VERSION + 1 }),
      { key: 'errors.file.newer', params: { version: SCHEMA_VERSION + 1 } },
    ],
    [
      'a newer journey in a current envelope',
      () => envelope({ ...journeyData(SCHEMA_VERSION), schemaVersion: SCHEMA_VERSION + 1 }),
      { key: 'errors.file.newer', params: { version: SCHEMA_VERSION + 1 } },
    ],
    [
      'no envelope version',
      () => envelope(journeyData(2), { version: undefined }),
      { key: 'errors.file.noVersion', params: {} },
    ],
    [
      'an envelope version "2"',
      () => envelope(journeyData(2), { version: '2' }),
      { key: 'errors.file.badVersion', params: {} },
    ],
    [
      'an envelope version 0',
      () => envelope(journeyData(2), { version: 0 }),
      { key: 'errors.file.badVersion', params: {} },
    ],
    ['no journey', () => envelope(undefined), { key: 'errors.file.notJourney', params: {} }],
    [
      'a journey that is a list',
      () => envelope([journeyData(2)]),
      { key: 'errors.file.notJourney', params: {} },
    ],
    [
      'a journey without its schemaVersion',
      () => envelope({ ...journeyData(SCHEMA_VERSION), schemaVersion: undefined }),
      { key: 'errors.file.noVersion', params: {} },
    ],
    [
      'a text over the size limit',
      () => ' '.repeat(MAX_FILE_CHARS) + envelope(journeyData(2)),
      { key: 'errors.file.tooLarge', params: { maxMb: 20 } },
    ],
  ])('refuses %s', (_name, text, error) => {
    expect(readJourneyFile(text())).toEqual({ ok: false, error })
  })

  // Version 2 refused each of these with errors.file.invalidField; version 3 opens them and says what it mended.
  it.each<[string, () => string, RepairKind, string, (j: Journey) => unknown, unknown]>([
    [
      'an activity title that is a number',
      () => envelope(withActivityField(3, 'title', 42)),
      'defaulted',
      'title',
      (j) => j.activities[3]?.title,
      '42',
    ],
    [
      'an activity title a hundred thousand lists deep',
      () => envelope(withActivityField(3, 'title', 0)).replace('"title":0', `"title":${deep(1e5)}`),
      'defaulted',
      'title',
      (j) => j.activities[3]?.title,
      '',
    ],
    [
      'an activity title that is too long',
      () => envelope(withActivityField(1, 'title', 'x'.repeat(201))),
      'clamped',
      'title',
      (j) => j.activities[1]?.title,
      'x'.repeat(200),
    ],
    [
      'an activity in a phase that does not exist',
      () => envelope(withActivityField(2, 'phaseId', 'phase-99')),
      'rehomed',
      'phaseId',
      (j) => j.phases.find((p) => p.id === j.activities[2]?.phaseId)?.name,
      '',
    ],
    [
      'a negative revision',
      () => envelope({ ...journeyData(SCHEMA_VERSION), revision: -1 }),
      'defaulted',
      'revision',
      (j) => j.revision,
      0,
    ],
  ])('opens %s and reports the repair', (_name, text, kind, field, read, expected) => {
    const result = readJourneyFile(text())

    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.repairs).toEqual([
      expect.objectContaining({ kind, place: expect.objectContaining({ field }) }),
    ])
    expect(read(result.journey)).toEqual(expected)
    expect(journeySchema.safeParse(result.journey).success).toBe(true)
  })

  it('opens a journey whose title is a hundred thousand lists deep, with the title emptied', () => {
    const text = envelope({ ...journeyData(SCHEMA_VERSION), title: 0 }).replace(
      '"title":0',
      `"title":${deep(1e5)}`,
    )
    const result = readJourneyFile(text)

    expect(result).toMatchObject({ ok: true, journey: { title: '' } })
    expect(result.ok && result.repairs).toEqual([
      { kind: 'defaulted', place: { item: 'journey', n: 0, title: '', phase: '', field: 'title' } },
    ])
  })

  it('reads a file saved with a byte-order mark', () => {
    expect(readJourneyFile('\uFEFF' + fileText(SCHEMA_VERSION))).toMatchObject({ ok: true, repairs: [] })
  })

  it('reads a file right at the size limit', () => {
    const text = envelope(journeyData(SCHEMA_VERSION))
    expect(readJourneyFile(text.padEnd(MAX_FILE_CHARS, ' ')).ok).toBe(true)
  })

  it('drops keys the schema does not know, among them __proto__', () => {
    const journey: Loose = journeyData(SCHEMA_VERSION)
    journey.secret = 'kept out'
    const text = envelope(journey).replace('"secret"', '"__proto__":{"polluted":true},"secret"')
    const result = readJourneyFile(text)

    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(Object.hasOwn(result.journey, 'secret')).toBe(false)
    expect(Object.hasOwn(result.journey, '__proto__')).toBe(false)
    expect(({} as Loose).polluted).toBeUndefined()
  })
})
