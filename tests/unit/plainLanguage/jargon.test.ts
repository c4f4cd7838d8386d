import { beforeAll, describe, expect, it } from 'vitest'
import {
  loadPlainLanguageChecker,
  type JargonEntry,
  type PlainLanguageChecker,
  type TextHint,
} from '@/plainLanguage'
import { compileJargon } from '@/plainLanguage/jargon'
import jargonData from '@/plainLanguage/data/jargon.nl.json'

let checker: PlainLanguageChecker
beforeAll(async () => {
  checker = await loadPlainLanguageChecker()
})

const jargonIn = (text: string) =>
  checker
    .check(text)
    .filter((hint) => hint.kind === 'jargon')
    .map((hint) => text.slice(hint.range!.start, hint.range!.end))

describe('jargon in the real list', () => {
  it.each([
    ['Je bestaansmiddelen tellen mee.', ['bestaansmiddelen']],
    ['Bestaansmiddelen tellen mee.', ['Bestaansmiddelen']], // any case
    ['Je komt in aanmerking voor een premie.', ['komt in aanmerking']], // listed form
    ['Wie in aanmerking komt, krijgt een brief.', ['in aanmerking komt']],
    ['Wie in\naanmerking   komt, krijgt een brief.', ['in\naanmerking   komt']], // any white space
    ['Je kan een aanvraag indienen bij de gemeente.', ['aanvraag indienen']], // the longer term wins
    ['Je hebt de aanvraag ingediend.', ['aanvraag ingediend']],
    ['Indien je wil, kan het ook later.', ['Indien']],
    ['Breng twee attesten mee.', ['attesten']], // plural -en
    ['Ze is woonachtige van Gent.', ['woonachtige']], // inflection -e
    ['Er zijn drie retributies.', ['retributies']], // plural -s
    ['Kinderen ten laste tellen mee.', ['ten laste']],
    ['Dat is reeds gebeurd, thans wachten we.', ['reeds', 'thans']],
    ['Het bereeds pad, het attestje en de leefloonaanvraag.', []], // whole words only
    ['De indieners wachten.', []], // -ers is no ending of the rule
    ['Je hebt recht op een premie.', []],
  ])('%j → %j', (text, expected) => {
    expect(jargonIn(text)).toEqual(expected)
  })

  it('gives the term as written and the plain alternatives joined with "of"', () => {
    const text = 'Kinderen TEN  LASTE.'
    expect(checker.check(text).find((h) => h.kind === 'jargon')).toEqual({
      kind: 'jargon',
      key: 'plainLanguage.jargonWithNote',
      params: { term: 'TEN LASTE', plain: 'die je onderhoudt of die bij je wonen', note: expect.any(String) },
      range: { start: 9, end: 19 },
    })
  })
})

describe('compileJargon', () => {
  const find = compileJargon([
    { term: 'indien', plain: ['als'] },
    { term: 'indienen', plain: ['geven'], forms: ['ingediend'] },
    { term: 'a.b (c)', plain: ['x'] },
  ])
  const found = (text: string): [string, string][] =>
    find(text).map((h: TextHint) => [String(h.params.term), String(h.params.plain)])

  it.each([
    ['indien', [['indien', 'als']]],
    ['indienen', [['indienen', 'geven']]], // not `indien` + the ending -en
    ['Ingediend!', [['Ingediend', 'geven']]],
    ['a.b (c)', [['a.b (c)', 'x']]], // regular-expression characters are taken literally
    ['aXb (c)', []],
  ])('%j → %j', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  it('finds nothing with an empty list', () => {
    expect(compileJargon([])('indien')).toEqual([])
  })
})

describe('the jargon data', () => {
  it('has a source and at least 80 entries, each with a plain alternative', () => {
    expect(jargonData.source.length).toBeGreaterThan(50)
    expect(jargonData.entries.length).toBeGreaterThanOrEqual(80)
    for (const entry of jargonData.entries) expect(entry.plain.length).toBeGreaterThan(0)
  })

  it('has no term twice', () => {
    const terms = jargonData.entries.map((entry) => entry.term.toLowerCase())
    expect(terms.length).toBe(new Set(terms).size)
  })

  const entries: readonly JargonEntry[] = jargonData.entries

  it.each(entries.map((entry) => [entry.term, entry] as const))(
    '%s: every form is found, and the advice is plain itself',
    (_, entry) => {
      for (const form of [entry.term, ...(entry.forms ?? [])]) {
        expect(jargonIn(`Dat is ${form} hier.`)).not.toEqual([])
      }
      for (const plain of entry.plain) expect(jargonIn(plain)).toEqual([])
      if (entry.note) expect(checker.check(entry.note)).toEqual([])
    },
  )
})
