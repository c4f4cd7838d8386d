import { mergeRemarks } from './remarks'
import { contentCheck, type FeedbackResult } from './reviewFiles'
import type { Journey } from './schema'

/**
 * What opening a colleague's feedback file does to the author's journey, and what the screen must say about
 * it. The remarks always go into the journey itself (never into a copy); only feedback on another journey is
 * refused, with that journey's title so the author knows which one to open.
 */
export type FeedbackMerge =
  | { ok: false; reason: 'otherJourney'; title: string; journeyId: string }
  | {
      ok: true
      journey: Journey
      by: string
      added: number
      /** Remarks already there: the same file opened twice. */
      duplicates: number
      /** Remarks on items deleted since the colleague read them: kept, with the text the colleague saw. */
      orphans: number
      /** The journey changed since the colleague read it: some remarks may be about text that is different now. */
      older: boolean
      /** The file's checksum does not match: it was changed by hand after it was saved. */
      handEdited: boolean
      /** Remarks that could not be read and were left out. */
      dropped: number
      /** New remarks left out because the journey holds the most remarks it may (1000). */
      cut: number
    }

export function mergeFeedback(journey: Journey, read: Extract<FeedbackResult, { ok: true }>): FeedbackMerge {
  const { feedback } = read
  if (feedback.journeyId !== journey.id)
    return { ok: false, reason: 'otherJourney', title: feedback.journeyTitle, journeyId: feedback.journeyId }
  const merged = mergeRemarks(journey, feedback.remarks)
  return {
    ok: true,
    journey: merged.journey,
    by: feedback.by,
    added: merged.added,
    duplicates: merged.duplicates,
    orphans: merged.orphans,
    older: feedback.content
      ? feedback.content !== contentCheck(journey)
      : feedback.revision < journey.revision,
    handEdited: read.handEdited,
    dropped: read.dropped,
    cut: merged.cut,
  }
}
