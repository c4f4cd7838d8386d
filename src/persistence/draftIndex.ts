import { INDEX_KEY } from './keys'
import { readItem, removeItem, writeItem } from './storage'

/**
 * What the start page shows of a draft without loading the whole journey. A cache: journeys are the truth,
 * and a line that does not read as one is dropped (the journey is then summarised from itself). Checked by
 * hand rather than with the schema, so the start page needs no zod.
 */
export interface DraftSummary {
  id: string
  title: string
  updatedAt: string
  done: number
  total: number
  /** Every required step complete: the start page says the map is ready. */
  ready: boolean
  lastStepId: string
  revision: number
  /** "Herbekijken op" (yyyy-mm-dd) or empty: the start page lists the journeys that are due first. */
  reviewOn: string
  /** For a desired journey, the title of the current one it was made from; empty otherwise. */
  desiredOf: string
}

const isLine = (v: unknown): v is DraftSummary => {
  const d = v as Record<string, unknown> | null
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.id === 'string' &&
    typeof d.title === 'string' &&
    typeof d.updatedAt === 'string' &&
    Number.isInteger(d.done) &&
    Number.isInteger(d.total) &&
    typeof d.lastStepId === 'string' &&
    Number.isInteger(d.revision) &&
    (d.revision as number) >= 0
  )
}

export function readIndex(): DraftSummary[] {
  const raw = readItem(INDEX_KEY)
  if (!raw) return []
  try {
    const parsed: unknown = JSON.parse(raw)
    // Lines written before a field existed get its empty value.
    return Array.isArray(parsed)
      ? parsed.filter(isLine).map((d) => ({
          ...d,
          ready: d.ready === true,
          reviewOn: typeof d.reviewOn === 'string' ? d.reviewOn : '',
          desiredOf: typeof d.desiredOf === 'string' ? d.desiredOf : '',
        }))
      : []
  } catch {
    return []
  }
}

/**
 * Replaces one draft's line. A stale line would show an old title and progress: if the index cannot be
 * written, drop this line (a shorter write) or, failing that, the whole index; listDrafts then summarises
 * from the journeys themselves.
 */
export function writeIndexLine(line: DraftSummary): void {
  const others = readIndex().filter((d) => d.id !== line.id)
  if (writeItem(INDEX_KEY, JSON.stringify([...others, line])).ok) return
  if (!writeItem(INDEX_KEY, JSON.stringify(others)).ok) removeItem(INDEX_KEY)
}

export function dropIndexLine(id: string): void {
  writeItem(INDEX_KEY, JSON.stringify(readIndex().filter((d) => d.id !== id)))
}

/**
 * Remembers the step a draft was last open on, in its index line only: viewing a step is not an edit, so it
 * must not make a new revision of the journey (two tabs opening the same draft would then conflict).
 */
export function rememberLastStep(id: string, stepId: string): void {
  const index = readIndex()
  const line = index.find((d) => d.id === id)
  if (!line || line.lastStepId === stepId) return
  line.lastStepId = stepId
  writeItem(INDEX_KEY, JSON.stringify(index))
}
