import { parsePath, placeOf, type Journey, type Place, type StepId } from '@/domain'
import { allTexts, freeTexts, type FreeText } from '@/domain/freeTexts'
import type { PlainLanguageChecker, TextHint } from '@/plainLanguage'
import { loadPlainLanguage } from './textCheck'

/** A plain-language hint with where it is: the step, the field's form path and its place in words. */
export interface PlacedHint {
  step: StepId
  path: string
  place: Place
  /** The whole text of the field, for quoting the part the hint is about. */
  text: string
  hint: TextHint
}

/** Abbreviations written out anywhere in the journey: they count as explained in every field. */
export const journeyAbbreviations = (journey: Journey, checker: PlainLanguageChecker): Set<string> =>
  checker.definedAbbreviations(allTexts(journey))

/**
 * `journeyAbbreviations` for a journey that changes one field at a time, as in the wizard: each text is read
 * once and remembered, so after an edit only the edited text is read again (a whole large journey takes
 * 5 to 40 ms, too much for every pause in typing).
 */
export function abbreviationIndex(checker: PlainLanguageChecker): (journey: Journey) => Set<string> {
  let byText = new Map<string, readonly string[]>()
  return (journey) => {
    const next = new Map<string, readonly string[]>()
    const found = new Set<string>()
    for (const text of allTexts(journey)) {
      const defined = next.get(text) ?? byText.get(text) ?? [...checker.definedAbbreviations([text])]
      next.set(text, defined)
      for (const abbreviation of defined) found.add(abbreviation)
    }
    byText = next
    return found
  }
}

/**
 * Every plain-language hint of the journey's free texts, step by step in the wizard's order. `known` may be
 * passed when the caller already has it (it is the costly part of a small journey).
 */
export function journeyHints(
  journey: Journey,
  checker: PlainLanguageChecker,
  known: ReadonlySet<string> = journeyAbbreviations(journey, checker),
): PlacedHint[] {
  return freeTexts(journey).flatMap((free) =>
    placed(journey, free, checker.check(free.text, { knownAbbreviations: known })),
  )
}

const placed = (
  journey: Journey,
  { path, step, text }: FreeText,
  hints: readonly TextHint[],
): PlacedHint[] => {
  if (hints.length === 0) return []
  const place = placeOf(journey, parsePath(path))
  return hints.map((hint) => ({ step, path, place, text, hint }))
}

/** Work per task of `journeyHintsInSlices`: well under the 50 ms of a long task on a slow phone. */
const SLICE_MS = 8

/**
 * `journeyHints` without a long task: the first check of a large journey (500 texts, each word hyphenated
 * once) takes about 150 ms, so the texts are checked in slices with a task break between them.
 */
export async function journeyHintsInSlices(
  journey: Journey,
  checker: PlainLanguageChecker,
): Promise<PlacedHint[]> {
  const known = journeyAbbreviations(journey, checker)
  const out: PlacedHint[] = []
  let sliceStart = performance.now()
  for (const free of freeTexts(journey)) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve))
      sliceStart = performance.now()
    }
    out.push(...placed(journey, free, checker.check(free.text, { knownAbbreviations: known })))
  }
  return out
}

/**
 * The hints that a text looks like it holds personal data (a national register number with valid check
 * digits, a phone number, an e-mail address, a bank account, a first name), each with its place. Shown again
 * before a file leaves the browser.
 */
export function journeyPrivacyHints(journey: Journey, checker: PlainLanguageChecker): PlacedHint[] {
  return freeTexts(journey).flatMap((free) =>
    placed(
      journey,
      free,
      checker.check(free.text).filter((hint) => hint.privacy),
    ),
  )
}

/** `journeyPrivacyHints` with the checker loaded on first use: what a caller asks before it shows the
 *  privacy reminder (`PrivacyReminder.vue`). */
export async function findPrivacyHints(journey: Journey): Promise<PlacedHint[]> {
  return journeyPrivacyHints(journey, await loadPlainLanguage())
}
