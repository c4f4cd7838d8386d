import { z } from 'zod'
import { INDEX_KEY } from './keys'
import { readItem, removeItem, writeItem } from './storage'

/** What the start page shows of a draft without loading the whole journey. A cache: journeys are the truth. */
export const draftSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  updatedAt: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  lastStepId: z.string(),
  revision: z.number().int().nonnegative().default(0),
})
export type DraftSummary = z.infer<typeof draftSummarySchema>

export function readIndex(): DraftSummary[] {
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
