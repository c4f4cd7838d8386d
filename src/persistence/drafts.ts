import { checkVersion } from '@/domain'
import { JOURNEY_KEY_PREFIX, journeyKey } from './keys'
import { listKeys, readItem } from './storage'
import { readIndex, type DraftSummary } from './draftIndex'
import { headRevision } from './head'
import { savesSettled, summarize } from './journeys'

/**
 * A draft as the start page lists it. `damaged` is set only for text that is not a journey at all (or one made
 * by a newer Klantreis): such a draft keeps its raw text byte for byte and is named by its last known title.
 */
export type DraftListItem = DraftSummary & { damaged: null | 'unreadable' | 'newer' }

/** Does the stored text still carry the revision its index line says? Then the app wrote both: no parsing. */
const matchesIndex = (raw: string | null, line: DraftSummary | undefined): line is DraftSummary =>
  line !== undefined &&
  raw !== null &&
  raw.includes(`"id":${JSON.stringify(line.id)}`) &&
  raw.endsWith('}') &&
  headRevision(raw) === line.revision

/** A newer Klantreis wrote it: we cannot know its shape, so it is kept and offered for download, not opened. */
function isNewer(raw: string | null): boolean {
  const match = raw ? /^\s*\{\s*"schemaVersion"\s*:\s*(\d+)/.exec(raw) : null
  return match !== null && checkVersion(Number(match[1]))?.key === 'errors.file.newer'
}

/**
 * All drafts in this browser, newest first. Drafts the app wrote are listed from the index; only a journey
 * the index lacks or does not match is read in full (the reader loads then, not with the start page).
 */
export async function listDrafts(): Promise<DraftListItem[]> {
  await savesSettled()
  const index = new Map(readIndex().map((d) => [d.id, d]))
  const items: DraftListItem[] = []
  const unknown: { id: string; raw: string | null; known: DraftSummary | undefined }[] = []
  for (const key of listKeys(JOURNEY_KEY_PREFIX)) {
    const id = key.slice(JOURNEY_KEY_PREFIX.length)
    const raw = readItem(journeyKey(id))
    const known = index.get(id)
    if (matchesIndex(raw, known)) items.push({ ...known, damaged: null })
    else unknown.push({ id, raw, known })
  }
  if (unknown.length) {
    const { parseStored, withId } = await import('./parse')
    for (const { id, raw, known } of unknown) {
      const loaded = withId(parseStored(raw), id)
      if (loaded.ok) items.push({ ...summarize(loaded.journey), damaged: null })
      else
        items.push({
          id,
          title: known?.title ?? '',
          updatedAt: known?.updatedAt ?? '',
          done: 0,
          total: 0,
          ready: false,
          lastStepId: 'goal',
          revision: known?.revision ?? 0,
          reviewOn: '',
          desiredOf: '',
          damaged: isNewer(raw) ? 'newer' : 'unreadable',
        })
    }
  }
  return items.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}
