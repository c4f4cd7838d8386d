import { FILE_ERROR_KEYS, fileError, type FileError } from './fileErrors'
import { migrate } from './migrations'
import { repairJourney, type RepairNote } from './repair'
import { journeySchema, type Journey } from './schema'

export type NormalizeResult =
  | {
      ok: true
      journey: Journey
      /** The version the document had before it was migrated, or null when it was already current. */
      migratedFrom: number | null
      /** What had to be mended to open it (empty when nothing); the UI says so. */
      repairs: RepairNote[]
    }
  | { ok: false; error: FileError }

/**
 * The one way in for a journey that was stored or imported: migrate to the current version, mend what breaks
 * the schema (`repair.ts`), then validate with `journeySchema`, which also fills defaults and drops unknown keys
 * (among them `__proto__`). The result is a new object; `data` is not changed. Never throws.
 */
export function normalizeJourney(data: unknown, now: Date = new Date()): NormalizeResult {
  const migrated = migrate(data)
  if (!migrated.ok) return migrated
  const repaired = repairJourney(migrated.doc, now)
  const parsed = repaired && journeySchema.safeParse(repaired.doc)
  if (!repaired || !parsed?.success) return { ok: false, error: fileError(FILE_ERROR_KEYS.notJourney) }
  const migratedFrom = migrated.from === parsed.data.schemaVersion ? null : migrated.from
  return { ok: true, journey: parsed.data, migratedFrom, repairs: repaired.notes }
}
