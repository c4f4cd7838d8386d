import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createPlainLanguageChecker,
  loadPlainLanguageChecker,
  type PlainLanguageChecker,
  type TextHint,
} from '@/plainLanguage'
import abbreviationData from '@/plainLanguage/data/abbreviations.nl.json'
import firstNameData from '@/plainLanguage/data/firstNames.nl.json'
import jargonData from '@/plainLanguage/data/jargon.nl.json'
import { hyphenateDutch } from '@/plainLanguage/hyphenation'
import { countSyllables } from '@/plainLanguage/syllables'

let checker: PlainLanguageChecker
beforeAll(async () => {
  checker = await loadPlainLanguageChecker()
})

/** Ranges lie inside the text and hints come sorted by start, the whole-text hint last. */
function expectWellFormed(text: string, hints: readonly TextHint[]) {
  let previous = 0
  hints.forEach((hint, i) => {
    if (hint.range === null) {
      expect(hint.kind).toBe('readability')
      expect(i).toBe(hints.length - 1)
      return
    }
    expect(hint.range.start).toBeGreaterThanOrEqual(previous)
    expect(hint.range.start).toBeLessThan(hint.range.end)
    expect(hint.range.end).toBeLessThanOrEqual(text.length)
    previous = hint.range.start
  })
}

describe('loadPlainLanguageChecker', () => {
  it('loads once and gives the same checker afterwards', async () => {
    expect(await loadPlainLanguageChecker()).toBe(checker)
  })
})

describe('check', () => {
  const text =
    'Mevr. Peeters van het OCMW belt je. Indien je bestaansmiddelen hebt, bel 0470 12 34 56 of mail naar fatima@voorbeeld.be.'

  it('gives every kind of hint with its range, sorted by start', () => {
    const hints = checker.check(text)
    expect(hints.map((h) => [h.kind, text.slice(h.range!.start, h.range!.end)])).toEqual([
      ['personalData', 'Peeters'],
      ['abbreviation', 'OCMW'],
      ['jargon', 'Indien'],
      ['jargon', 'bestaansmiddelen'],
      ['personalData', '0470 12 34 56'],
      ['personalData', 'fatima@voorbeeld.be'],
    ])
    expectWellFormed(text, hints)
  })

  it('marks only personal data as privacy hints', () => {
    for (const hint of checker.check(text)) expect(hint.privacy === true).toBe(hint.kind === 'personalData')
  })

  it('gives nothing for a plain text', () => {
    expect(checker.check('We helpen je graag. Kom langs aan het loket, of bel ons.')).toEqual([])
    expect(checker.check('')).toEqual([])
  })

  it('works without the data: a checker with empty lists finds only long sentences and numbers', () => {
    const bare = createPlainLanguageChecker({
      syllables: () => 1,
      jargon: [],
      abbreviations: { entries: [], wellKnown: [] },
      firstNames: [],
    })
    expect(bare.check('Indien de VDAB belt: 0470 12 34 56.').map((h) => h.key)).toEqual([
      'plainLanguage.abbreviationUnknown',
      'plainLanguage.personalData.phone',
    ])
  })
})

describe('any input', () => {
  const pieces = fc.constantFrom(
    ' ', '.', '. ', '\n', '\r\n', '…', '?', '(', ')', '‘', '’', '"', '<b>', '</b>', '<a href="x">', '&amp;',
    'OCMW', 'GPMI (geïndividualiseerd project voor maatschappelijke integratie)', 'Jan', 'mevr.', 'Fatima',
    'indien', 'in aanmerking komt', '0470 12 34 56', '+32', '85.07.30-033.28', 'a@b.be', 'BE68 5390 0754 7034',
    'bv.', '9.30', '1.200', 'e\u0308', 'ë', '\u0000', '\uD800', '😀', 'ß', 'İ', 'woord',
  ) // prettier-ignore
  const texts = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.array(pieces, { maxLength: 120 }).map((parts) => parts.join('')),
  )

  it('never throws, and gives well-formed hints', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expectWellFormed(text, checker.check(text))
        const readability = checker.readability(text)
        if (readability) expect(Number.isFinite(readability.score)).toBe(true)
        checker.definedAbbreviations([text])
      }),
      { numRuns: 1000 },
    )
  })
})

describe('speed', () => {
  // About 2,000 characters of a realistic field: long and short sentences, jargon, abbreviations, numbers.
  const paragraph =
    'Indien de klant in aanmerking komt voor een leefloon, dient hij zijn bestaansmiddelen aan te tonen met een attest. ' +
    'Mevrouw Peeters van het OCMW legt uit welke documenten nodig zijn. De klant wacht reeds drie weken op een antwoord, ' +
    'belt twee keer naar 09 123 45 67 en krijgt telkens een andere medewerker aan de lijn. Daarna gaat hij naar de VDAB. '
  const text = paragraph.repeat(Math.ceil(2000 / paragraph.length)).slice(0, 2000)

  it('checks a 2,000-character field (time reported, not asserted)', () => {
    expect(text.length).toBe(2000)
    const created = performance.now()
    const fresh = createPlainLanguageChecker({
      syllables: (word) => countSyllables(word, hyphenateDutch),
      jargon: jargonData.entries,
      abbreviations: abbreviationData,
      firstNames: firstNameData.names,
    })
    const compiled = performance.now()
    fresh.check(text)
    const cold = performance.now() - compiled
    const times: number[] = []
    for (let run = 0; run < 500; run++) {
      const start = performance.now()
      fresh.check(text)
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]!
    const p95 = times[Math.floor(times.length * 0.95)]!
    console.log(
      `plainLanguage check, ${text.length} characters: median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms ` +
        `over ${times.length} runs; first call ${cold.toFixed(3)} ms; creating the checker ${(compiled - created).toFixed(3)} ms`,
    )
  })
})
