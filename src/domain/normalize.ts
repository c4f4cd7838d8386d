import type { ZodIssue } from 'zod'
import { FILE_ERROR_KEYS, fileError, type FileError } from './fileErrors'
import { decodeMessage } from './messages'
import { migrate } from './migrations'
import { journeySchema, type Journey } from './schema'

export type NormalizeResult =
  | {
      ok: true
      journey: Journey
      /** The version the document had before it was migrated, or null when it was already current. */
      migratedFrom: number | null
    }
  | { ok: false; error: FileError }

/** A zod path as a person reads it in an error message: `activities[3].moments[0].text`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  )
}

/**
 * What is wrong with a field: our own rules carry an i18n key (`errors.integrity.phase`); zod's own checks
 * carry an English sentence, so the UI gets zod's issue code instead (`invalid_type`, `too_big`, …).
 */
const problemOf = (issue: ZodIssue): string =>
  issue.message.startsWith('errors.') ? decodeMessage(issue.message).key : issue.code

/**
 * The one way in for a journey that was stored or imported: migrate to the current version, then validate
 * with `journeySchema`, which also fills defaults and drops unknown keys (among them `__proto__`). The result
 * is a new object; `data` is not changed. Never throws.
 */
export function normalizeJourney(data: unknown): NormalizeResult {
  const migrated = migrate(data)
  if (!migrated.ok) return migrated
  const parsed = journeySchema.safeParse(migrated.doc)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue ? formatPath(issue.path) : ''
    const problem = issue ? problemOf(issue) : 'invalid'
    return { ok: false, error: fileError(FILE_ERROR_KEYS.invalidField, { field, problem }) }
  }
  const migratedFrom = migrated.from === parsed.data.schemaVersion ? null : migrated.from
  return { ok: true, journey: parsed.data, migratedFrom }
}
