import { FILE_ERROR_KEYS, fileError, type FileError } from './fileErrors'
import { decodeMessage } from './messages'
import { SCHEMA_VERSION } from './version'
import { migrateV2toV3 } from './migrateV2'

/** What one step returns. `error` is an i18n key, with params encoded by `encodeMessage` if it needs any. */
export type MigrationResult = { ok: true; doc: Record<string, unknown> } | { ok: false; error: string }

/**
 * One version step. A step works on the plain JSON object (never on a typed Journey: the types follow the
 * current version only), returns a new object instead of changing its argument, and never throws.
 */
export interface Migration {
  from: number
  to: number
  migrate(doc: Record<string, unknown>): MigrationResult
}

/** Every step, in order, one per version. When the schema changes, add a step here and a frozen fixture. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    // Version 2 added the save counter and where a draft came from; every older draft was made here. The
    // origin is spelled out rather than taken from createOrigin(): a step must keep doing what it did.
    migrate: (doc) => ({
      ok: true,
      doc: {
        ...doc,
        schemaVersion: 2,
        revision: 0,
        origin: { kind: 'new', importedAt: null, sourceTitle: '' },
      },
    }),
  },
  { from: 2, to: 3, migrate: (doc) => ({ ok: true, doc: migrateV2toV3(doc) }) },
]

export type MigrateResult =
  { ok: true; doc: Record<string, unknown>; from: number } | { ok: false; error: FileError }

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Keys only a journey has: an object with one of these but no version is a journey we will not guess at. */
const JOURNEY_KEYS = ['id', 'title', 'lanes', 'phases', 'activities']

/** A version number, or the error it earns. Shared with the file envelope, which has its own `version`. */
export function checkVersion(version: unknown): FileError | null {
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return fileError(FILE_ERROR_KEYS.badVersion)
  if (version > SCHEMA_VERSION) return fileError(FILE_ERROR_KEYS.newer, { version })
  return null
}

/**
 * Brings a parsed journey document from the version it says it has up to `SCHEMA_VERSION`, step by step.
 * Only the version is checked here; the fields are the schema's business. Never throws, never mutates `data`.
 */
export function migrate(data: unknown): MigrateResult {
  if (!isRecord(data)) return { ok: false, error: fileError(FILE_ERROR_KEYS.notJourney) }
  if (data.schemaVersion === undefined) {
    const looksLikeJourney = JOURNEY_KEYS.some((k) => data[k] !== undefined)
    const key = looksLikeJourney ? FILE_ERROR_KEYS.noVersion : FILE_ERROR_KEYS.notJourney
    return { ok: false, error: fileError(key) }
  }
  const from = data.schemaVersion
  const refused = checkVersion(from)
  if (refused) return { ok: false, error: refused }

  let doc = data
  let version = from as number
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS.find((m) => m.from === version)
    // A missing step is a bug in this file; the tests walk every version, so report rather than loop.
    if (!step || step.to <= version) return { ok: false, error: fileError(FILE_ERROR_KEYS.badVersion) }
    const result = step.migrate(doc)
    if (!result.ok) return { ok: false, error: decodeMessage(result.error) }
    doc = result.doc
    version = step.to
  }
  return { ok: true, doc, from: from as number }
}
