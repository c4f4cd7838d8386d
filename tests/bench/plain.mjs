// The bench's `plain` measure: the plain-language check's time per field on a journey, in node (the same V8
// as Chromium; the check is pure TypeScript with no DOM). It times what the wizard does for one field after a
// pause in typing (src/wizard/usePlainLanguage.ts): `check(text, { knownAbbreviations })`, plus the reading
// ease when no hint says the text reads hard. Every free text of the journey (src/domain/freeTexts.ts, the
// fields that show hints) is checked once cold, as on opening the large journey (every word is hyphenated for
// the first time), and then PASSES times warm (the field's median counts), as while the user types. Before
// that, the checker's first two calls are timed apart: V8 compiles the jargon list's one large regular
// expression on its first use and again to machine code on its second, and the first letter outside ASCII
// (é, ’) loads Unicode tables for the case-insensitive patterns and normalisation: once per page.
import { createJiti } from 'jiti'
import { fileURLToPath } from 'node:url'

const PASSES = 5
const src = fileURLToPath(new URL('../../src', import.meta.url))
const jiti = createJiti(import.meta.url, { alias: { '@': src } })

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
const round3 = (x) => Math.round(x * 1000) / 1000

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b)
  return {
    medianMs: round3(percentile(sorted, 0.5)),
    p95Ms: round3(percentile(sorted, 0.95)),
    maxMs: round3(sorted.at(-1)),
    totalMs: round3(times.reduce((n, t) => n + t, 0)),
  }
}

/** Times the check of every free text of `journey`; see the file's head. */
export async function measurePlain(journey) {
  const { loadPlainLanguageChecker } = await jiti.import(`${src}/plainLanguage/index.ts`)
  const { freeTexts } = await jiti.import(`${src}/domain/freeTexts.ts`)
  const { abbreviationIndex } = await jiti.import(`${src}/components/journeyHints.ts`)
  let start = performance.now()
  const checker = await loadPlainLanguageChecker()
  const loadMs = performance.now() - start

  // The journey's written-out abbreviations, as the wizard keeps them: read whole once, then per edit only the
  // edited text (components/journeyHints.ts, abbreviationIndex).
  const abbreviationsOf = abbreviationIndex(checker)
  start = performance.now()
  const knownAbbreviations = abbreviationsOf(journey)
  const abbreviationsMs = performance.now() - start
  const afterEdit = Array.from({ length: PASSES }, (_, i) => {
    const edited = { ...journey, goal: `${journey.goal} ${'x'.repeat(i + 1)}` }
    const t0 = performance.now()
    abbreviationsOf(edited)
    return performance.now() - t0
  }).sort((a, b) => a - b)
  const fields = freeTexts(journey)
  const firstCalls = ['Een eerste zin.', 'Nog één zin, over ’s avonds.'].map((text) => {
    const t0 = performance.now()
    checker.check(text)
    return round3(performance.now() - t0)
  })

  const checkField = (text) => {
    const t0 = performance.now()
    const hints = checker.check(text, { knownAbbreviations })
    if (!hints.some((hint) => hint.kind === 'readability')) checker.readability(text)
    return { ms: performance.now() - t0, hints: hints.length }
  }
  const cold = fields.map(({ text }) => checkField(text))
  const warm = fields.map(({ text }) => {
    const runs = Array.from({ length: PASSES }, () => checkField(text).ms).sort((a, b) => a - b)
    return runs[Math.floor(PASSES / 2)]
  })
  const slowest = fields[cold.reduce((best, c, i) => (c.ms > cold[best].ms ? i : best), 0)]
  return {
    fields: fields.length,
    characters: fields.reduce((n, f) => n + f.text.length, 0),
    longestField: Math.max(...fields.map((f) => f.text.length)),
    hints: cold.reduce((n, c) => n + c.hints, 0),
    checkerLoadMs: round3(loadMs),
    knownAbbreviationsMs: round3(abbreviationsMs),
    knownAbbreviationsAfterEditMs: round3(afterEdit[Math.floor(PASSES / 2)]),
    firstCallsMs: firstCalls,
    cold: { ...summary(cold.map((c) => c.ms)), slowestField: slowest?.path },
    warm: { ...summary(warm), passes: PASSES },
  }
}
