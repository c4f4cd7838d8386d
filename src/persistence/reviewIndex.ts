import { REVIEW_KEY_PREFIX } from './keys'
import { listKeys, readItem, removeItem } from './storage'

/**
 * The reviews a colleague has under way in this browser, as the start page lists them. Read by hand rather
 * than with the schema, so the start page needs no zod; `reviews.ts` reads one whole review.
 */
export interface ReviewSummary {
  id: string
  title: string
  round: string
  remarks: number
  savedAt: string
}

export const REVIEW_DRAFT_TYPE = 'klantreis-review-draft'

export function listReviews(): ReviewSummary[] {
  return listKeys(REVIEW_KEY_PREFIX)
    .flatMap((key) => {
      try {
        const data = JSON.parse(readItem(key) ?? '') as Record<string, unknown> | null
        if (!data || data.type !== REVIEW_DRAFT_TYPE) return []
        const journey = (data.journey ?? {}) as Record<string, unknown>
        return [
          {
            id: key.slice(REVIEW_KEY_PREFIX.length),
            title: typeof journey.title === 'string' ? journey.title : '',
            round: typeof data.round === 'string' ? data.round : '',
            remarks: Array.isArray(data.remarks) ? data.remarks.length : 0,
            savedAt: typeof data.savedAt === 'string' ? data.savedAt : '',
          },
        ]
      } catch {
        return []
      }
    })
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
}

export const deleteReview = (id: string) => removeItem(`${REVIEW_KEY_PREFIX}${id}`)
