import { beforeAll, describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { loadPlainLanguageChecker, type PlainLanguageChecker, type TextHint } from '@/plainLanguage'
import nl from '@/i18n/nl-BE/plainLanguage'
import en from '@/i18n/en/plainLanguage'

type Tree = string | { readonly [key: string]: Tree }

const leaves = (tree: Tree, path: string[] = []): [string, string][] =>
  typeof tree === 'string'
    ? [[path.join('.'), tree]]
    : Object.entries(tree).flatMap(([key, value]) => leaves(value, [...path, key]))

const PLACEHOLDER = /\{(\w+)\}/g
const placeholders = (message: string) =>
  [...new Set([...message.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort()
const nlLeaves = new Map(leaves(nl))
const enLeaves = new Map(leaves(en))

let checker: PlainLanguageChecker
beforeAll(async () => {
  checker = await loadPlainLanguageChecker()
})

describe('plain-language messages', () => {
  it('have the same keys and placeholders in English', () => {
    expect([...enLeaves.keys()]).toEqual([...nlLeaves.keys()])
    for (const [path, message] of nlLeaves)
      expect(placeholders(enLeaves.get(path)!), path).toEqual(placeholders(message))
  })

  it('use no vue-i18n syntax characters outside placeholders', () => {
    const stray = [...nlLeaves, ...enLeaves].filter(([, m]) => /[{}@$|]/.test(m.replace(PLACEHOLDER, '')))
    expect(stray).toEqual([])
  })

  // The hints' own Dutch must be plain: no long sentence, jargon, abbreviation or name, once the
  // placeholders are taken out.
  it.each([...nlLeaves])('%s passes the checker', (_, message) => {
    expect(checker.check(message.replace(PLACEHOLDER, ''))).toEqual([])
  })
})

describe('every hint the checker gives', () => {
  const samples = [
    'Indien de klant in aanmerking komt, kinderen ten laste heeft en het OCMW en de XQZ bezoekt, dan belt hij of zij naar het loket van de gemeente voor meer uitleg.',
    'Rijksregisternummer 85.07.30-033.28, bel 0470 12 34 56, mail an@gent.be, betaal op BE68 5390 0754 7034, vraag naar Fatima.',
    'Indien u in aanmerking komt voor een tegemoetkoming, dient u de nodige bewijsstukken voorafgaandelijk aan het loket voor te leggen. Bij gebreke daarvan wordt uw aanvraag als onontvankelijk beschouwd en afgesloten.',
    // Flesch-Douma about 56: fairly hard
    'Je kan bij de sociale dienst terecht voor hulp. De medewerker bekijkt met jou welke documenten je nodig hebt. Daarna beslist de gemeente over de financiële ondersteuning die je krijgt.',
  ]
  const hints: TextHint[] = []
  beforeAll(() => {
    for (const text of samples) hints.push(...checker.check(text))
  })

  it('covers every message but the labels', () => {
    const used = new Set(hints.map((hint) => hint.key.replace(/^plainLanguage\./, '')))
    const hintMessages = [...nlLeaves.keys()].filter((path) => !/^(level\.|score$|beforeSharing$)/.test(path))
    expect([...used].sort()).toEqual(hintMessages.sort())
  })

  it.each(['nl-BE', 'en'] as const)('renders in %s with exactly its placeholders filled', (locale) => {
    const i18n = createI18n({
      legacy: false,
      locale,
      messages: { 'nl-BE': { plainLanguage: nl }, en: { plainLanguage: en } },
    })
    for (const hint of hints) {
      const message = (locale === 'en' ? enLeaves : nlLeaves).get(hint.key.replace(/^plainLanguage\./, ''))
      expect(message, hint.key).toBeDefined()
      expect(Object.keys(hint.params).sort(), hint.key).toEqual(placeholders(message!))
      const rendered = i18n.global.t(hint.key, hint.params)
      expect(rendered).not.toMatch(/[{}]/)
      for (const value of Object.values(hint.params)) expect(rendered).toContain(String(value))
    }
  })
})
