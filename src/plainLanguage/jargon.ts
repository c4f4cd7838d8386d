import type { JargonEntry, TextHint } from './types'

/**
 * Matching rule for the jargon list:
 * - case-insensitive, whole words only (no letter or digit right before or after), so `reeds` does not match
 *   inside `bereeds` and a term inside a compound (`leefloonaanvraag`) is not found;
 * - the words of a term may be separated by any white space, line breaks included;
 * - the last word may carry a common ending: `-e`, `-en`, `-n`, `-s`, `'s` (plurals, inflected adjectives:
 *   `attesten`, `woonachtige`, `retributies`);
 * - other forms (verb forms, split verbs, vowel changes: `ingediend`, `komt in aanmerking`) are listed per
 *   entry in `forms` and follow the same rule;
 * - where two forms could match at the same place, the longer one wins (`indienen` before `indien`).
 */

const SUFFIX = "(?:en|e|n|s|['’]s)?"
const ESCAPE = /[.*+?^${}()|[\]\\]/g

function formPattern(form: string): string {
  const words = form.trim().toLowerCase().split(/\s+/)
  return words.map((word) => word.replace(ESCAPE, '\\$&')).join('\\s+') + SUFFIX
}

/** The hint for one match; the term as the user wrote it, on one line. */
function jargonHint(entry: JargonEntry, written: string, start: number): TextHint {
  const term = written.replace(/\s+/g, ' ')
  const plain = entry.plain.join(' of ')
  return {
    kind: 'jargon',
    key: entry.note ? 'plainLanguage.jargonWithNote' : 'plainLanguage.jargon',
    params: entry.note ? { term, plain, note: entry.note } : { term, plain },
    range: { start, end: start + written.length },
  }
}

/**
 * Compiles the list into one regular expression (one capturing group per form) and returns a finder that
 * gives a hint for each occurrence.
 */
export function compileJargon(entries: readonly JargonEntry[]): (text: string) => TextHint[] {
  const forms = entries
    .flatMap((entry) => [entry.term, ...(entry.forms ?? [])].map((form) => ({ form, entry })))
    .filter(({ form }) => form.trim() !== '')
    .sort((a, b) => b.form.length - a.form.length)
  if (forms.length === 0) return () => []
  const source = forms.map(({ form }) => `(${formPattern(form)})`).join('|')
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu')

  return (text) => {
    const hints: TextHint[] = []
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const group = m.findIndex((value, i) => i > 0 && value !== undefined)
      const found = forms[group - 1]
      if (found) hints.push(jargonHint(found.entry, m[0], m.index))
    }
    return hints
  }
}
