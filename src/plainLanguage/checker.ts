import { compileAbbreviations, definedAbbreviations } from './abbreviations'
import { compileJargon } from './jargon'
import { compileNameFinder } from './names'
import { findPersonalNumbers } from './privacy'
import { HINT_BELOW_SCORE, readabilityOf } from './readability'
import { splitSentences, type Sentence } from './sentences'
import type { CheckContext, CheckerDeps, PlainLanguageChecker, Readability, TextHint } from './types'

/** Sentences longer than this many words get a hint. */
export const MAX_SENTENCE_WORDS = 20

const NO_ABBREVIATIONS: ReadonlySet<string> = new Set()

function longSentences(sentences: readonly Sentence[]): TextHint[] {
  return sentences
    .filter((sentence) => sentence.words.length > MAX_SENTENCE_WORDS)
    .map((sentence): TextHint => ({
      kind: 'longSentence',
      key: 'plainLanguage.longSentence',
      params: { words: sentence.words.length, max: MAX_SENTENCE_WORDS },
      range: { start: sentence.start, end: sentence.end },
    }))
}

function readabilityHint(readability: Readability | null): TextHint[] {
  if (readability === null || readability.score >= HINT_BELOW_SCORE) return []
  return [
    {
      kind: 'readability',
      key: `plainLanguage.readability.${readability.level}`,
      params: { score: Math.round(readability.score) },
      range: null,
    },
  ]
}

/** By start offset; the whole-text readability hint last. Equal starts keep the order they were found in. */
const byStart = (a: TextHint, b: TextHint) =>
  (a.range?.start ?? Number.POSITIVE_INFINITY) - (b.range?.start ?? Number.POSITIVE_INFINITY) || 0

/**
 * A plain-language checker over the given data. Pure and synchronous: everything it needs is passed in, so
 * tests can build one without the data files or the hyphenation patterns. The jargon regular expression and
 * the name set are built here, once; syllable counts are remembered per word.
 */
export function createPlainLanguageChecker(deps: CheckerDeps): PlainLanguageChecker {
  const findJargon = compileJargon(deps.jargon)
  const findAbbreviations = compileAbbreviations(deps.abbreviations)
  const findNames = compileNameFinder(deps.firstNames)
  const counts = new Map<string, number>()
  const syllables = (word: string) => {
    let count = counts.get(word)
    if (count === undefined) {
      if (counts.size >= 20_000) counts.clear()
      count = deps.syllables(word)
      counts.set(word, count)
    }
    return count
  }

  return {
    check(text: string, context: CheckContext = {}): TextHint[] {
      const sentences = splitSentences(text)
      const personal = [...findPersonalNumbers(text), ...findNames(text, sentences)]
      const taken = personal.flatMap((hint) => (hint.range ? [hint.range] : []))
      const known = context.knownAbbreviations ?? NO_ABBREVIATIONS
      return [
        ...longSentences(sentences),
        ...findJargon(text),
        ...findAbbreviations(text, known, taken),
        ...personal,
        ...readabilityHint(readabilityOf(sentences, syllables)),
      ].sort(byStart)
    },
    readability: (text) => readabilityOf(splitSentences(text), syllables),
    definedAbbreviations,
  }
}
