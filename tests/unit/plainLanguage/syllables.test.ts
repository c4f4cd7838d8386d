import { describe, expect, it } from 'vitest'
import { hyphenateDutch } from '@/plainLanguage/hyphenation'
import { countSyllables, vowelUnits } from '@/plainLanguage/syllables'

const syllables = (word: string) => countSyllables(word, hyphenateDutch)

describe('countSyllables with the Dutch hyphenation patterns', () => {
  // Expected values: the spoken Dutch syllables, split by hand.
  it.each([
    ['aanvraag', 2], // aan-vraag
    ['bestaansmiddelen', 5], // be-staans-mid-de-len
    ['maatschappelijke', 5], // maat-schap-pe-lij-ke
    ['rijksregisternummer', 6], // rijks-re-gis-ter-num-mer
    ['alleenstaande', 4], // al-leen-staan-de
    ['tegemoetkoming', 5], // te-ge-moet-ko-ming
    ['kinderen', 3], // kin-de-ren
    ['januari', 4], // ja-nu-a-ri: the patterns split the hiatus u-a
    ['individuele', 6], // in-di-vi-du-e-le
    ['geïndividualiseerd', 8], // ge-ïn-di-vi-du-a-li-seerd
    ['beëindigen', 4], // be-ëin-di-gen: the diaeresis starts a syllable
    ['financiële', 5], // fi-nan-ci-ë-le
    ['zeeën', 2], // zee-ën
    ['ideeën', 3], // i-dee-ën
    ['over', 2], // o-ver: too short for the patterns, counted by vowel units
    ['idee', 2], // i-dee
    ['mooie', 2], // moo-ie
    ['leeuwen', 2], // leeu-wen
    ['één', 1], // accent dropped
    ['café', 2], // ca-fé
    ['je', 1],
    ['Daarna', 2], // capital does not matter
    ['e-mail', 2], // e-mail
  ])('%s has %i syllables', (word, expected) => {
    expect(syllables(word)).toBe(expected)
  })

  // Expected values: the documented rule (digits one each, capitals letter by letter).
  it.each([
    ['OCMW', 4], // o-c-m-w
    ['OCMW’s', 4], // the 's adds no vowel
    ['KBO-nummer', 5], // k-b-o + num-mer
    ['NT2', 3], // n-t + 1 digit
    ['2024', 4],
    ['3,5', 2],
    ['9.30', 3],
    ['s', 1], // a word without a vowel still counts one
  ])('%s counts %i by rule', (word, expected) => {
    expect(syllables(word)).toBe(expected)
  })
})

describe('vowelUnits', () => {
  it.each([
    ['aai', 1],
    ['ooi', 1],
    ['eeuw', 1],
    ['ieu', 1],
    ['ruïne', 3],
    ['pst', 0],
  ])('%s has %i vowel units', (piece, expected) => {
    expect(vowelUnits(piece)).toBe(expected)
  })
})
