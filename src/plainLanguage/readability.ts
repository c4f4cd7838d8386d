import type { Sentence } from './sentences'
import type { Readability, ReadabilityLevel } from './types'

/** Texts with fewer words get no score: a few short sentences say nothing about reading ease. */
export const MIN_WORDS_FOR_READABILITY = 30

/** Below this score the checker hints that the text reads hard (the bands `fairlyHard` and `hard`). */
export const HINT_BELOW_SCORE = 60

export interface TextCounts {
  words: number
  sentences: number
  syllables: number
}

/**
 * Flesch-Douma reading ease (Douma 1960, the Dutch adaptation of Flesch's Reading Ease):
 * `206.835 − 0.93 × (words / sentences) − 77 × (syllables / words)`. Higher is easier; NaN without words.
 */
export function fleschDouma({ words, sentences, syllables }: TextCounts): number {
  if (words === 0 || sentences === 0) return Number.NaN
  return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words)
}

/**
 * The band of a score. Flesch's own bands (1948: 90 very easy, 80 easy, 70 fairly easy, 60 standard,
 * 50 fairly difficult, 30 difficult, below that very confusing), applied to Douma's scale, with the top two
 * and the bottom two merged: ≥ 80 easy, ≥ 70 fairly easy, ≥ 60 standard, ≥ 50 fairly hard, below 50 hard.
 */
export function readabilityLevel(score: number): ReadabilityLevel {
  if (score >= 80) return 'easy'
  if (score >= 70) return 'fairlyEasy'
  if (score >= 60) return 'standard'
  if (score >= 50) return 'fairlyHard'
  return 'hard'
}

/** Words, sentences (those with at least one word) and syllables of already split sentences. */
export function countText(sentences: readonly Sentence[], syllables: (word: string) => number): TextCounts {
  let words = 0
  let total = 0
  for (const sentence of sentences) {
    words += sentence.words.length
    for (const word of sentence.words) total += syllables(word.text)
  }
  return { words, sentences: sentences.length, syllables: total }
}

/** Reading ease of split sentences, or null below `MIN_WORDS_FOR_READABILITY` words. */
export function readabilityOf(
  sentences: readonly Sentence[],
  syllables: (word: string) => number,
): Readability | null {
  const counts = countText(sentences, syllables)
  if (counts.words < MIN_WORDS_FOR_READABILITY) return null
  const score = fleschDouma(counts)
  return { score, level: readabilityLevel(score), ...counts }
}
