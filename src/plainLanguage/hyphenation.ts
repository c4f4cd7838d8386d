import dutch from 'hyphen/nl'

const SOFT_HYPHEN = '\u00AD'

/**
 * Splits one word at its hyphenation points by the Dutch patterns, e.g. `aanvraag` → `['aan', 'vraag']`.
 * Kept out of the checker's static imports: the patterns weigh about 230 kB and load only with
 * `loadPlainLanguageChecker`.
 */
export function hyphenateDutch(word: string): string[] {
  return dutch.hyphenateSync(word).split(SOFT_HYPHEN)
}
