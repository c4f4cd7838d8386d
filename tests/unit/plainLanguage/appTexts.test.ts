import { beforeAll, describe, expect, it } from 'vitest'
import { loadPlainLanguageChecker, type PlainLanguageChecker, type TextHint } from '@/plainLanguage'

/**
 * The app speaks in the user's words: every Dutch message of the interface passes the same plain-language
 * check the app gives its users (no sentence over 20 words, no jargon, no abbreviation that is not written
 * out, no text that reads hard, no personal data). Every file in src/i18n/nl-BE is read, so a new one is
 * checked without being listed here.
 */
const files = import.meta.glob<{ default: Tree }>('../../../src/i18n/nl-BE/*.ts', { eager: true })

type Tree = string | readonly Tree[] | { readonly [key: string]: Tree }

const leaves = (tree: Tree, path: string[] = []): [string, string][] => {
  if (typeof tree === 'string') return [[path.join('.'), tree]]
  const entries = Array.isArray(tree) ? tree.map((v, i) => [String(i), v] as const) : Object.entries(tree)
  return entries.flatMap(([key, value]) => leaves(value as Tree, [...path, key]))
}

/**
 * A placeholder stands for a word the app fills in (a number, a name the user chose): it is read as one
 * neutral word, so that it still counts in the sentence's length but is never jargon, a name or a code.
 */
const PLACEHOLDER = /\{\w+\}/g
const asText = (form: string) => form.replace(PLACEHOLDER, 'iets')
/** vue-i18n's plural forms (`geen | één | {n}`) are separate messages. */
const forms = (message: string) => message.split(' | ')

/**
 * Real false positives only, each with its reason.
 * - Names of file types (PNG, JPEG, CSV): the computer shows them next to every file and in every "save as"
 *   list; written out ("Portable Network Graphics") they would help no one. They belong with `wellKnown` in
 *   src/plainLanguage/data/abbreviations.nl.json, where PDF already is; until then they are allowed here.
 * The hints of plainLanguage.ts name the jargon they are about only through placeholders, so the jargon list's
 * own words never appear in them and need no exception.
 */
const FILE_TYPES = new Set(['PNG', 'JPEG', 'CSV'])
const allowed = (hint: TextHint) => hint.kind === 'abbreviation' && FILE_TYPES.has(String(hint.params.abbr))

const NAMES_OF_FILES = Object.keys(files).map((file) => [file.replace(/^.*\//, '')] as const)

let checker: PlainLanguageChecker
beforeAll(async () => {
  checker = await loadPlainLanguageChecker()
})

describe("the app's own Dutch texts", () => {
  it('are all read: every message file of src/i18n/nl-BE', () => {
    expect(NAMES_OF_FILES.map(([name]) => name)).toEqual(
      expect.arrayContaining(['ui.ts', 'fields.ts', 'steps.ts', 'plainLanguage.ts', 'plainLanguageUi.ts']),
    )
  })

  it.each(NAMES_OF_FILES)('%s passes the plain-language check', (name) => {
    const module = Object.entries(files).find(([file]) => file.endsWith(`/${name}`))?.[1]
    const failures: string[] = []
    for (const [path, message] of leaves(module!.default)) {
      for (const form of forms(message)) {
        const text = asText(form)
        for (const hint of checker.check(text)) {
          if (allowed(hint)) continue
          const where = hint.range ? `‘${text.slice(hint.range.start, hint.range.end)}’` : 'whole text'
          failures.push(`${path}: ${hint.key} ${JSON.stringify(hint.params)} at ${where}`)
        }
      }
    }
    expect(failures).toEqual([])
  })
})
