import { z } from 'zod'
import { journeySchema, progress, type Journey } from '@/domain'
import { INDEX_KEY, JOURNEY_KEY_PREFIX, journeyKey } from './keys'
import { listKeys, readItem, removeItem, writeItem, type WriteResult } from './storage'

/** What the start page shows of a draft without loading the whole journey. */
export const draftSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  updatedAt: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  lastStepId: z.string(),
})
export type DraftSummary = z.infer<typeof draftSummarySchema>

export type LoadResult =
  | { ok: true; journey: Journey }
  | { ok: false; reason: 'missing' | 'not-json' | 'invalid'; raw: string | null }

export function summarize(journey: Journey): DraftSummary {
  const { done, total } = progress(journey)
  return {
    id: journey.id,
    title: journey.title,
    updatedAt: journey.updatedAt,
    done,
    total,
    lastStepId: journey.lastStepId,
  }
}

/** Reads one journey: parse, then validate with the domain schema (which fills defaults). Never throws. */
export function loadJourney(id: string): LoadResult {
  const raw = readItem(journeyKey(id))
  if (raw === null) return { ok: false, reason: 'missing', raw }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return { ok: false, reason: 'not-json', raw }
  }
  const parsed = journeySchema.safeParse(data)
  return parsed.success ? { ok: true, journey: parsed.data } : { ok: false, reason: 'invalid', raw }
}

function readIndex(): DraftSummary[] {
  const raw = readItem(INDEX_KEY)
  if (!raw) return []
  try {
    const parsed = z.array(draftSummarySchema).safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

/**
 * Saves a journey and then its line in the index. The journey key is written first: if that fails (full or
 * blocked storage) the previous copy stays untouched, because setItem replaces a value only when it succeeds.
 */
export function saveJourney(journey: Journey): WriteResult {
  const written = writeItem(journeyKey(journey.id), JSON.stringify(journey))
  if (!written.ok) return written
  const others = readIndex().filter((d) => d.id !== journey.id)
  const indexed = writeItem(INDEX_KEY, JSON.stringify([...others, summarize(journey)]))
  // A stale line would show an old title and progress. If the index cannot be written, drop this journey's
  // line (a shorter write) or, failing that, the whole index: listDrafts then summarises from the journeys.
  if (!indexed.ok && !writeItem(INDEX_KEY, JSON.stringify(others)).ok) removeItem(INDEX_KEY)
  return written
}

export type DraftListItem = DraftSummary & { damaged: boolean }

/**
 * All drafts in this browser, newest first. The index is a cache: a journey key it lacks (an index write that
 * failed) is summarised from the journey itself, and a line whose journey is gone is dropped.
 */
export function listDrafts(): DraftListItem[] {
  const ids = listKeys(JOURNEY_KEY_PREFIX).map((k) => k.slice(JOURNEY_KEY_PREFIX.length))
  const index = new Map(readIndex().map((d) => [d.id, d]))
  const items: DraftListItem[] = ids.map((id) => {
    const known = index.get(id)
    if (known) return { ...known, damaged: false }
    const loaded = loadJourney(id)
    if (loaded.ok) return { ...summarize(loaded.journey), damaged: false }
    return { id, title: '', updatedAt: '', done: 0, total: 0, lastStepId: 'goal', damaged: true }
  })
  return items.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

export function deleteJourney(id: string): void {
  removeItem(journeyKey(id))
  writeItem(INDEX_KEY, JSON.stringify(readIndex().filter((d) => d.id !== id)))
}
