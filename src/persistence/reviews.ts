import { checksum, normalizeJourney, remarkSchema, type Journey, type Remark } from '@/domain'
import { reviewKey } from './keys'
import { REVIEW_DRAFT_TYPE } from './reviewIndex'
import { readItem, writeItem, type WriteResult } from './storage'

/**
 * A colleague's review in progress: the journey they were sent (read-only for them) and their remarks, kept
 * in this browser so they can come back to it before they send their feedback file.
 */
export interface ReviewDraft {
  id: string
  round: string
  by: string
  journey: Journey
  remarks: Remark[]
  savedAt: string
}

/** One review per journey and round: a second file of the same round opens the review already begun. */
export const reviewIdOf = (journeyId: string, round: string) => `${journeyId}.${checksum(round)}`

export function writeReview(draft: ReviewDraft): WriteResult {
  return writeItem(reviewKey(draft.id), JSON.stringify({ type: REVIEW_DRAFT_TYPE, version: 1, ...draft }))
}

/** Reads a stored review; remarks that do not read are left out, a journey that does not read is null. */
export function readReview(id: string): ReviewDraft | null {
  const raw = readItem(reviewKey(id))
  if (!raw) return null
  try {
    const data = JSON.parse(raw) as Record<string, unknown>
    if (data.type !== REVIEW_DRAFT_TYPE) return null
    const journey = normalizeJourney(data.journey)
    if (!journey.ok) return null
    const remarks = (Array.isArray(data.remarks) ? data.remarks : []).flatMap((r) => {
      const one = remarkSchema.safeParse(r)
      return one.success ? [one.data] : []
    })
    return {
      id,
      round: typeof data.round === 'string' ? data.round.slice(0, 80) : '',
      by: typeof data.by === 'string' ? data.by.slice(0, 120) : '',
      journey: journey.journey,
      remarks,
      savedAt: typeof data.savedAt === 'string' ? data.savedAt : '',
    }
  } catch {
    return null
  }
}
