import type { AbbreviationData, TextHint, TextRange } from './types'

/**
 * An abbreviation: a whole word of 2 to 6 capitals and digits that starts with a capital and holds at least two
 * capitals (`GPMI`, `OCMW`, `NT2`; not `A4`). Left out: roman numerals (`II`, `XIV`), the well-known ones of
 * the data file (`OK`, `PDF`), and unknown capitals next to another word in capitals, which is shouting
 * (`LET OP`). Longer words in capitals are never abbreviations.
 */
const CANDIDATE = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]{1,5}(?![\p{L}\p{N}])/gu
const CAPITAL = /\p{Lu}/gu
const ROMAN = /^[IVXLCDM]+$/
const SHOUTED_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}{2,}\s+$/u
const SHOUTED_AFTER = /^\s+\p{Lu}{2,}(?![\p{L}\p{N}])/u

/** `GPMI (geïndividualiseerd project …)` */
const ABBREVIATION_THEN_LONG = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}]{1,5})\s*\(([^()]{3,200})\)/gu
/** `… maatschappelijke integratie (GPMI)` */
const LONG_THEN_ABBREVIATION = /\(\s*(\p{Lu}[\p{Lu}\p{N}]{1,5})\s*\)/gu
const LONG_FORM_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]*)*/gu
const NOT_LETTER = /[^\p{L}]/gu
const MARK = /\p{M}/gu

const plainLetters = (text: string) =>
  text.normalize('NFD').replace(MARK, '').toLowerCase().replace(NOT_LETTER, '')

/**
 * Whether `words` can be the long form of `abbreviation`: at least two words, the first starting with the
 * abbreviation's first letter, and its letters appearing in order (so `RIZIV` fits "Rijksinstituut voor
 * ziekte- en invaliditeitsverzekering", and `VDAB` does not fit "via de website").
 */
function spellsOut(abbreviation: string, words: readonly string[]): boolean {
  const letters = plainLetters(abbreviation)
  const long = plainLetters(words.join(''))
  if (words.length < 2 || letters === '' || long[0] !== letters[0]) return false
  let at = 0
  for (const letter of letters) {
    at = long.indexOf(letter, at) + 1
    if (at === 0) return false
  }
  return true
}

function definedIn(text: string, found: Set<string>): void {
  for (const m of text.matchAll(ABBREVIATION_THEN_LONG)) {
    const [, abbreviation = '', inside = ''] = m
    if (spellsOut(abbreviation, inside.match(LONG_FORM_WORD) ?? [])) found.add(abbreviation)
  }
  for (const m of text.matchAll(LONG_THEN_ABBREVIATION)) {
    const abbreviation = m[1] ?? ''
    const before =
      text
        .slice(Math.max(0, (m.index ?? 0) - 200), m.index)
        .split(/[.!?:;()\n]/)
        .pop() ?? ''
    const words = before.match(LONG_FORM_WORD) ?? []
    const most = Math.min(words.length, abbreviation.length + 4)
    for (let k = 2; k <= most; k++) {
      if (spellsOut(abbreviation, words.slice(-k))) {
        found.add(abbreviation)
        break
      }
    }
  }
}

/** Abbreviations that these texts write out, in either order: long form first or abbreviation first. */
export function definedAbbreviations(texts: readonly string[]): Set<string> {
  const found = new Set<string>()
  for (const text of texts) definedIn(text, found)
  return found
}

const overlaps = (start: number, end: number, ranges: readonly TextRange[]) =>
  ranges.some((range) => start < range.end && range.start < end)

/** A finder of abbreviations that are not written out, one hint per distinct abbreviation. */
export function compileAbbreviations(data: AbbreviationData) {
  const longForms = new Map(data.entries.map((entry) => [entry.abbr, entry.long]))
  const wellKnown = new Set(data.wellKnown)

  /** A listed abbreviation counts even if it reads as a roman numeral (`CM`, `VMM`). */
  const isAbbreviation = (abbr: string) =>
    (abbr.match(CAPITAL)?.length ?? 0) >= 2 &&
    !wellKnown.has(abbr) &&
    (longForms.has(abbr) || !ROMAN.test(abbr))

  const isShouting = (text: string, start: number, end: number) =>
    SHOUTED_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    SHOUTED_AFTER.test(text.slice(end, end + 40))

  /** `known`: written out elsewhere; `skip`: ranges already reported as something else (an IBAN, an e-mail). */
  return (text: string, known: ReadonlySet<string>, skip: readonly TextRange[]): TextHint[] => {
    const defined = definedAbbreviations([text])
    const seen = new Set<string>()
    const hints: TextHint[] = []
    for (const m of text.matchAll(CANDIDATE)) {
      const abbr = m[0]
      const start = m.index ?? 0
      const end = start + abbr.length
      if (seen.has(abbr) || !isAbbreviation(abbr) || known.has(abbr) || defined.has(abbr)) continue
      if (overlaps(start, end, skip)) continue
      const long = longForms.get(abbr)
      if (long === undefined && isShouting(text, start, end)) continue
      seen.add(abbr)
      hints.push({
        kind: 'abbreviation',
        key: long === undefined ? 'plainLanguage.abbreviationUnknown' : 'plainLanguage.abbreviation',
        params: long === undefined ? { abbr } : { abbr, long },
        range: { start, end },
      })
    }
    return hints
  }
}
