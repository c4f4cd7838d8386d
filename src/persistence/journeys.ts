import { newId, progress, type Journey } from '@/domain'
import { headRevision } from './head'
import { backupKey, journeyKey, LOCK_PREFIX } from './keys'
import { readItem, removeItem, writeItem, type WriteFailure } from './storage'
import { readIndex, writeIndexLine, dropIndexLine, type DraftSummary } from './draftIndex'
import { readWal, writeWal, dropWal, trashStore, type TrashRecord } from './wal'
import { withLock } from './locks'
import { publishSaved, TAB_ID } from './notices'

export type SaveResult =
  | { ok: true; revision: number }
  | { ok: false; reason: WriteFailure; error: unknown }
  | { ok: false; reason: 'conflict'; storedRevision: number }

export function summarize(journey: Journey): DraftSummary {
  const { done, total, ready } = progress(journey)
  const { id, title, updatedAt, lastStepId, revision, reviewOn, link } = journey
  const desiredOf = link?.kind === 'current' ? link.title || ' ' : ''
  return { id, title, updatedAt, done, total, ready, lastStepId, revision, reviewOn, desiredOf }
}

/** The stored text of a journey, untouched: what a damaged draft offers to download. */
export const readRawJourney = (id: string): string | null => readItem(journeyKey(id))

/** The revision another tab may have saved: the write-ahead copy's (consistent across tabs), else storage's. */
async function storedRevision(id: string): Promise<number | null> {
  const record = await readWal(id)
  if (record) return record.committedRevision
  return headRevision(readRawJourney(id)) ?? readIndex().find((d) => d.id === id)?.revision ?? null
}

/** The document as text, with its revision at the head (see `headRevision`). */
const serialise = (journey: Journey, revision: number) => {
  const rest: Partial<Journey> = { ...journey }
  delete rest.revision
  return JSON.stringify({ schemaVersion: journey.schemaVersion, id: journey.id, revision, ...rest })
}

/**
 * Saves a journey as the next revision after `base`, the revision this tab last loaded or wrote. Refused as
 * a conflict when another tab saved since (unless `force`); the check and the write are one step across tabs.
 * The write-ahead copy goes first; when localStorage then refuses (full), the previous copy there stays and
 * the newer text is still in the write-ahead copy.
 */
export function saveJourney(
  journey: Journey,
  base: number,
  options: { force?: boolean } = {},
): Promise<SaveResult> {
  return trackSave(saveLocked(journey, base, options))
}

/** Saves still waiting for the lock or IndexedDB, or queued behind another save (see `trackSave`). */
const inFlight = new Set<Promise<unknown>>()
/** Counts a save as under way until it settles; a store's queue of saves is tracked as well. */
export function trackSave<T>(saving: Promise<T>): Promise<T> {
  inFlight.add(saving)
  void saving.then(
    () => inFlight.delete(saving),
    () => inFlight.delete(saving),
  )
  return saving
}
/**
 * Resolves when every save begun so far has landed: a list read right after leaving the wizard (whose last
 * save started on the way out) shows what was typed, not the text before it.
 */
export const savesSettled = async (): Promise<void> => {
  while (inFlight.size) await Promise.allSettled([...inFlight])
}

function saveLocked(
  journey: Journey,
  base: number,
  { force = false }: { force?: boolean },
): Promise<SaveResult> {
  return withLock(LOCK_PREFIX + journey.id, async () => {
    const stored = await storedRevision(journey.id)
    if (!force && stored !== null && stored !== base)
      return { ok: false, reason: 'conflict', storedRevision: stored }
    const revision = Math.max(base, stored ?? 0) + 1
    const text = serialise(journey, revision)
    const before = await readWal(journey.id)
    const savedAt = new Date().toISOString()
    const committed = {
      committedRevision: before?.committedRevision ?? stored ?? 0,
      committedTab: before?.committedTab ?? '',
    }
    await writeWal(journey.id, { text, textRevision: revision, savedAt, ...committed })
    const written = writeItem(journeyKey(journey.id), text)
    if (!written.ok) return written
    await writeWal(journey.id, {
      text,
      textRevision: revision,
      savedAt,
      committedRevision: revision,
      committedTab: TAB_ID,
    })
    writeIndexLine(summarize({ ...journey, revision }))
    publishSaved(journey.id, revision)
    return { ok: true, revision }
  })
}

/**
 * The last save before a tab is hidden or closed, when there is no time to wait for a lock or IndexedDB:
 * written to localStorage at once, and to the write-ahead copy as far as the browser lets it finish.
 */
export function saveJourneyNow(journey: Journey, base: number): SaveResult {
  // No lock and no IndexedDB read in time, but what this tab sees of localStorage is checked: another tab's
  // newer save is never overwritten here (the conflict is found by the next normal save).
  const stored = headRevision(readRawJourney(journey.id))
  if (stored !== null && stored !== base) return { ok: false, reason: 'conflict', storedRevision: stored }
  const revision = base + 1
  const text = serialise(journey, revision)
  const written = writeItem(journeyKey(journey.id), text)
  if (!written.ok) return written
  writeIndexLine(summarize({ ...journey, revision }))
  const savedAt = new Date().toISOString()
  void writeWal(journey.id, {
    text,
    textRevision: revision,
    savedAt,
    committedRevision: revision,
    committedTab: TAB_ID,
  })
  publishSaved(journey.id, revision)
  return { ok: true, revision }
}

/**
 * Writes a new draft (an import, a copy, the example) that no other tab can know yet. When it is refused
 * (storage full) the user is told it was not added: its write-ahead copy goes too, or the next start would
 * announce it as a journey recovered after a crash.
 */
export async function storeNewJourney(journey: Journey): Promise<SaveResult> {
  const result = await saveJourney(journey, journey.revision, { force: true })
  if (!result.ok && readRawJourney(journey.id) === null) await dropWal(journey.id)
  return result
}

/**
 * Removes a journey, keeping its text in the trash so the deletion can be undone (also after a reload).
 * Returns the trash record.
 */
export async function deleteJourney(id: string, title: string): Promise<TrashRecord | null> {
  const raw = readRawJourney(id)
  const record = raw === null ? null : { raw, title, deletedAt: new Date().toISOString() }
  if (record) await trashStore().set(id, record)
  removeItem(journeyKey(id))
  dropIndexLine(id)
  await dropWal(id)
  publishSaved(id, null)
  return record
}

export interface TrashItem {
  id: string
  title: string
  deletedAt: string
}

/** How long a deleted journey can be brought back. */
export const TRASH_DAYS = 30

/**
 * The deleted journeys that can still be brought back, newest first; those deleted more than TRASH_DAYS ago
 * are removed for good here (the trash holds whole journeys, and storage is the user's).
 */
export async function listTrash(now = new Date()): Promise<TrashItem[]> {
  const oldest = now.getTime() - TRASH_DAYS * 86_400_000
  const items: TrashItem[] = []
  for (const [id, record] of await trashStore().entries<TrashRecord>()) {
    const at = Date.parse(record?.deletedAt ?? '')
    if (!record || typeof record.raw !== 'string' || !(at >= oldest)) await trashStore().del(id)
    else items.push({ id, title: record.title, deletedAt: record.deletedAt })
  }
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
}

/** Brings a deleted journey back from the trash. */
export async function restoreJourney(id: string): Promise<boolean> {
  const record = await trashStore().get<TrashRecord>(id)
  if (!record) return false
  const { parseStored } = await import('./parse')
  const loaded = parseStored(record.raw)
  // A journey with this id came back meanwhile (imported again, say): the deleted one returns beside it.
  const taken = readRawJourney(id) !== null
  const journey =
    loaded.ok && taken ? { ...loaded.journey, id: newId(), revision: 0 } : loaded.ok ? loaded.journey : null
  const key = journey ? journey.id : id
  const text = journey && taken ? JSON.stringify(journey) : record.raw
  if ((taken && !journey) || !writeItem(journeyKey(key), text).ok) return false
  if (journey) writeIndexLine(summarize(journey))
  await trashStore().del(id)
  return true
}

/** Keeps the text of a draft as it was before the reader mended it, so it can still be downloaded. */
export function keepBackup(id: string, raw: string): boolean {
  return readItem(backupKey(id)) !== null || writeItem(backupKey(id), raw).ok
}
export const readBackup = (id: string): string | null => readItem(backupKey(id))
export const dropBackup = (id: string): void => removeItem(backupKey(id))
