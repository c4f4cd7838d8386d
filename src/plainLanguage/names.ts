import type { Sentence, Token } from './sentences'
import type { TextHint } from './types'

/**
 * Names of people. A word is reported when
 * - it follows a form of address (`mevrouw Peeters`, `dhr. Janssens`) and starts with a capital: any word, as
 *   it is most likely a surname; or
 * - it is a first name of the list, starts with a capital followed by a lowercase letter, and does not open its
 *   sentence (a capital there says nothing; `Jan` opening a sentence is not reported).
 * The range stretches over the capitalised words that follow (`Fatima El Amrani`). Place names that begin
 * with `Sint-` are skipped (`Sint-Niklaas`).
 */

const ADDRESS_FORMS = new Set([
  'mevrouw', 'meneer', 'mijnheer', 'heer', 'mevr', 'mvr', 'mw', 'dhr', 'hr', 'mr', 'juffrouw', 'juf', 'meester',
  'dokter', 'dr',
]) // prettier-ignore

const CAPITALISED = /^\p{Lu}/u
const NAME_LIKE = /^\p{Lu}\p{Ll}/u
const SAINT = /^sinte?-/i
const GAP_AFTER_ADDRESS = /^\.?\s+$/
const SINGLE_SPACE = /^ $/

const normalized = (word: string) => word.normalize('NFC').toLowerCase()

/** A finder of names in split sentences; `firstNames` in any case. */
export function compileNameFinder(firstNames: readonly string[]) {
  const names = new Set(firstNames.map(normalized))
  const isFirstName = (word: string) => word.split(/['’-]/).some((part) => names.has(normalized(part)))

  const hint = (text: string, words: readonly Token[], at: number): TextHint => {
    const first = words[at] as Token
    let last = first
    for (let i = at + 1; i < words.length && i < at + 4; i++) {
      const next = words[i] as Token
      if (!CAPITALISED.test(next.text) || !SINGLE_SPACE.test(text.slice(last.end, next.start))) break
      last = next
    }
    return {
      kind: 'personalData',
      key: 'plainLanguage.personalData.name',
      params: { name: text.slice(first.start, last.end) },
      range: { start: first.start, end: last.end },
      privacy: true,
    }
  }

  return (text: string, sentences: readonly Sentence[]): TextHint[] => {
    const hints: TextHint[] = []
    for (const { words } of sentences) {
      for (let i = 0; i < words.length; i++) {
        const word = words[i] as Token
        if (!CAPITALISED.test(word.text) || SAINT.test(word.text)) continue
        const previous = words[i - 1]
        const addressed =
          previous !== undefined &&
          ADDRESS_FORMS.has(previous.text.toLowerCase()) &&
          GAP_AFTER_ADDRESS.test(text.slice(previous.end, word.start))
        if (addressed || (i > 0 && NAME_LIKE.test(word.text) && isFirstName(word.text))) {
          const found = hint(text, words, i)
          hints.push(found)
          while (i + 1 < words.length && (words[i + 1] as Token).end <= (found.range?.end ?? 0)) i++
        }
      }
    }
    return hints
  }
}
