import { beforeAll, describe, expect, it } from 'vitest'
import { loadPlainLanguageChecker, type PlainLanguageChecker } from '@/plainLanguage'
import { hyphenateDutch } from '@/plainLanguage/hyphenation'
import { countText, fleschDouma, readabilityLevel } from '@/plainLanguage/readability'
import { splitSentences } from '@/plainLanguage/sentences'
import { countSyllables } from '@/plainLanguage/syllables'

/*
 * Source of the reference values: words, sentences and syllables counted by hand below (each word's syllables
 * written out), and the score computed from the formula of Douma (1960) as commonly cited:
 *   206.835 − 0.93 · ASL − 77 · ASW   (ASL: words per sentence, ASW: syllables per word).
 * Numbers and capitals are counted by the rule of syllables.ts (one per digit, capitals letter by letter).
 */
const REFERENCE = [
  {
    // Je(1) vraagt(1) de(1) steun(1) aan(1) bij(1) het(1) lo-ket(2) = 8 words, 9 syllables
    // We(1) hel-pen(2) je(1) graag(1) = 4 words, 5 syllables
    // Het(1) duurt(1) niet(1) lang(1) = 4 words, 4 syllables
    // 206.835 − 0.93 · 16/3 − 77 · 18/16 = 206.835 − 4.96 − 86.625 = 115.25
    text: 'Je vraagt de steun aan bij het loket. We helpen je graag. Het duurt niet lang.',
    words: 16,
    sentences: 3,
    syllables: 18,
    score: 115.25,
  },
  {
    // In-dien(2) u(1) in(1) aan-mer-king(3) komt(1) voor(1) een(1) te-ge-moet-ko-ming(5) dient(1) u(1) de(1)
    // no-di-ge(3) be-wijs-stuk-ken(4) voor-af-gaan-de-lijk(5) aan(1) het(1) lo-ket(2) voor(1) te(1) leg-gen(2)
    // = 20 words, 38 syllables, 1 sentence
    // 206.835 − 0.93 · 20 − 77 · 38/20 = 206.835 − 18.6 − 146.3 = 41.935
    text: 'Indien u in aanmerking komt voor een tegemoetkoming, dient u de nodige bewijsstukken voorafgaandelijk aan het loket voor te leggen.',
    words: 20,
    sentences: 1,
    syllables: 38,
    score: 41.935,
  },
  {
    // Op(1) 3(1) mei(1) om(1) 9.30(3 digits) uur(1) belt(1) de(1) VDAB(4 letters) je(1) op(1)
    // = 11 words, 16 syllables, 1 sentence (the point in 9.30 does not end it)
    // 206.835 − 0.93 · 11 − 77 · 16/11 = 206.835 − 10.23 − 112 = 84.605
    text: 'Op 3 mei om 9.30 uur belt de VDAB je op.',
    words: 11,
    sentences: 1,
    syllables: 16,
    score: 84.605,
  },
  {
    // De(1) fi-nan-ci-ë-le(5) steun(1) voor(1) het(1) in-di-vi-du-e-le(6) pro-ject(2) loopt(1) in(1)
    // ja-nu-a-ri(4) af(1) = 11 words, 24 syllables, 1 sentence
    // 206.835 − 0.93 · 11 − 77 · 24/11 = 206.835 − 10.23 − 168 = 28.605
    text: 'De financiële steun voor het individuele project loopt in januari af.',
    words: 11,
    sentences: 1,
    syllables: 24,
    score: 28.605,
  },
  {
    // De(1) maat-schap-pe-lijk(4) wer-ker(2) legt(1) uit(1) wat(1) de(1) klant(1) moet(1) doen(1) = 10 words, 14
    // Ze(1) vult(1) sa-men(2) met(1) hem(1) het(1) for-mu-lier(3) in(1) = 8 words, 11
    // Daar-na(2) stuurt(1) ze(1) al-les(2) op(1) = 5 words, 7
    // Na(1) twee(1) we-ken(2) krijgt(1) hij(1) een(1) brief(1) met(1) de(1) be-slis-sing(3) = 10 words, 13
    // = 33 words, 4 sentences, 45 syllables
    // 206.835 − 0.93 · 33/4 − 77 · 45/33 = 206.835 − 7.6725 − 105 = 94.1625
    text: 'De maatschappelijk werker legt uit wat de klant moet doen. Ze vult samen met hem het formulier in. Daarna stuurt ze alles op. Na twee weken krijgt hij een brief met de beslissing.',
    words: 33,
    sentences: 4,
    syllables: 45,
    score: 94.1625,
  },
]

const syllables = (word: string) => countSyllables(word, hyphenateDutch)

describe('Flesch-Douma', () => {
  it.each(REFERENCE)('$text', ({ text, score, ...counts }) => {
    const measured = countText(splitSentences(text), syllables)
    expect(measured).toEqual(counts)
    expect(Math.abs(fleschDouma(measured) - score)).toBeLessThanOrEqual(0.5)
  })

  it.each([
    [100, 'easy'],
    [80, 'easy'],
    [79.9, 'fairlyEasy'],
    [70, 'fairlyEasy'],
    [65, 'standard'],
    [60, 'standard'],
    [59.9, 'fairlyHard'],
    [50, 'fairlyHard'],
    [49.9, 'hard'],
    [-20, 'hard'],
  ])('a score of %d is %s', (score, level) => {
    expect(readabilityLevel(score)).toBe(level)
  })

  it('is NaN without words', () => {
    expect(fleschDouma({ words: 0, sentences: 0, syllables: 0 })).toBeNaN()
  })
})

describe('checker.readability', () => {
  let checker: PlainLanguageChecker
  beforeAll(async () => {
    checker = await loadPlainLanguageChecker()
  })

  const plain = REFERENCE[4]!.text
  const jargon =
    'Indien u in aanmerking komt voor een tegemoetkoming, dient u de nodige bewijsstukken voorafgaandelijk aan het loket voor te leggen. Bij gebreke daarvan wordt uw aanvraag als onontvankelijk beschouwd en wordt het dossier ambtshalve afgesloten.'

  it('scores a text of 30 words or more, with its counts', () => {
    expect(checker.readability(plain)).toEqual({
      score: expect.closeTo(94.1625, 1),
      level: 'easy',
      words: 33,
      sentences: 4,
      syllables: 45,
    })
  })

  it.each(REFERENCE.slice(0, 4))('gives null below 30 words: $text', ({ text }) => {
    expect(checker.readability(text)).toBeNull()
  })

  it('scores a plain text higher than a jargon-heavy one', () => {
    const easy = checker.readability(plain)
    const hard = checker.readability(jargon)
    expect(easy && hard && easy.score - hard.score).toBeGreaterThan(30)
  })

  it('hints below 60 only, without a range, with the score rounded', () => {
    expect(checker.check(plain).filter((h) => h.kind === 'readability')).toEqual([])
    const hard = checker.readability(jargon)!
    expect(hard.score).toBeLessThan(50)
    expect(checker.check(jargon).filter((h) => h.kind === 'readability')).toEqual([
      {
        kind: 'readability',
        key: 'plainLanguage.readability.hard',
        params: { score: Math.round(hard.score) },
        range: null,
      },
    ])
  })
})
