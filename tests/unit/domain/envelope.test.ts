import { describe, expect, it } from 'vitest'
import {
  FILE_EXTENSION,
  FILE_TYPE,
  MAX_FILE_CHARS,
  readJourneyFile,
  SCHEMA_VERSION,
  toFile,
  type FileError,
  type Journey,
} from '@/domain'
import { largeJourney } from '../../fixtures/generateFixtures'
import { makeEmptyJourney, makeJourney } from '../../fixtures/makeJourney'
import { ALL_VERSIONS, fileData, fileText, journeyData } from '../../fixtures/versions/load'

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

  it.each<[string, () => Journey]>([
    ['a complete journey', () => makeJourney()],
    ['a new, empty journey', () => makeEmptyJourney()],
    ['the large fixture with its image', () => largeJourney()],
    [
      'a duplicated journey at revision 12',
      () =>
        makeJourney({ revision: 12, origin: { kind: 'duplicate', importedAt: null, sourceTitle: 'eID' } }),
    ],
  ])('round-trips %s through readJourneyFile unchanged', (_name, make) => {
    const journey = make()
    expect(readJourneyFile(toFile(journey, EXPORTED_AT))).toStrictEqual({
      ok: true,
      journey,
      migratedFrom: null,
    })
  })
})

describe('readJourneyFile', () => {
  it.each(ALL_VERSIONS)('reads the frozen v%i file as a current journey', (version) => {
    const result = readJourneyFile(fileText(version))

    expect(result).toMatchObject({ ok: true, migratedFrom: version === SCHEMA_VERSION ? null : version })
    expect(result.ok && result.journey.title).toBe((fileData(version).journey as Journey).title)
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
    ['a bare journey', () => JSON.stringify(journeyData(2)), { key: 'errors.file.notKlantreis', params: {} }],
    [
      'a newer envelope version',
      () => envelope({ whatever: 'a newer app wrote' }, { version: SCHEMA_VERSION + 1 }),
      { key: 'errors.file.newer', params: { version: SCHEMA_VERSION + 1 } },
    ],
    [
      'a newer journey in a current envelope',
      () => envelope({ ...journeyData(2), schemaVersion: SCHEMA_VERSION + 1 }),
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
      () => envelope({ ...journeyData(2), schemaVersion: undefined }),
      { key: 'errors.file.noVersion', params: {} },
    ],
    [
      'an activity title that is a number',
      () => envelope(withActivityField(3, 'title', 42)),
      { key: 'errors.file.invalidField', params: { field: 'activities[3].title', problem: 'invalid_type' } },
    ],
    [
      'a title a hundred thousand lists deep',
      () => envelope({ ...journeyData(2), title: 0 }).replace('"title":0', `"title":${deep(1e5)}`),
      { key: 'errors.file.invalidField', params: { field: 'title', problem: 'invalid_type' } },
    ],
    [
      'an activity title that is too long',
      () => envelope(withActivityField(1, 'title', 'x'.repeat(201))),
      { key: 'errors.file.invalidField', params: { field: 'activities[1].title', problem: 'too_big' } },
    ],
    [
      'an activity in a phase that does not exist',
      () => envelope(withActivityField(2, 'phaseId', 'phase-99')),
      {
        key: 'errors.file.invalidField',
        params: { field: 'activities[2].phaseId', problem: 'errors.integrity.phase' },
      },
    ],
    [
      'an unknown origin',
      () => envelope({ ...journeyData(2), origin: { kind: 'stolen', importedAt: null, sourceTitle: '' } }),
      { key: 'errors.file.invalidField', params: { field: 'origin.kind', problem: 'invalid_enum_value' } },
    ],
    [
      'a negative revision',
      () => envelope({ ...journeyData(2), revision: -1 }),
      { key: 'errors.file.invalidField', params: { field: 'revision', problem: 'too_small' } },
    ],
    [
      'a text over the size limit',
      () => ' '.repeat(MAX_FILE_CHARS) + envelope(journeyData(2)),
      { key: 'errors.file.tooLarge', params: { maxMb: 20 } },
    ],
  ])('refuses %s', (_name, text, error) => {
    expect(readJourneyFile(text())).toEqual({ ok: false, error })
  })

  it('reads a file saved with a byte-order mark', () => {
    expect(readJourneyFile('\uFEFF' + fileText(SCHEMA_VERSION)).ok).toBe(true)
  })

  it('reads a file right at the size limit', () => {
    const text = envelope(journeyData(2))
    expect(readJourneyFile(text.padEnd(MAX_FILE_CHARS, ' ')).ok).toBe(true)
  })
})
