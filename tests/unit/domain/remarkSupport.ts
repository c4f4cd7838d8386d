/**
 * Helpers for the review-round tests: remarks on the items of `makeJourney()`, and feedback files as a
 * colleague's Klantreis writes them (the same fields the review store fills in).
 */
import {
  contentCheck,
  createRemark,
  readFeedbackFile,
  toFeedbackFile,
  type FeedbackFile,
  type FeedbackResult,
  type Journey,
  type Remark,
  type RemarkTargetKind,
  type StepId,
} from '@/domain'

/** The clock of a colleague writing remarks in these tests. */
export const REVIEWED_AT = new Date('2026-11-20T10:15:00.000Z')

/** Which step of the method each kind of item is reviewed in. */
const STEP_OF: Record<RemarkTargetKind, StepId> = {
  step: 'goal',
  activity: 'activities',
  touchpoint: 'touchpoints',
  moment: 'moments',
  insight: 'insights',
}

/** What a remark may be about: an item of the journey (by kind and id), or a step of the method. */
export type On = { kind: Exclude<RemarkTargetKind, 'step'>; id: string; label?: string } | { step: StepId }

/** A remark as `createRemark` makes it, with `fill` (text, proposal, verdict…) on top. */
export function remarkOn(on: On, by: string, fill: Partial<Remark> = {}, round = 'Ronde 1'): Remark {
  const target =
    'step' in on
      ? { kind: 'step' as const, step: on.step, id: null, label: '' }
      : { kind: on.kind, step: STEP_OF[on.kind], id: on.id, label: on.label ?? '' }
  return { ...createRemark(target, fill.verdict ?? 'comment', by, round, REVIEWED_AT), ...fill }
}

/** The items of `makeJourney()` by name, so table rows can say what a remark is about. */
export function itemsOf(j: Journey) {
  const a = (i: number) => j.activities[i]!
  return {
    /** Citizen, "Maakt een afspraak en gaat naar het loket" (phase 2). */
    appointment: a(2),
    /** Its second touchpoint, "Loket Burgerzaken". */
    counter: a(2).touchpoints[1]!,
    /** The aha-moment, "Lang wachten ondanks een afspraak" (−2). */
    waiting: a(2).moments[0]!,
    /** Citizen, "Haalt de kaart op met de PIN-brief" (phase 3), with one moment. */
    pickUp: a(4),
    /** The opportunity on the aha-moment. */
    sms: j.insights[1]!,
  }
}

/**
 * A colleague's feedback file on `journey` as they read it: the content check and revision of what they were
 * sent, their role on every remark (as the review store writes it).
 */
export function feedbackText(
  journey: Journey,
  by: string,
  remarks: unknown[],
  extra: Partial<FeedbackFile> = {},
): string {
  const file: FeedbackFile = {
    journeyId: journey.id,
    journeyTitle: journey.title,
    revision: journey.revision,
    content: contentCheck(journey),
    round: 'Ronde 1',
    by,
    remarks: remarks as Remark[],
    ...extra,
  }
  return toFeedbackFile(file, REVIEWED_AT)
}

/** `readFeedbackFile`, asserted to read. */
export function readOk(text: string): Extract<FeedbackResult, { ok: true }> {
  const read = readFeedbackFile(text)
  if (!read.ok) throw new Error(`expected the feedback file to read, got ${JSON.stringify(read.error)}`)
  return read
}
