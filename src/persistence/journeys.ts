import { normalizeJourney, progress, type FileError, type Journey } from '@/domain'
import { journeyKey } from './keys'
import { readItem, removeItem, writeItem, type WriteResult } from './storage'
import { readIndex, writeIndexLine, dropIndexLine, type DraftSummary } from './draftIndex'

export type LoadResult =
  | { ok: true; journey: Journey; migratedFrom: number | null }
  | { ok: false; reason: 'missing' | 'not-json' | 'invalid'; raw: string | null; error?: FileError }

export type SaveResult = WriteResult | { ok: false; reason: 'conflict'; error: null; storedRevision: number }

export function summarize(journey: Journey): DraftSummary {
  const { done, total } = progress(journey)
  const { id, title, updatedAt, lastStepId, revision } = journey
  return { id, title, updatedAt, done, total, lastStepId, revision }
}

/** The stored text of a journey, untouched: what a damaged draft offers to download. */
export const readRawJourney = (id: string): string | null => readItem(journeyKey(id))

/** Parses a stored journey through the domain's one normalising path (migrate, validate, defaults). */
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
    ? { ok: true, journey: result.journey, migratedFrom: result.migratedFrom }
    : { ok: false, reason: 'invalid', raw, error: result.error }
}

/** Reads one journey. Never throws; a damaged one comes back with its raw text. */
export const loadJourney = (id: string): LoadResult => parseStored(readRawJourney(id))

/** The revision last saved for a journey (by any tab), from the index or else from the journey itself. */
export function storedRevision(id: string): number | null {
  const line = readIndex().find((d) => d.id === id)
  if (line) return line.revision
  const loaded = loadJourney(id)
  return loaded.ok ? loaded.journey.revision : null
}

/**
 * Saves a journey as the next revision and returns that revision. Refuses when another tab has saved a newer
 * revision since this one was loaded (unless `force`): the user then chooses. The journey key is written
 * first: when that fails (full storage) the previous copy stays, as setItem replaces a value only on success.
 */
export function saveJourney(journey: Journey, { force = false } = {}): SaveResult & { revision?: number } {
  const stored = storedRevision(journey.id)
  if (!force && stored !== null && stored > journey.revision)
    return { ok: false, reason: 'conflict', error: null, storedRevision: stored }
  const next = { ...journey, revision: Math.max(journey.revision, stored ?? 0) + 1 }
  const written = writeItem(journeyKey(journey.id), JSON.stringify(next))
  if (!written.ok) return written
  writeIndexLine(summarize(next))
  return { ok: true, revision: next.revision }
}

export function deleteJourney(id: string): void {
  removeItem(journeyKey(id))
  dropIndexLine(id)
}
