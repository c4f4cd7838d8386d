import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import {
  contentCheck,
  createRemark,
  readReviewFile,
  toFeedbackFile,
  type FileError,
  type Remark,
  type RemarkTargetKind,
  type StepId,
} from '@/domain'
import { readReview, reviewIdOf, writeReview, type ReviewDraft } from '@/persistence/reviews'

const SAVE_DELAY_MS = 400
const MAX_REMARKS = 1000

export type RemarkTarget = { kind: RemarkTargetKind; step: StepId; id: string | null; label: string }
type RemarkPatch = Partial<Pick<Remark, 'verdict' | 'text' | 'proposal' | 'phaseId'>>

/**
 * A colleague's side of a review round: the journey they were sent, which they read and cannot change, and
 * their remarks on it, kept in this browser until they save their feedback file. Loaded with review mode only.
 */
export const useReviewStore = defineStore('review', () => {
  const draft = shallowRef<ReviewDraft | null>(null)
  /** Whether the last write of the remarks reached storage. */
  const saved = ref<'idle' | 'saved' | 'failed'>('idle')
  let timer: ReturnType<typeof setTimeout> | undefined

  function persist() {
    clearTimeout(timer)
    timer = undefined
    if (!draft.value) return
    saved.value = writeReview(draft.value).ok ? 'saved' : 'failed'
  }
  function schedule(next: ReviewDraft) {
    draft.value = { ...next, savedAt: new Date().toISOString() }
    clearTimeout(timer)
    timer = setTimeout(persist, SAVE_DELAY_MS)
  }
  /** Writes what is pending now (leaving the page, saving the file). */
  const flush = () => timer !== undefined && persist()

  /**
   * Opens a review file. The same journey and round again continues the review already begun (its remarks
   * stay; the journey is the one in the new file).
   */
  function startFromText(text: string): { ok: true; id: string } | { ok: false; error: FileError } {
    const read = readReviewFile(text)
    if (!read.ok) return read
    const id = reviewIdOf(read.journey.id, read.round)
    const before = readReview(id)
    draft.value = {
      id,
      round: read.round,
      by: before?.by ?? '',
      journey: read.journey,
      remarks: before?.remarks ?? [],
      savedAt: new Date().toISOString(),
    }
    persist()
    return { ok: true, id }
  }

  function open(id: string): boolean {
    if (draft.value?.id === id) return true
    flush()
    draft.value = readReview(id)
    saved.value = 'idle'
    return draft.value !== null
  }

  function setBy(by: string) {
    if (draft.value) schedule({ ...draft.value, by: by.slice(0, 120) })
  }

  function addRemark(target: RemarkTarget, verdict: Remark['verdict']): Remark | null {
    const current = draft.value
    if (!current || current.remarks.length >= MAX_REMARKS) return null
    const remark = createRemark(target, verdict, current.by, current.round, new Date())
    schedule({ ...current, remarks: [...current.remarks, remark] })
    return remark
  }

  function updateRemark(id: string, patch: RemarkPatch) {
    const current = draft.value
    if (!current) return
    const remarks = current.remarks.map((r) =>
      r.id === id ? { ...r, ...patch, at: new Date().toISOString() } : r,
    )
    schedule({ ...current, remarks })
  }

  function removeRemark(id: string) {
    const current = draft.value
    if (current) schedule({ ...current, remarks: current.remarks.filter((r) => r.id !== id) })
  }

  /** The feedback file's text: every remark signed with the colleague's role as it is now. */
  function feedbackText(now = new Date()): string | null {
    const current = draft.value
    if (!current) return null
    flush()
    const { journey, by, round } = current
    return toFeedbackFile(
      {
        journeyId: journey.id,
        journeyTitle: journey.title,
        revision: journey.revision,
        content: contentCheck(journey),
        round,
        by,
        remarks: current.remarks.map((r) => ({ ...r, by })),
      },
      now,
    )
  }

  return {
    draft,
    saved,
    startFromText,
    open,
    setBy,
    addRemark,
    updateRemark,
    removeRemark,
    feedbackText,
    flush,
  }
})
