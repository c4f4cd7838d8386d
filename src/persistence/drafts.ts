import { JOURNEY_KEY_PREFIX, journeyKey } from './keys'
import { listKeys, readItem } from './storage'
import { readIndex, type DraftSummary } from './draftIndex'
import { parseStored, summarize } from './journeys'

export type DraftListItem = DraftSummary & { damaged: boolean }

/** Does the stored text still look like the journey its index line describes? A cheap check, no schema. */
function looksIntact(raw: string | null, id: string): boolean {
  if (raw === null) return false
  try {
    const data: unknown = JSON.parse(raw)
    return typeof data === 'object' && data !== null && (data as { id?: unknown }).id === id
  } catch {
    return false
  }
}

/**
 * All drafts in this browser, newest first. An indexed draft whose text is no longer JSON of that journey is
 * listed as damaged; a journey the index lacks is summarised from itself. A damaged draft's text is never
 * touched, so it can still be downloaded.
 */
export function listDrafts(): DraftListItem[] {
  const index = new Map(readIndex().map((d) => [d.id, d]))
  const items = listKeys(JOURNEY_KEY_PREFIX).map((key): DraftListItem => {
    const id = key.slice(JOURNEY_KEY_PREFIX.length)
    const raw = readItem(journeyKey(id))
    const known = index.get(id)
    if (known && looksIntact(raw, id)) return { ...known, damaged: false }
    const loaded = parseStored(raw)
    if (loaded.ok) return { ...summarize(loaded.journey), damaged: false }
    return { id, title: '', updatedAt: '', done: 0, total: 0, lastStepId: 'goal', revision: 0, damaged: true }
  })
  return items.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

/**
 * Calls back when another tab saved or removed one of our journeys (the `storage` event), with the revision
 * it saved. The revision is read from the event's own value: this tab's copy of the index may not have
 * received the other tab's index write yet when the event for the journey key arrives.
 */
export function onExternalChange(callback: (id: string, revision: number | null) => void): () => void {
  const handler = (event: StorageEvent) => {
    if (!event.key?.startsWith(JOURNEY_KEY_PREFIX)) return
    let revision: number | null = null
    try {
      const value: unknown = event.newValue === null ? null : JSON.parse(event.newValue)
      const r = (value as { revision?: unknown } | null)?.revision
      revision = typeof r === 'number' ? r : null
    } catch {
      revision = null
    }
    callback(event.key.slice(JOURNEY_KEY_PREFIX.length), revision)
  }
  window.addEventListener('storage', handler)
  return () => window.removeEventListener('storage', handler)
}
