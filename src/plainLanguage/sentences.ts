/** A word of the text with its UTF-16 offsets. */
export interface Token {
  text: string
  start: number
  end: number
}

export interface Sentence {
  /** Offsets of the sentence without surrounding white space, its final punctuation included. */
  start: number
  end: number
  words: Token[]
}

/**
 * A word: letters and digits, joined by an inner apostrophe, hyphen, point or comma, so `OCMW's`,
 * `KBO-nummer`, `1.200`, `3,5`, `9.30` and `www.vdab.be` are one word each.
 */
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu

/** A candidate end: a run of end punctuation with any closing quotes or brackets, or a line break. */
const CANDIDATE_END = /[.!?…]+["'’”»)\]]*|\n/g

/** Words that end in a point without ending the sentence (lowercase, without their last point). */
const ABBREVIATIONS_WITH_POINT = new Set([
  'bv', 'bijv', 'vb', 'o.a', 'enz', 'etc', 'e.d', 'e.a', 'm.a.w', 'd.w.z', 'i.p.v', 'i.v.m', 'm.b.t', 'n.a.v',
  't.a.v', 't.o.v', 't.e.m', 't.h.v', 'i.s.m', 'a.u.b', 'o.m', 'resp', 'incl', 'excl', 'ca', 'ong', 'evt',
  'vnl', 'nl', 'zgn', 'nr', 'nrs', 'blz', 'art', 'tel', 'gsm', 'min', 'max', 'gem', 'dhr', 'hr', 'mevr', 'mvr',
  'mw', 'mr', 'dr', 'prof', 'ir', 'ing', 'st', 'afd', 'bijl', 'ref', 'z.o.z', 'vs', 'jl', 'e.v', 'p',
]) // prettier-ignore

/** Of those, the ones that close a list: followed by a capital, they do end the sentence. */
const CLOSES_A_LIST = new Set(['enz', 'etc', 'e.d', 'e.a', 'e.v'])

const SPACE = /\s/
const LOWERCASE = /\p{Ll}/u
const INITIAL = /^\p{Lu}$/u
const WORD_OR_POINT = /[\p{L}.]/u

/** The words between two offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = []
  WORD.lastIndex = from
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length })
  }
  return tokens
}

/** Whether the punctuation at `[at, end)` ends a sentence; see `splitSentences`. */
function endsSentence(text: string, at: number, end: number): boolean {
  const next = text[end]
  if (next !== undefined && !SPACE.test(next)) return false // 1.200, 9.30, o.a., www.vdab.be
  if (text.slice(at, end).replace(/["'’”»)\]]+$/, '') !== '.') return true
  let from = at
  while (from > 0 && WORD_OR_POINT.test(text[from - 1] ?? '')) from--
  const before = text.slice(from, at)
  const following = /\S/.exec(text.slice(end, end + 40))?.[0]
  if (following !== undefined && LOWERCASE.test(following)) return false // "… in de afd. sociale dienst"
  if (CLOSES_A_LIST.has(before.toLowerCase())) return true // "…, enz. Daarna"
  return !INITIAL.test(before) && !ABBREVIATIONS_WITH_POINT.has(before.toLowerCase()) // J. Peeters, dhr. Janssens
}

/**
 * Splits a text into sentences: at `.`, `!`, `?`, `…` followed by white space or the end, and at every line
 * break. A point does not end a sentence when a lowercase word follows, after a known abbreviation (`bv.`,
 * `dhr.`, `o.a.`) or after an initial (`J.`); an abbreviation that closes a list (`enz.`, `etc.`) does end it
 * when a capital follows. Points inside numbers and addresses never split. Parts without a
 * word (blank lines, lone punctuation) are left out.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  const add = (from: number, to: number) => {
    const words = tokenize(text, from, to)
    if (words.length === 0) return
    let start = from
    while (SPACE.test(text[start] ?? '')) start++
    let end = to
    while (end > start && SPACE.test(text[end - 1] ?? '')) end--
    sentences.push({ start, end, words })
  }
  let from = 0
  CANDIDATE_END.lastIndex = 0
  for (let m = CANDIDATE_END.exec(text); m !== null; m = CANDIDATE_END.exec(text)) {
    const end = m.index + m[0].length
    if (m[0] === '\n') add(from, m.index)
    else if (endsSentence(text, m.index, end)) add(from, end)
    else continue
    from = end
  }
  add(from, text.length)
  return sentences
}
