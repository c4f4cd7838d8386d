import {
  acceptRemark,
  answerRemark,
  citizenLane,
  mergeFeedback,
  readFeedbackFile,
  desiredCopy,
  restoreVersion,
  withVersion,
  type FeedbackMerge,
  type FileError,
  type Journey,
  type Remark,
} from '@/domain'
import { useDraftsStore } from './drafts'
import { useJourneyStore } from './journey'
import type { EditResult } from './journeyEdits'

const MAX_VERSIONS = 50
export type FeedbackOutcome = FeedbackMerge | { ok: false; reason: 'file'; error: FileError }

const label = (key: string, params?: Record<string, string | number>) => ({
  key: `review.history.${key}`,
  params,
})
const done = (doc: Journey): EditResult => ({ ok: true, doc })

/**
 * A feedback file opened on the start page, handed to the journey's feedback page, which reads it in and
 * says what happened there (where the remarks are).
 */
let handedOver: string | null = null
export const handOverFeedback = (text: string) => void (handedOver = text)
export function takeHandedOverFeedback(): string | null {
  const text = handedOver
  handedOver = null
  return text
}

/**
 * What the author does with a review round and versions, each as one undoable edit of the journey store:
 * feedback merged into the journey itself, a remark accepted (its change applied), answered or set aside, a
 * version saved or gone back to, the review date. The domain says what each does; this applies it.
 */
export function useJourneyReview() {
  const store = useJourneyStore()

  /** Reads a feedback file's text and merges its remarks into the open journey. */
  function readFeedback(text: string): FeedbackOutcome {
    const doc = store.journey
    const read = readFeedbackFile(text)
    if (!read.ok) return { ok: false, reason: 'file', error: read.error }
    if (!doc)
      return { ok: false, reason: 'file', error: { key: 'review.wrongFile.unreadableFeedback', params: {} } }
    const merged = mergeFeedback(doc, read)
    if (!merged.ok) return merged
    if (merged.added) store.change(label('feedback'), () => done(merged.journey))
    return merged
  }

  /** Accepts a remark; 'full' when what it adds does not fit (nothing changes then). */
  function accept(remark: Remark): 'ok' | 'full' | 'missing' {
    const doc = store.journey
    const next = doc ? acceptRemark(doc, remark.id, citizenLane(doc)?.id ?? null) : null
    if (next === null) return 'missing'
    if (next === 'full') return 'full'
    store.change(label('accepted'), () => done(next))
    store.reseed()
    return 'ok'
  }

  const mark = (remark: Remark, state: Remark['state'], answer = remark.answer) =>
    store.change(
      label(state === 'answered' ? 'answered' : state === 'setAside' ? 'setAside' : 'reopened'),
      (doc) => done(answerRemark(doc, remark.id, answer, state)),
    )

  const answer = (remark: Remark, text: string) => mark(remark, 'answered', text.trim())
  const setAside = (remark: Remark) => mark(remark, 'setAside')
  const reopen = (remark: Remark) => mark(remark, 'open')

  function saveVersion(name: string): 'ok' | 'full' {
    const doc = store.journey
    if (!doc || doc.versions.length >= MAX_VERSIONS) return 'full'
    store.change(label('version'), (d) => done(withVersion(d, name.trim(), new Date())))
    return 'ok'
  }

  function restore(versionId: string, name: string): 'ok' | 'full' | 'missing' {
    const doc = store.journey
    if (!doc) return 'missing'
    if (doc.versions.length >= MAX_VERSIONS) return 'full'
    const next = restoreVersion(doc, versionId, name, new Date())
    if (!next) return 'missing'
    store.change(label('restored'), () => done(next))
    // The step forms hold the old content: they reseed from the restored document.
    store.reseed()
    return 'ok'
  }

  const setReviewOn = (date: string) => store.commit('reviewOn', date)

  /**
   * Starts the desired journey: a linked copy, stored as a draft of its own, with the opportunities written
   * into their steps; this journey then points at it. Nothing is linked when the copy could not be stored.
   */
  async function makeDesired(words: {
    title: (title: string) => string
    workedIn: (text: string) => string
  }): Promise<{ ok: true; id: string } | { ok: false; reason: 'quota' | 'unavailable' | 'unknown' }> {
    const doc = store.journey
    if (!doc) return { ok: false, reason: 'unknown' }
    const { current, desired } = desiredCopy(doc, {
      now: new Date(),
      title: words.title(doc.title),
      workedIn: words.workedIn,
    })
    const stored = await useDraftsStore().store(desired)
    if (!stored.ok) return stored
    store.change({ key: 'review.history.desired' }, () => done({ ...doc, link: current.link }))
    await store.flush()
    return { ok: true, id: desired.id }
  }

  return {
    readFeedback,
    accept,
    answer,
    setAside,
    reopen,
    saveVersion,
    restore,
    setReviewOn,
    makeDesired,
    MAX_VERSIONS,
  }
}
