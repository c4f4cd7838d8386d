import { asNewDraft } from '@/domain'
import { journeyKey } from './keys'
import { readItem, writeItem } from './storage'
import { writeIndexLine } from './draftIndex'
import { headRevision } from './head'
import { summarize } from './journeys'
import { allWal, dropConflictCopy, isConflictKey, writeWal, type WalRecord } from './wal'

/** A journey whose newest text came back from the write-ahead copy; the start page says so. */
export interface Recovered {
  id: string
  title: string
  /** 'crash': localStorage had an older text; 'conflict': an unsaved version from a two-tab conflict. */
  kind: 'crash' | 'conflict'
  /** False when localStorage refused the text (full): it stays in the write-ahead copy. */
  stored: boolean
}

/**
 * After a crash, a killed browser or a full storage, the write-ahead copy can be newer than localStorage:
 * its text is put back. A version left in a two-tab conflict becomes a draft of its own.
 * Runs once at start-up, before any journey is opened.
 */
export async function recoverFromWal(): Promise<Recovered[]> {
  const recovered: Recovered[] = []
  const { parseStored } = await import('./parse')
  let records: [string, WalRecord | { conflict: string }][]
  try {
    records = await allWal()
  } catch {
    return recovered
  }
  for (const [key, value] of records) {
    if (isConflictKey(key) && 'conflict' in value) {
      const loaded = parseStored(value.conflict)
      const copy = loaded.ok
        ? asNewDraft(loaded.journey, { kind: 'duplicate', now: new Date(), freshId: true })
        : null
      if (copy && writeItem(journeyKey(copy.id), JSON.stringify(copy)).ok) {
        writeIndexLine(summarize(copy))
        recovered.push({ id: copy.id, title: copy.title, kind: 'conflict', stored: true })
      }
      await dropConflictCopy(key.slice('conflict:'.length))
      continue
    }
    if (!('text' in value)) continue
    const stored = headRevision(readItem(journeyKey(key)))
    if (stored !== null && stored >= value.textRevision) continue
    const loaded = parseStored(value.text)
    if (!loaded.ok) continue
    const ok = writeItem(journeyKey(key), value.text).ok
    if (ok) {
      writeIndexLine(summarize(loaded.journey))
      // What is in localStorage now is this text: the next save builds on its revision.
      await writeWal(key, { ...value, committedRevision: value.textRevision, committedTab: '' })
    }
    recovered.push({ id: key, title: loaded.journey.title, kind: 'crash', stored: ok })
  }
  return recovered
}
