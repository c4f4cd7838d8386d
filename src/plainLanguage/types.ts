/** A span of the checked text, in UTF-16 code units (the offsets of `String.prototype.slice`). */
export interface TextRange {
  start: number
  end: number
}

export type HintKind = 'longSentence' | 'jargon' | 'abbreviation' | 'personalData' | 'readability'

/** One non-blocking suggestion about a text. The UI translates `key` with `params`. */
export interface TextHint {
  kind: HintKind
  /** Full vue-i18n key, e.g. `plainLanguage.jargon`; `params` fill its placeholders. */
  key: string
  params: Record<string, string | number>
  /** Where in the text, for highlighting; null only for the whole-text readability hint. */
  range: TextRange | null
  /** Personal data: show these again before a file is shared. */
  privacy?: boolean
}

export type ReadabilityLevel = 'easy' | 'fairlyEasy' | 'standard' | 'fairlyHard' | 'hard'

export interface Readability {
  /** Flesch-Douma reading ease, unrounded; higher is easier. */
  score: number
  level: ReadabilityLevel
  words: number
  sentences: number
  syllables: number
}

export interface CheckContext {
  /** Abbreviations written out elsewhere in the same journey (as written, e.g. `GPMI`). */
  knownAbbreviations?: ReadonlySet<string>
}

export interface PlainLanguageChecker {
  /** All hints for one text, sorted by start offset. Never throws. */
  check(text: string, context?: CheckContext): TextHint[]
  /** Reading ease of a text, or null when it has fewer than 30 words (too short to judge). */
  readability(text: string): Readability | null
  /** Abbreviations that these texts write out, e.g. `… maatschappelijke integratie (GPMI)`. */
  definedAbbreviations(texts: readonly string[]): Set<string>
}

/** One entry of `data/jargon.nl.json`. */
export interface JargonEntry {
  term: string
  plain: string[]
  note?: string
  /** Extra surface forms (verb forms, split verbs) that the generic suffix rule does not cover. */
  forms?: string[]
}

/** One entry of `data/abbreviations.nl.json`. */
export interface AbbreviationEntry {
  abbr: string
  long: string
}

export interface AbbreviationData {
  entries: readonly AbbreviationEntry[]
  /** Abbreviations every reader knows (OK, pdf …): never hinted. */
  wellKnown: readonly string[]
}

/** What the pure checker needs; `loadPlainLanguageChecker` fills it from the data files and hyphenation. */
export interface CheckerDeps {
  syllables(word: string): number
  jargon: readonly JargonEntry[]
  abbreviations: AbbreviationData
  /** First names, any case. */
  firstNames: readonly string[]
}
