/**
 * Syllable counting for Dutch, for the Flesch-Douma score.
 *
 * The rule, per word:
 * 1. The word is cut at hyphens, apostrophes, points and commas (`KBO-nummer`, `OCMW's`, `1.200`).
 * 2. A piece with digits counts one syllable per digit (most Dutch digit names have one syllable), plus its
 *    letters as below.
 * 3. Letters in capitals only, 1 to 6 of them (`OCMW`, `B`), are read letter by letter: one syllable each.
 * 4. Other letters are hyphenated with the Dutch TeX patterns (package `hyphen`); each part counts its vowel
 *    units (`aa`, `ooi`, `ie`, `eeuw`'s `eeu` … count as one). Counting vowel units rather than parts covers what
 *    the patterns do not split: short words (`over`, `idee`) and one-letter edges, and ignores parts without a
 *    vowel. A diaeresis starts a new unit (`be-ëin-di-gen`), other accents are dropped (`één`).
 * 5. A word counts at least one syllable.
 *
 * Known limits: loanwords with a silent e (`cake`, `online`) count one too many; acronyms spoken as a word
 * (`RIZIV`) count their letters.
 */

/** Hyphenates one lowercase word into its parts, e.g. `aanvraag` → `['aan', 'vraag']`. */
export type Hyphenate = (word: string) => string[]

// Longest first, so `ooie` (mooie) reads as `ooi` + `e`.
const VOWEL_UNIT = /aai|ooi|oei|eeu|ieu|aa|ee|oo|uu|ie|oe|eu|ui|ei|au|ou|ai|ea|[aeo]y|[aeiouy]/g
const DIGIT = /\p{N}/gu
const PIECE_SEPARATOR = /['’.,-]/
const CAPITALS = /^\p{Lu}{1,6}$/u
const DIAERESIS = /([aeiouy])\u0308/g
const MARK = /\p{M}/gu

/** Vowel units in a piece of a word: a boundary goes before each diaeresis, other accents are removed. */
export function vowelUnits(piece: string): number {
  const plain = piece.toLowerCase().normalize('NFD').replace(DIAERESIS, '|$1').replace(MARK, '')
  return plain.match(VOWEL_UNIT)?.length ?? 0
}

function pieceSyllables(piece: string, hyphenate: Hyphenate): number {
  const digits = piece.match(DIGIT)?.length ?? 0
  const letters = piece.replace(DIGIT, '')
  if (letters === '') return digits
  if (CAPITALS.test(letters)) return digits + letters.length
  const parts = hyphenate(letters.toLowerCase())
  return parts.reduce((sum, part) => sum + vowelUnits(part), digits)
}

/** Syllables of one word (a token of the text) by the rule above. */
export function countSyllables(word: string, hyphenate: Hyphenate): number {
  let total = 0
  for (const piece of word.split(PIECE_SEPARATOR)) if (piece !== '') total += pieceSyllables(piece, hyphenate)
  return Math.max(1, total)
}
