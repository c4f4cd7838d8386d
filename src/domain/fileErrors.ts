/**
 * Why a stored or imported journey could not be read. `key` is an i18n key; `params` fill its placeholders.
 * Every reading path (`migrate`, `normalizeJourney`, `readJourneyFile`) reports one of these keys.
 */
export interface FileError {
  /** One of `FILE_ERROR_KEYS`, or a key a migration step reports. */
  key: string
  params: Record<string, string | number>
}

export const FILE_ERROR_KEYS = {
  /** The text is not JSON at all. */
  notJson: 'errors.file.notJson',
  /** JSON, but not an envelope `{ type: 'klantreis', … }`: another application's file. */
  notKlantreis: 'errors.file.notKlantreis',
  /** The text is over `MAX_FILE_CHARS`; read before parsing so a huge file cannot freeze the tab. */
  tooLarge: 'errors.file.tooLarge',
  /** The journey is not an object, or an object with nothing of a journey in it. */
  notJourney: 'errors.file.notJourney',
  /** A journey-like object without `schemaVersion`: we do not guess which version it is. */
  noVersion: 'errors.file.noVersion',
  /** `schemaVersion` (or the envelope's `version`) is not a whole number from 1 up. */
  badVersion: 'errors.file.badVersion',
  /** Made by a newer Klantreis; params: `version`. */
  newer: 'errors.file.newer',
} as const

export type FileErrorKey = (typeof FILE_ERROR_KEYS)[keyof typeof FILE_ERROR_KEYS]

export const fileError = (key: FileErrorKey, params: FileError['params'] = {}): FileError => ({ key, params })
