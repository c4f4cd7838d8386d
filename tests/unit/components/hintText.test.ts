import { beforeAll, describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { loadPlainLanguageChecker, type PlainLanguageChecker } from '@/plainLanguage'
import jargonData from '@/plainLanguage/data/jargon.nl.json'
import { quoteAlternatives, readabilityLine, showHint, showHints } from '@/components/hintText'
import plainParts from '@/i18n/parts/plainLanguage'

const i18n = createI18n({
  legacy: false,
  locale: 'nl-BE',
  messages: { 'nl-BE': { plainLanguage: plainParts['nl-BE'] } },
})
const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {})

let checker: PlainLanguageChecker
beforeAll(async () => {
  checker = await loadPlainLanguageChecker()
})

describe('quoteAlternatives', () => {
  it.each([
    ['inkomen', '‘inkomen’'],
    ['en of en ook', '‘en’ of ‘en ook’'],
    ['geven of sturen of afgeven', '‘geven’, ‘sturen’ of ‘afgeven’'],
  ])('%s → %s', (plain, quoted) => {
    expect(quoteAlternatives(plain, 'of')).toBe(quoted)
  })

  it('can split every entry of the jargon list: no alternative holds " of " itself', () => {
    const joined = jargonData.entries.flatMap((entry) => entry.plain.filter((p) => / of /.test(p)))
    expect(joined).toEqual([])
  })
})

describe('showHint', () => {
  const shown = (text: string) => showHints(checker.check(text), text, t)

  it('gives the plain alternative of a jargon word, quoted', () => {
    expect(shown('Breng je bestaansmiddelen mee.').map((h) => h.message)).toEqual([
      'Schrijf liever ‘inkomen’ dan ‘bestaansmiddelen’.',
    ])
    expect(shown('Je kan het formulier indienen.')[0]?.message).toBe(
      'Schrijf liever ‘geven’, ‘sturen’ of ‘afgeven’ dan ‘indienen’.',
    )
  })

  it('quotes what a number or a long sentence hint is about, and nothing when the message names it', () => {
    const text = 'Bel haar op 0470 12 34 56 als het OCMW niet antwoordt.'
    const hints = shown(text)
    expect(hints.map((h) => [h.kind, h.excerpt, h.privacy])).toEqual([
      ['personalData', '0470 12 34 56', true],
      ['abbreviation', '', false],
    ])
    expect(hints[0]?.message).toMatch(/^Dit lijkt het telefoonnummer van een persoon\. .*Noem liever een rol/)
    const long =
      'De klant die voor het eerst naar het loket komt wacht vaak heel lang en weet dan niet goed welke papieren hij moet meebrengen voor zijn vraag.'
    const [sentence] = shown(long)
    expect(sentence?.message).toBe(
      'Deze zin telt 27 woorden. Een zin van hoogstens 20 woorden leest makkelijker.',
    )
    expect(sentence?.excerpt).toMatch(/^De klant die voor het eerst naar het loket komt.*…$/)
  })

  it('puts personal data first and gives the same word once', () => {
    const text = 'Indien nodig, en indien Fatima belt, mail naar fatima@voorbeeld.be.'
    expect(shown(text).map((h) => h.kind)).toEqual(['personalData', 'personalData', 'jargon'])
  })

  it('has a key that stays the same while the hint does', () => {
    const [a] = checker.check('Breng je bestaansmiddelen mee.')
    const [b] = checker.check('Breng straks je bestaansmiddelen mee.')
    expect(showHint(a!, '', t).key).toBe(showHint(b!, '', t).key)
  })
})

describe('readabilityLine', () => {
  it('says the level in words with the Flesch-Douma score', () => {
    const text =
      'We helpen je graag. Kom langs aan het loket. Of bel ons als je een vraag hebt. We zoeken samen wat je nodig hebt. Dan weet je snel waar je aan toe bent en wat je kan doen.'
    const readability = checker.readability(text)!
    expect(readability.score).toBeGreaterThanOrEqual(60)
    expect(readabilityLine(readability, t)).toMatch(
      /^Deze tekst is (heel vlot|vlot|goed) leesbaar: score \d+ volgens Flesch-Douma\.$/,
    )
  })
})
