import { FILE_ERROR_KEYS, fileError, type FileError } from './fileErrors'
import { checkVersion, isRecord } from './migrations'
import { normalizeJourney, type NormalizeResult } from './normalize'
import { SCHEMA_VERSION, type Journey } from './schema'

/** The `type` of an exported file, so a Klantreis file is told apart from any other JSON. */
export const FILE_TYPE = 'klantreis'
export const FILE_EXTENSION = '.klantreis.json'

/**
 * The largest file text we parse: 20 MiB counted in UTF-16 code units (`string.length`), which is never more
 * than the UTF-8 byte count, so every file of up to 20 MiB on disk passes. The UI can compare `File.size`
 * with it before reading the file at all.
 */
export const MAX_FILE_CHARS = 20 * 1024 * 1024

/** What an exported file holds. `version` lets a reader refuse a newer file before looking inside. */
export interface JourneyFile {
  type: typeof FILE_TYPE
  version: number
  exportedAt: string
  journey: Journey
}

/** The text of an exported `.klantreis.json` file: the journey in its envelope, two-space JSON. */
export function toFile(journey: Journey, exportedAt: Date): string {
  const file: JourneyFile = {
    type: FILE_TYPE,
    version: SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    journey,
  }
  return JSON.stringify(file, null, 2) + '\n'
}

const fail = (error: FileError): NormalizeResult => ({ ok: false, error })

/**
 * Reads an exported file: size, JSON, envelope, then `normalizeJourney` on the journey inside. Never throws.
 *
 * The envelope's `version` is a gate only: a newer one is refused with `errors.file.newer` before the journey
 * is looked at, because a newer app may have changed the journey's shape beyond what we can even report.
 * Otherwise the journey's own `schemaVersion` decides which migrations run. It describes the document it sits
 * in, while the envelope only says which app wrote the file, so a hand-edited mismatch goes with the journey.
 */
export function readJourneyFile(text: string): NormalizeResult {
  if (text.length > MAX_FILE_CHARS)
    return fail(fileError(FILE_ERROR_KEYS.tooLarge, { maxMb: MAX_FILE_CHARS / 1024 / 1024 }))
  let data: unknown
  try {
    // Editors on Windows may save with a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch {
    // A syntax error, or an engine's limit on nesting depth (V8 has none, other engines may).
    return fail(fileError(FILE_ERROR_KEYS.notJson))
  }
  if (!isRecord(data) || data.type !== FILE_TYPE) return fail(fileError(FILE_ERROR_KEYS.notKlantreis))
  if (data.version === undefined) return fail(fileError(FILE_ERROR_KEYS.noVersion))
  const refused = checkVersion(data.version)
  if (refused) return fail(refused)
  return normalizeJourney(data.journey)
}
