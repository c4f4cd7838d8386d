import { beforeAll, describe, expect, it } from 'vitest'
import { loadPlainLanguageChecker, type PlainLanguageChecker } from '@/plainLanguage'
import { splitSentences, tokenize } from '@/plainLanguage/sentences'

const wordsPerSentence = (text: string) => splitSentences(text).map((s) => s.words.length)

describe('splitSentences', () => {
  it.each([
    ['Ik kom morgen. Jij ook?', [3, 2]],
    ['Wat een dag! Echt waar… En nu?', [3, 2, 2]],
    ['Eerste regel\nTweede regel\n\nDerde', [2, 2, 1]],
    ['Bel bv. de dienst. Klaar.', [4, 1]],
    ['We spraken met dhr. De Smet en mevr. Peeters. Daarna niets.', [9, 2]],
    ['Zie bijlage, enz. en meer.', [5]],
    ['Vraag o.a. naar de premie, enz. Daarna wachten.', [6, 2]],
    ['Zie nr. 5 en blz. 12. Goed.', [6, 1]],
    ['Het kost 3,5 euro per dag of 1.200 euro per jaar. Dat is veel.', [11, 3]],
    ['We starten om 9.30 uur. Kom op tijd.', [5, 3]],
    ['Kijk op www.vdab.be voor meer. Of bel.', [5, 2]],
    ['Het attest van J. Peeters ligt klaar. Neem het mee.', [7, 3]],
    ['Dat zei ze in de afd. sociale zaken. Goed.', [8, 1]],
    ['‘Ik wacht al weken.’ Zo zei ze het.', [4, 4]],
    ['We bellen u. Morgen.', [3, 1]],
    ['Zonder punt aan het einde', [5]],
    ['', []],
    ['  ...  \n  !!  ', []],
  ])('%j → words per sentence %j', (text, expected) => {
    expect(wordsPerSentence(text)).toEqual(expected)
  })

  it('gives ranges without surrounding white space, final punctuation included', () => {
    const text = '  Eerste zin.   Tweede zin!  '
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Eerste zin.',
      'Tweede zin!',
    ])
  })
})

describe('tokenize', () => {
  it.each([
    ['OCMW’s en KBO-nummer', ['OCMW’s', 'en', 'KBO-nummer']],
    ['3,5 of 1.200; 9.30', ['3,5', 'of', '1.200', '9.30']],
    ['(zie: “hier”)', ['zie', 'hier']],
  ])('%j → %j', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected)
  })
})

describe('long sentences', () => {
  let checker: PlainLanguageChecker
  beforeAll(async () => {
    checker = await loadPlainLanguageChecker()
  })

  /** `n` words, the first with a capital (a lowercase word after a point would continue the sentence). */
  const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'Woord' : 'woord')).join(' ')

  it.each([
    [20, false],
    [21, true],
    [27, true],
  ])('a sentence of %i words gets a hint: %s', (n, hinted) => {
    const text = `Kort. ${words(n)}. Ook kort.`
    const hints = checker.check(text).filter((h) => h.kind === 'longSentence')
    expect(hints).toEqual(
      hinted
        ? [
            {
              kind: 'longSentence',
              key: 'plainLanguage.longSentence',
              params: { words: n, max: 20 },
              range: { start: 6, end: 6 + words(n).length + 1 },
            },
          ]
        : [],
    )
  })

  it('keeps a sentence whole across an abbreviation or a number, so its length is right', () => {
    // 10 + bv + 10 = 21 words; 15 + om 9.30 uur + 4 = 22 words. A wrong split would leave two short sentences.
    const text = `${words(10)} bv. ${words(10)}. ${words(15)} om 9.30 uur ${words(4)}.`
    const lengths = checker
      .check(text)
      .filter((h) => h.kind === 'longSentence')
      .map((h) => h.params.words)
    expect(lengths).toEqual([21, 22])
  })
})
