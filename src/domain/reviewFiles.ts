import { FILE_ERROR_KEYS, fileError, type FileError } from './fileErrors'
import { MAX_FILE_CHARS } from './envelope'
import { checkVersion, isRecord } from './migrations'
import { normalizeJourney } from './normalize'
import { remarkSchema, type Journey, type Remark } from './schema'
import { contentOf } from './versions'
import { SCHEMA_VERSION } from './version'
import { z } from 'zod'

/**
 * The two files of a review round, mailed between colleagues: the review file (the journey to read, from
 * the author) and the feedback file (the remarks, back from a colleague). No server: a file is the message.
 */
export const REVIEW_TYPE = 'klantreis-review'
export const FEEDBACK_TYPE = 'klantreis-feedback'
export const REVIEW_EXTENSION = '.nalezen.klantreis.json'
export const FEEDBACK_EXTENSION = '.feedback.klantreis.json'

/** A short checksum of the remarks, so a file changed by hand is noticed (and still read). */
export function checksum(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/** JSON with the keys of every object in sorted order, so the same content always gives the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(value) ?? 'null'
}

/**
 * A checksum of what a reader sees of a journey: its content, without remarks, versions or save counters.
 * Independent of the order in which fields were written (a document read back from a file has the schema's).
 */
export const contentCheck = (journey: Journey) => checksum(stableJson(contentOf(journey)))

/** The review file: the journey as it is now, without its remarks and versions, and which round it opens. */
export function toReviewFile(journey: Journey, round: string, now: Date): string {
  const { remarks: _r, versions: _v, ...rest } = journey
  void _r
  void _v
  return (
    JSON.stringify(
      {
        type: REVIEW_TYPE,
        version: SCHEMA_VERSION,
        round,
        exportedAt: now.toISOString(),
        journey: { ...rest, remarks: [], versions: [] },
      },
      null,
      2,
    ) + '\n'
  )
}

export interface FeedbackFile {
  journeyId: string
  journeyTitle: string
  /** The revision the colleague read. */
  revision: number
  /** A checksum of the content the colleague read (`contentCheck`), to tell whether it changed since. */
  content: string
  round: string
  by: string
  remarks: Remark[]
}

export function toFeedbackFile(feedback: FeedbackFile, now: Date): string {
  return (
    JSON.stringify(
      {
        type: FEEDBACK_TYPE,
        version: 1,
        createdAt: now.toISOString(),
        ...feedback,
        check: checksum(JSON.stringify(feedback.remarks)),
      },
      null,
      2,
    ) + '\n'
  )
}

const feedbackSchema = z.object({
  journeyId: z.string().max(64),
  journeyTitle: z.string().max(160).default(''),
  revision: z.number().int().nonnegative().default(0),
  content: z.string().max(16).default(''),
  round: z.string().max(80).default(''),
  by: z.string().max(120).default(''),
  remarks: z.array(z.unknown()).max(1000),
  check: z.string().default(''),
})

export type ReviewFileResult = { ok: true; journey: Journey; round: string } | { ok: false; error: FileError }

/** Why a file is not the one that was asked for, in words the screen can say (`review.wrongFile.*`). */
export const WRONG_FILE_KEYS = {
  journeyAsFeedback: 'review.wrongFile.journeyAsFeedback',
  reviewAsFeedback: 'review.wrongFile.reviewAsFeedback',
  feedbackAsReview: 'review.wrongFile.feedbackAsReview',
  journeyAsReview: 'review.wrongFile.journeyAsReview',
} as const
export type FeedbackResult =
  { ok: true; feedback: FeedbackFile; handEdited: boolean; dropped: number } | { ok: false; error: FileError }

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch {
    return undefined
  }
}

/** Which kind of Klantreis file a text is: a journey, a review file, a feedback file, or none. */
export function fileKind(text: string): 'journey' | 'review' | 'feedback' | null {
  const data = parse(text)
  if (!isRecord(data)) return null
  return data.type === 'klantreis'
    ? 'journey'
    : data.type === REVIEW_TYPE
      ? 'review'
      : data.type === FEEDBACK_TYPE
        ? 'feedback'
        : null
}

const tooLarge = (text: string) =>
  text.length > MAX_FILE_CHARS
    ? { ok: false as const, error: fileError(FILE_ERROR_KEYS.tooLarge, { maxMb: 20 }) }
    : null

export function readReviewFile(text: string): ReviewFileResult {
  const large = tooLarge(text)
  if (large) return large
  const data = parse(text)
  if (data === undefined) return { ok: false, error: fileError(FILE_ERROR_KEYS.notJson) }
  if (isRecord(data) && data.type === FEEDBACK_TYPE)
    return { ok: false, error: { key: WRONG_FILE_KEYS.feedbackAsReview, params: {} } }
  if (isRecord(data) && data.type === 'klantreis')
    return { ok: false, error: { key: WRONG_FILE_KEYS.journeyAsReview, params: {} } }
  if (!isRecord(data) || data.type !== REVIEW_TYPE)
    return { ok: false, error: fileError(FILE_ERROR_KEYS.notKlantreis) }
  const refused = checkVersion(data.version)
  if (refused) return { ok: false, error: refused }
  const read = normalizeJourney(data.journey)
  if (!read.ok) return read
  return {
    ok: true,
    journey: read.journey,
    round: typeof data.round === 'string' ? data.round.slice(0, 80) : '',
  }
}

/**
 * Reads a feedback file. Remarks that do not read are left out (and counted); a checksum that does not match
 * means the file was changed by hand: it is still read, and the author is told.
 */
export function readFeedbackFile(text: string): FeedbackResult {
  const large = tooLarge(text)
  if (large) return large
  const data = parse(text)
  if (data === undefined) return { ok: false, error: fileError(FILE_ERROR_KEYS.notJson) }
  if (isRecord(data) && data.type === REVIEW_TYPE)
    return { ok: false, error: { key: WRONG_FILE_KEYS.reviewAsFeedback, params: {} } }
  if (isRecord(data) && data.type === 'klantreis')
    return { ok: false, error: { key: WRONG_FILE_KEYS.journeyAsFeedback, params: {} } }
  if (!isRecord(data) || data.type !== FEEDBACK_TYPE)
    return { ok: false, error: fileError(FILE_ERROR_KEYS.notKlantreis) }
  // A newer Klantreis may write another shape: say so before trying to read it as ours.
  if (typeof data.version === 'number' && data.version > 1)
    return { ok: false, error: fileError(FILE_ERROR_KEYS.newer, { version: data.version }) }
  const parsed = feedbackSchema.safeParse(data)
  if (!parsed.success) return { ok: false, error: { key: 'review.wrongFile.unreadableFeedback', params: {} } }
  const remarks = parsed.data.remarks.flatMap((r) => {
    const one = remarkSchema.safeParse(r)
    return one.success ? [one.data] : []
  })
  const handEdited = parsed.data.check !== checksum(JSON.stringify(parsed.data.remarks))
  return {
    ok: true,
    feedback: { ...parsed.data, remarks },
    handEdited,
    dropped: parsed.data.remarks.length - remarks.length,
  }
}
