import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checksum,
  mergeFeedback,
  readFeedbackFile,
  readReviewFile,
  REMARK_STATES,
  REMARK_TARGETS,
  STEP_IDS,
  TEXT_LIMITS,
  toFeedbackFile,
  toReviewFile,
  VERDICTS,
  withVersion,
  type FeedbackFile,
  type Journey,
  type Remark,
} from '@/domain'
import { makeJourney } from '../../fixtures/makeJourney'
import { NOW } from './support'

/**
 * The write path against the read path: whatever a colleague's Klantreis writes in a feedback file, the
 * author's reads back as it was, signed as unchanged; whatever the author sends for review, the colleague
 * reads as the journey without its remarks and versions. The texts are what people type: names with
 * diacritics, emoji, markup, quotes, backslashes, line breaks, and the invisible characters a paste brings.
 */

const ODD = [
  'Łukasz Őrs',
  'Zoë “de Jong” – O’Brien',
  'Ærøskøbing Straße ﬁ',
  '<script>alert("x")</script>',
  '<b>vet</b> & <i>schuin</i>',
  '👩🏽‍💼 onthaal 🇧🇪',
  'regel 1\nregel 2\r\nregel 3\ttab',
  '"quotes" \'enkel\' `code` \\ backslash \\n',
  '{"type":"klantreis"}',
  '\u0000\u0007\u202Eomgekeerd\u202C\u200B',
  '',
  '   ',
]

/** A text of at most `max` UTF-16 code units, often one of the odd ones above, in any mix. */
const text = (max: number): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.constantFrom(...ODD),
      fc.string({ maxLength: Math.min(max, 200) }),
      fc.string({ unit: 'binary', maxLength: Math.min(max, 200) / 2 }),
      fc.array(fc.constantFrom(...ODD), { maxLength: 4 }).map((parts) => parts.join(' ')),
    )
    .map((s) => (s.length > max ? s.slice(0, max) : s))

const id = fc.oneof(fc.stringMatching(/^[0-9a-f]{24}$/), fc.string({ minLength: 1, maxLength: 64 }))
const stamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString())

const remark: fc.Arbitrary<Remark> = fc.record({
  id,
  by: text(TEXT_LIMITS.name),
  at: stamp,
  target: fc.record({
    kind: fc.constantFrom(...REMARK_TARGETS),
    step: fc.oneof(fc.constantFrom(...STEP_IDS), fc.string({ maxLength: 40 })),
    id: fc.option(id, { nil: null }),
    label: text(TEXT_LIMITS.caption),
  }),
  verdict: fc.constantFrom(...VERDICTS),
  text: text(TEXT_LIMITS.long),
  proposal: text(TEXT_LIMITS.long),
  phaseId: fc.option(id, { nil: null }),
  state: fc.constantFrom(...REMARK_STATES),
  answer: text(TEXT_LIMITS.long),
  round: text(80),
})

const remarks = fc.uniqueArray(remark, { maxLength: 12, selector: (r) => r.id })

const feedback: fc.Arbitrary<FeedbackFile> = fc.record({
  journeyId: id,
  journeyTitle: text(TEXT_LIMITS.title),
  revision: fc.nat(),
  content: fc.oneof(fc.stringMatching(/^[0-9a-f]{8}$/), fc.string({ maxLength: 16 })),
  round: text(80),
  by: text(TEXT_LIMITS.name),
  remarks,
})

describe('feedback file: what is written is read', () => {
  it('reads back every field and every remark, unchanged and not called edited by hand', () => {
    fc.assert(
      fc.property(feedback, stamp, (file, at) => {
        const written = toFeedbackFile(file, new Date(at))
        expect(readFeedbackFile(written)).toEqual({
          ok: true,
          feedback: { ...file, check: checksum(JSON.stringify(file.remarks)) },
          handEdited: false,
          dropped: 0,
        })
      }),
      { numRuns: 300 },
    )
  })

  it('notices any change to one remark’s text as an edit by hand, and still reads it', () => {
    fc.assert(
      fc.property(feedback, text(200), fc.nat(), (file, words, pick) => {
        fc.pre(file.remarks.length > 0)
        const i = pick % file.remarks.length
        fc.pre(file.remarks[i]!.text !== words)
        const data = JSON.parse(toFeedbackFile(file, NOW)) as { remarks: Remark[] }
        data.remarks[i]!.text = words
        const read = readFeedbackFile(JSON.stringify(data))
        expect(read.ok && read.handEdited).toBe(true)
        expect(read.ok && read.feedback.remarks[i]!.text).toBe(words)
      }),
      { numRuns: 200 },
    )
  })

  it('merges every remark of a file on the journey into it, once', () => {
    fc.assert(
      fc.property(feedback, (file) => {
        const journey = makeJourney()
        const read = readFeedbackFile(toFeedbackFile({ ...file, journeyId: journey.id }, NOW))
        if (!read.ok) throw new Error('unreadable')
        const once = mergeFeedback(journey, read)
        expect(once.ok && once.journey.remarks).toEqual(file.remarks)
        const twice = once.ok ? mergeFeedback(once.journey, read) : once
        expect(twice).toMatchObject({ ok: true, added: 0, duplicates: file.remarks.length })
      }),
      { numRuns: 100 },
    )
  })
})

describe('review file: the colleague reads the journey as it was sent', () => {
  /** The identity-card journey with generated texts in its fields, remarks and a version or two. */
  const journey: fc.Arbitrary<Journey> = fc
    .record({
      title: text(TEXT_LIMITS.title),
      goal: text(TEXT_LIMITS.long),
      stepTitle: text(TEXT_LIMITS.label),
      label: text(TEXT_LIMITS.label),
      moment: text(TEXT_LIMITS.long),
      role: text(TEXT_LIMITS.name),
      remarks,
      versions: fc.array(text(TEXT_LIMITS.name), { maxLength: 3 }),
    })
    .map((g) => {
      const j = makeJourney()
      j.title = g.title
      j.goal = g.goal
      j.activities[1]!.title = g.stepTitle
      j.activities[2]!.touchpoints[0]!.label = g.label
      j.activities[2]!.moments[0]!.text = g.moment
      j.quotes[0]!.role = g.role
      const versioned = g.versions.reduce((doc, name) => withVersion(doc, name, NOW), j)
      return { ...versioned, remarks: g.remarks }
    })

  it('gives back the journey without its remarks and versions, and the round', () => {
    fc.assert(
      fc.property(journey, text(80), (j, round) => {
        expect(readReviewFile(toReviewFile(j, round, NOW))).toEqual({
          ok: true,
          journey: { ...j, remarks: [], versions: [] },
          round,
        })
      }),
      { numRuns: 150 },
    )
  })
})
