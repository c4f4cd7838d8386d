import { normalizeJourney, type FileError, type Journey, type RepairNote } from '@/domain'
import { headRevision } from './head'
import { readRawJourney } from './journeys'
import { readWal } from './wal'

export type LoadResult =
  | { ok: true; journey: Journey; migratedFrom: number | null; repairs: RepairNote[]; raw: string }
  | { ok: false; reason: 'missing' | 'not-json' | 'invalid'; raw: string | null; error?: FileError }

/** Parses a stored journey through the domain's one normalising path (migrate, mend, validate, defaults). */
export function parseStored(raw: string | null): LoadResult {
  if (raw === null) return { ok: false, reason: 'missing', raw }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return { ok: false, reason: 'not-json', raw }
  }
  const result = normalizeJourney(data)
  return result.ok
    ? { ok: true, journey: result.journey, migratedFrom: result.migratedFrom, repairs: result.repairs, raw }
    : { ok: false, reason: 'invalid', raw, error: result.error }
}

/** Reads one journey. Never throws; a damaged one comes back with its raw text. */
export const loadJourney = (id: string): LoadResult => withId(parseStored(readRawJourney(id)), id)

/**
 * A stored journey is the one its key names: a text whose own id is missing or different (mended, or edited
 * by hand) still opens, and saves, under the key it was found at.
 */
export const withId = (result: LoadResult, id: string): LoadResult =>
  result.ok && result.journey.id !== id ? { ...result, journey: { ...result.journey, id } } : result

/**
 * The newest saved version of a journey, whichever tab saved it: this tab's view of localStorage may lag
 * behind another tab's write, the write-ahead copy does not.
 */
export async function loadLatest(id: string): Promise<LoadResult> {
  const raw = readRawJourney(id)
  const record = await readWal(id).catch(() => undefined)
  const walIsNewer =
    record !== undefined &&
    record.textRevision === record.committedRevision &&
    record.committedRevision > (headRevision(raw) ?? -1)
  return withId(parseStored(walIsNewer ? record.text : raw), id)
}
