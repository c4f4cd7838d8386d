import { beforeAll, describe, expect, it } from 'vitest'
import { loadPlainLanguageChecker, type PlainLanguageChecker } from '@/plainLanguage'
import parts from '@/i18n/parts/actions'

type Tree = string | { readonly [key: string]: Tree }
const leaves = (tree: Tree, path: string[] = []): [string, string][] =>
  typeof tree === 'string'
    ? [[path.join('.'), tree]]
    : Object.entries(tree).flatMap(([key, value]) => leaves(value, [...path, key]))
const PLACEHOLDER = /\{(\w+)\}/g

let checker: PlainLanguageChecker
beforeAll(async () => {
  checker = await loadPlainLanguageChecker()
})

describe('the action page speaks plain Dutch', () => {
  // The app's own texts pass the check it offers the user: no long sentence, jargon or bare abbreviation.
  // "CSV" is the name of the file type, as Excel shows it; the button says what it opens in.
  const NAMED_FILE_TYPE = new Set(['downloads.csv'])
  it.each(leaves(parts['nl-BE']).filter(([path]) => !NAMED_FILE_TYPE.has(path)))(
    '%s passes the plain-language checker',
    (_, message) => {
      const hints = message
        .split(' | ')
        .flatMap((form) => checker.check(form.replace(PLACEHOLDER, '')))
        .map((hint) => hint.key)
      expect(hints).toEqual([])
    },
  )

  it('never says "baan" for a lane', () => {
    expect(leaves(parts['nl-BE']).filter(([, m]) => /\bbaan/i.test(m))).toEqual([])
  })
})
