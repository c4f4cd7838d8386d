import { beforeAll, describe, expect, it } from 'vitest'
import { loadPlainLanguageChecker, type PlainLanguageChecker } from '@/plainLanguage'
import abbreviationData from '@/plainLanguage/data/abbreviations.nl.json'

let checker: PlainLanguageChecker
beforeAll(async () => {
  checker = await loadPlainLanguageChecker()
})

const abbreviationsIn = (text: string, known?: ReadonlySet<string>) =>
  checker
    .check(text, { knownAbbreviations: known })
    .filter((hint) => hint.kind === 'abbreviation')
    .map((hint) => hint.params.abbr)

describe('abbreviations', () => {
  it.each([
    ['Ze ging naar het OCMW.', ['OCMW']],
    ['Het OCMW en de VDAB, en weer het OCMW.', ['OCMW', 'VDAB']], // one hint per abbreviation
    ['Vraag je KBO-nummer en volg NT2-les.', ['KBO', 'NT2']],
    ['Hij volgt een XQZ-traject.', ['XQZ']], // unknown ones too
    ['De CM betaalt terug.', ['CM']], // a known one, though made of roman-numeral letters
    ['Zie hoofdstuk II en XIV.', []], // roman numerals
    ['Stuur een PDF of een SMS. OK?', []], // well known
    ['Een blad A4 en een B.', []], // one capital only
    ['LET OP: dit is BELANGRIJK.', []], // shouting
    ['Ze woont in Gent.', []],
    ['Het openbaar centrum voor maatschappelijk welzijn (OCMW) helpt. Het OCMW belt terug.', []],
    ['Het OCMW (openbaar centrum voor maatschappelijk welzijn) helpt.', []],
    ['Het Rijksinstituut voor ziekte- en invaliditeitsverzekering (RIZIV) betaalt.', []],
    ['De VDAB (via de website) helpt.', ['VDAB']], // the brackets do not spell it out
    ['Ze ging naar de dienst (OCMW).', ['OCMW']],
    ['Op BE68 5390 0754 7034 staat niets.', []], // an IBAN, reported as personal data instead
  ])('%j → %j', (text, expected) => {
    expect(abbreviationsIn(text)).toEqual(expected)
  })

  it('skips abbreviations written out elsewhere in the journey', () => {
    expect(abbreviationsIn('Ze heeft een GPMI en een IBO.', new Set(['GPMI']))).toEqual(['IBO'])
  })

  it('suggests the long form when the list knows it', () => {
    const text = 'Ze tekent een GPMI en een XQZ.'
    expect(checker.check(text).filter((h) => h.kind === 'abbreviation')).toEqual([
      {
        kind: 'abbreviation',
        key: 'plainLanguage.abbreviation',
        params: { abbr: 'GPMI', long: 'geïndividualiseerd project voor maatschappelijke integratie' },
        range: { start: 14, end: 18 },
      },
      {
        kind: 'abbreviation',
        key: 'plainLanguage.abbreviationUnknown',
        params: { abbr: 'XQZ' },
        range: { start: 26, end: 29 },
      },
    ])
  })
})

describe('definedAbbreviations', () => {
  it.each([
    [['Een geïndividualiseerd project voor maatschappelijke integratie (GPMI).'], ['GPMI']],
    [['De GPMI (geïndividualiseerd project voor maatschappelijke integratie) loopt.'], ['GPMI']],
    [
      [
        'Een individuele beroepsopleiding (IBO).',
        'Het OCMW (Openbaar Centrum voor Maatschappelijk Welzijn).',
      ],
      ['IBO', 'OCMW'],
    ],
    [['Een maatschappelijke integratie (GPMI).'], []], // the words before the brackets do not start with a G
    [['Het OCMW (Gent) belt.'], []], // one word is no long form
    [['Niets (hier).', 'GPMI'], []],
  ])('%j → %j', (texts, expected) => {
    expect([...checker.definedAbbreviations(texts)].sort()).toEqual(expected)
  })
})

describe('the abbreviation data', () => {
  it('has a source and at least 30 entries, each written once, in capitals, with a long form', () => {
    expect(abbreviationData.source.length).toBeGreaterThan(50)
    expect(abbreviationData.entries.length).toBeGreaterThanOrEqual(30)
    const abbreviations = abbreviationData.entries.map((entry) => entry.abbr)
    expect(new Set(abbreviations).size).toBe(abbreviations.length)
    for (const { abbr, long } of abbreviationData.entries) {
      expect(abbr).toMatch(/^\p{Lu}[\p{Lu}\d]{1,5}$/u)
      expect(long.split(' ').length + long.length).toBeGreaterThan(abbr.length)
    }
  })

  it.each(abbreviationData.entries.map((entry) => [entry.abbr, entry.long]))(
    '%s is found, and is written out by “%s (…)”',
    (abbr, long) => {
      expect(abbreviationsIn(`Dat is ${abbr} hier.`)).toEqual([abbr])
      if (long.split(' ').length > 1) expect(abbreviationsIn(`Dat is ${long} (${abbr}).`)).toEqual([])
    },
  )
})
