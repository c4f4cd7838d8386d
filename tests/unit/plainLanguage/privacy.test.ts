import { beforeAll, describe, expect, it } from 'vitest'
import { loadPlainLanguageChecker, type PlainLanguageChecker } from '@/plainLanguage'
import { isNationalNumber } from '@/plainLanguage/privacy'
import firstNameData from '@/plainLanguage/data/firstNames.nl.json'

let checker: PlainLanguageChecker
beforeAll(async () => {
  checker = await loadPlainLanguageChecker()
})

/** The personal-data hints of a text, as [key suffix, text found]. */
const personal = (text: string) =>
  checker
    .check(text)
    .filter((hint) => hint.kind === 'personalData')
    .map((hint) => {
      expect(hint.privacy).toBe(true)
      return [
        hint.key.replace('plainLanguage.personalData.', ''),
        text.slice(hint.range!.start, hint.range!.end),
      ]
    })

/*
 * National register numbers, check digits computed by hand: 97 − (first 9 digits mod 97), or for births from
 * 2000 on, 97 − ((2 followed by the 9 digits) mod 97).
 *   850730033: 850730033 mod 97 = 69, 97 − 69 = 28 (born 1985). With the 2: 57.
 *   051231789: 51231789 mod 97 = 75, 97 − 75 = 22 (1905). With the 2: 2051231789 mod 97 = 46, 97 − 46 = 51 (2005).
 *   170520012: with the 2: 2170520012 mod 97 = 94, 97 − 94 = 3 (2017).
 */
describe('national register numbers', () => {
  it.each([
    ['85.07.30-033.28', true], // born in the 1900s, formatted
    ['85073003328', true], // plain
    ['850730 033 28', true], // spaced
    ['850730-033-28', true],
    ['05.12.31-789.51', true], // born in 2005: the check needs the leading 2
    ['05.12.31-789.22', true], // the same digits for 1905
    ['17.05.20-012.03', true], // born in 2017
    ['85.07.30-033.29', false], // wrong check digits
    ['05.12.31-789.50', false],
    ['17.05.20-012.04', false],
    ['8507300332', false], // 10 digits
  ])('%s is valid: %s', (written, valid) => {
    expect(isNationalNumber(written)).toBe(valid)
    expect(personal(`Nummer ${written} kwam binnen.`)).toEqual(valid ? [['nationalNumber', written]] : [])
  })

  it('does not read a number inside a longer one', () => {
    expect(personal('Referentie 1285073003328 staat op de brief.')).toEqual([])
  })
})

describe('phone numbers', () => {
  it.each([
    '0470 12 34 56',
    '0470/12.34.56',
    '0470123456',
    '0470-12-34-56',
    '+32 470 12 34 56',
    '+32470123456',
    '0032 470 12 34 56',
    '+32 (0)470 12 34 56',
    '09 123 45 67',
    '03/123.45.67',
    '02 511 22 33',
    '050 12 34 56',
    '011-12-34-56',
    '+32 9 123 45 67',
  ])('%s is a phone number', (written) => {
    expect(personal(`Bel ${written} na de middag.`)).toEqual([['phone', written]])
  })

  it.each([
    '1700', // the public information line
    '112',
    '€ 1.250,00',
    '01/02/2024',
    '12.03.2025',
    'het jaar 2024',
    '2023-2024',
    'om 09.30 uur',
    'van 09.30-12.00',
    '0800 12 345', // free number of an organisation
    '078 15 09 00', // zonal number of an organisation
    '070 22 33 44',
    '9000 Gent',
    '3,5 %',
    'dossier 0470',
  ])('%s is no phone number', (written) => {
    expect(personal(`Zie ${written} hier.`)).toEqual([])
  })
})

describe('e-mail addresses and bank accounts', () => {
  it.each([
    ['Mail an.peeters@gent.be vandaag.', [['email', 'an.peeters@gent.be']]],
    ['Mail a_b+c@sub.domein.vlaanderen vandaag.', [['email', 'a_b+c@sub.domein.vlaanderen']]],
    ['Stuur het naar info@vdab.be.', [['email', 'info@vdab.be']]], // also a service address: the message says it may stay
    ['Een @ alleen, of jan@ of @gent.be.', []],
    ['Betaal op BE68 5390 0754 7034 voor maart.', [['iban', 'BE68 5390 0754 7034']]],
    ['Betaal op BE68539007547034 voor maart.', [['iban', 'BE68539007547034']]],
    ['Betaal op BE68 5390 0754 7035 voor maart.', []], // check digits fail
  ])('%j → %j', (text, expected) => {
    expect(personal(text)).toEqual(expected)
  })
})

describe('names', () => {
  it.each([
    ['We spraken met Fatima over haar aanvraag.', [['name', 'Fatima']]],
    ['Het gesprek met Anne-Marie liep goed.', [['name', 'Anne-Marie']]],
    ['Zo zei Jan: ik wacht al weken.', [['name', 'Jan']]],
    ['We belden Fatima El Amrani terug.', [['name', 'Fatima El Amrani']]], // the surname is included
    ['Daarna belde mevrouw Peeters.', [['name', 'Peeters']]], // after a form of address, any capitalised word
    ['Dhr. Janssens kwam langs.', [['name', 'Janssens']]],
    ['We zagen mevr. De Smet.', [['name', 'De Smet']]],
    ['Fatima kwam naar het loket.', []], // the start of a sentence says nothing
    ['Het loket.\nJan kwam binnen.', []], // a new line starts a sentence
    ['jan kwam binnen en we zagen jan.', []], // no capital
    ['De klant woont in Sint-Niklaas of in Sint-Jan.', []],
    ['Ze kwam met Roos en met Toon.', []], // left out of the list: ordinary words
    ['Let op: Wil je het formulier tekenen?', []],
    ['Ze woont in Gent.', []],
  ])('%j → %j', (text, expected) => {
    expect(personal(text)).toEqual(expected)
  })

  it('advises a role instead', () => {
    expect(checker.check('We spraken met Fatima.')).toEqual([
      {
        kind: 'personalData',
        key: 'plainLanguage.personalData.name',
        params: { name: 'Fatima' },
        range: { start: 15, end: 21 },
        privacy: true,
      },
    ])
  })
})

describe('the first-name data', () => {
  const names = firstNameData.names

  it('has a source and several hundred names, each once, capitalised', () => {
    expect(firstNameData.source.length).toBeGreaterThan(50)
    expect(names.length).toBeGreaterThan(300)
    expect(new Set(names.map((n) => n.normalize('NFC').toLowerCase())).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^\p{Lu}\p{Ll}/u)
  })

  it('leaves out the excluded names', () => {
    for (const name of Object.keys(firstNameData.excluded)) expect(names).not.toContain(name)
  })

  it.each(names.filter((_, i) => i % 25 === 0))('finds %s in the middle of a sentence', (name) => {
    expect(personal(`Daarna belden we ${name} terug.`)).toEqual([['name', name]])
  })
})
