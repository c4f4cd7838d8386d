/**
 * Plain-language hints for Dutch texts: long sentences, jargon, unexplained abbreviations, personal data and
 * the Flesch-Douma reading ease. Load it with `import('@/plainLanguage')`; the data files and the hyphenation
 * patterns come in separate chunks, fetched by `loadPlainLanguageChecker`.
 */
import { createPlainLanguageChecker } from './checker'
import { countSyllables } from './syllables'
import type { PlainLanguageChecker } from './types'

export type {
  CheckContext,
  CheckerDeps,
  HintKind,
  JargonEntry,
  AbbreviationEntry,
  AbbreviationData,
  PlainLanguageChecker,
  Readability,
  ReadabilityLevel,
  TextHint,
  TextRange,
} from './types'
export { createPlainLanguageChecker, MAX_SENTENCE_WORDS } from './checker'
export { MIN_WORDS_FOR_READABILITY, HINT_BELOW_SCORE } from './readability'

let loading: Promise<PlainLanguageChecker> | undefined

/**
 * The checker with its Dutch data: the jargon list, the abbreviations, the first names and the hyphenation
 * patterns, fetched in parallel on the first call. Later calls get the same checker.
 */
export function loadPlainLanguageChecker(): Promise<PlainLanguageChecker> {
  loading ??= Promise.all([
    import('./data/jargon.nl.json'),
    import('./data/abbreviations.nl.json'),
    import('./data/firstNames.nl.json'),
    import('./hyphenation'),
  ]).then(
    ([jargon, abbreviations, firstNames, { hyphenateDutch }]) =>
      createPlainLanguageChecker({
        syllables: (word) => countSyllables(word, hyphenateDutch),
        jargon: jargon.default.entries,
        abbreviations: abbreviations.default,
        firstNames: firstNames.default.names,
      }),
    (error: unknown) => {
      loading = undefined // a failed fetch (offline, new deploy) may be retried
      throw error
    },
  )
  return loading
}
