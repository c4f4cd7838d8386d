// @vitest-environment node
import fc from 'fast-check'
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { readSourceFont, subsetFonts } from '@/build/fontSubset'
import { inCharset } from '@/domain/layout/charset'
import {
  firstBaselinePt,
  lineHeightPt,
  sanitizeForFont,
  textWidth,
  truncateLines,
  wrapText,
  type FontWeight,
} from '@/domain/layout/text'

const weights = ['regular', 'bold'] as const
const files = await subsetFonts()
const subset = (weight: FontWeight) => fontkit.create(files.find((f) => f.key === `${weight}Ttf`)!.bytes)
const full = {
  regular: fontkit.create(await readSourceFont('regular')),
  bold: fontkit.create(await readSourceFont('bold')),
}
const w = (text: string, weight: FontWeight = 'regular', size = 10) => textWidth(text, weight, size)

const DUTCH =
  'De burger ontvangt een brief van de gemeente met de vraag om zijn aanvraag voor een renovatiepremie ' +
  'aan te vullen. Hij begrijpt niet welke documenten ontbreken, belt het contactcentrum en wordt ' +
  'doorverwezen naar het e-loket/Mijn Burgerprofiel. Daar vindt hij – na lang zoeken – het formulier, ' +
  'maar de uploadknop werkt niet op zijn smartphone. Uiteindelijk gaat hij naar het loket, waar een ' +
  'medewerkster hem helpt: “Dat is in vijf minuten geregeld.” Zijn premie (€ 2.500) wordt in 2024-2025 uitbetaald.'

/** The collapsed text wrapText lays out: paragraphs with single spaces, blank lines at either end dropped. */
function collapsed(text: string): string {
  const paragraphs = sanitizeForFont(text)
    .split('\n')
    .map((p) => p.split(' ').filter(Boolean).join(' '))
  return paragraphs.join('\n').replace(/^\n+|\n+$/g, '')
}

/** Walks the lines through the collapsed text; returns what separated each line from the next. */
function separators(lines: string[], text: string): string[] {
  const target = collapsed(text)
  const seps: string[] = []
  let at = 0
  for (const line of lines) {
    expect(target.startsWith(line, at), `line ${JSON.stringify(line)} at ${at}`).toBe(true)
    at += line.length
    const sep = target[at] === ' ' || target[at] === '\n' ? target[at]! : ''
    seps.push(sep)
    at += sep.length
  }
  expect(at).toBe(target.length)
  return seps.slice(0, -1)
}

/** Every line fits, no text is lost or reordered, and no line could have taken the next word too. */
function expectGreedy(lines: string[], text: string, weight: FontWeight, size: number, max: number) {
  for (const line of lines) {
    if ([...line].length > 1) expect(textWidth(line, weight, size)).toBeLessThanOrEqual(max)
    expect(line).toBe(line.trim())
    expect(line).not.toMatch(/ {2}|\u00ad/)
  }
  separators(lines, text).forEach((sep, i) => {
    const next = lines[i + 1]!.split(' ')[0]!
    if (sep === ' ' && !/[-‐/–—]/.test(next))
      expect(textWidth(`${lines[i]} ${next}`, weight, size)).toBeGreaterThan(max)
  })
}

describe('textWidth', () => {
  const samples = [
    'Hallo wereld',
    'Łukasz Őrs',
    DUTCH.slice(0, 120),
    'Ș ș Ț ț ẞ €£¥ № ™',
    '★ ✓ → ⇒ ≤ ≥ ● ▭',
    'ΑΒΓ Жж Ґ',
  ]
  it.each(weights.flatMap((weight) => samples.map((text) => [weight, text] as const)))(
    'agrees with fontkit laying out the subset font (%s): %s',
    (weight, text) => {
      const run = subset(weight).layout(text)
      expect(w(text, weight, 12)).toBeCloseTo((run.advanceWidth * 12) / 2048, 9)
    },
  )

  it.each(weights.flatMap((weight) => samples.map((text) => [weight, text] as const)))(
    'agrees with the full font without kerning and ligatures (%s): %s',
    (weight, text) => {
      const run = full[weight].layout(text, { kern: false, liga: false, clig: false, calt: false })
      expect(w(text, weight, 12)).toBeCloseTo((run.advanceWidth * 12) / 2048, 9)
    },
  )

  it.each([
    ['', 0],
    ['Hello', 30.416015625],
    [' ', 3.814453125],
  ])('measures %j as %d pt at 12 pt', (text, width) => expect(w(text, 'regular', 12)).toBe(width))

  it.each(['😀', '中', '\u0301'])('measures %j like the replacement character', (ch) => {
    expect(w(ch)).toBe(w('\ufffd'))
  })

  it('scales with the size, and bold is wider', () => {
    expect(w('Klantreis', 'regular', 20)).toBeCloseTo(2 * w('Klantreis', 'regular', 10), 9)
    expect(w('Klantreis', 'bold')).toBeGreaterThan(w('Klantreis'))
  })
})

describe('sanitizeForFont', () => {
  it.each([
    ['Łukasz Őrs – € “ok”', 'Łukasz Őrs – € “ok”'],
    ['a\r\nb\rc\u2028d', 'a\nb\nc\nd'],
    ['a\tb\u2009c\u3000d', 'a b c d'],
    ['1\u00a0000\u202fkm', '1\u00a0000\u202fkm'],
    ['e\u0301 x\u0301', 'é x'],
    ['😀 👍🏽 👨‍👩‍👧 🇧🇪', '\ufffd \ufffd \ufffd \ufffd'],
    ['❤️ ☀ ✌🏽 ✔', '❤ ☀ ✌ ✔'],
    ['中文', '\ufffd\ufffd'],
    ['a\u200bb\u200dc\ufeffd\u0007', 'abcd'],
    ['ver\u00adzekering', 'ver\u00adzekering'],
    ['\ud800x', '\ufffdx'],
  ])('%j → %j', (input, expected) => expect(sanitizeForFont(input)).toBe(expected))

  it('is idempotent and leaves only characters the font has', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const once = sanitizeForFont(text)
        expect(sanitizeForFont(once)).toBe(once)
        for (const ch of once) expect(ch === '\n' || inCharset(ch.codePointAt(0)!)).toBe(true)
      }),
    )
  })
})

describe('wrapText', () => {
  it.each([
    ['', 100, []],
    ['  \n \n  ', 100, []],
    ['  a   b  ', 100, ['a b']],
    ['\n a \n\n\n b \n\n', 100, ['a', '', '', 'b']],
    ['Łukasz Őrs', w('Łukasz'), ['Łukasz', 'Őrs']],
    ['klant-reis', w('klant-'), ['klant-', 'reis']],
    ['en/of', w('en/'), ['en/', 'of']],
    ['Gent–Brussel', w('Brussel'), ['Gent–', 'Brussel']],
    ['https://www.vlaanderen.be/x', w('www.vlaanderen.be/'), ['https://', 'www.vlaanderen.be/', 'x']],
    ['2020-2024', w('2020-2'), ['2020-2', '024']],
    ['-5 graden', w('graden'), ['-5', 'graden']],
    ['1\u00a0000 euro', w('1\u00a0000 eu'), ['1\u00a0000', 'euro']],
    ['aaaaaaaaaa', w('aaaa'), ['aaaa', 'aaaa', 'aa']],
    ['x aaaaaaaaaa', w('aaaa'), ['x', 'aaaa', 'aaaa', 'aa']],
    ['Arbeids\u00adonge\u00adschikt\u00adheid', w('Arbeidsonge-'), ['Arbeidsonge-', 'schiktheid']],
    ['Arbeids\u00adonge\u00adschikt\u00adheid', 1000, ['Arbeidsongeschiktheid']],
    ['Arbeids\u00adonge\u00adschikt\u00adheid', w('Arbeidsonge'), ['Arbeids-', 'ongeschikt-', 'heid']],
  ])('%j in %d pt', (text, max, expected) => expect(wrapText(text, 'regular', 10, max)).toEqual(expected))

  it.each(weights.flatMap((weight) => [60, 150, 400].map((max) => [weight, max] as const)))(
    'fills Dutch text greedily (%s, %d pt)',
    (weight, max) => {
      const text = `${DUTCH}\n\nArbeidsongeschiktheidsverzekeringsmaatschappij: Łukasz Őrs.\n${DUTCH}`
      const lines = wrapText(text, weight, 9, max)
      expectGreedy(lines, text, weight, 9, max)
      if (max === 60) expect(lines.some((l) => l.endsWith('e-') || l.endsWith('/'))).toBe(true)
    },
  )

  it('wraps 3,000 characters quickly', () => {
    const text = `${DUTCH} ${'x'.repeat(300)} `.repeat(5).slice(0, 3000)
    const start = performance.now()
    const lines = wrapText(text, 'regular', 8, 120)
    expect(performance.now() - start).toBeLessThan(50)
    expect(lines.length).toBeGreaterThan(100)
    expectGreedy(lines, text, 'regular', 8, 120)
  })

  it('never loses, reorders or overfills (property)', () => {
    const unit = fc.oneof(
      fc.constantFrom(...'abcdefghij klm  nop-/–—\n\u00a0ŁőéΩЖ…\u0301', '😀', '👍🏽', 'x\u0301'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    )
    const text = fc.string({ unit, maxLength: 300 }).map((t) => t.replace(/\u00ad/g, 'x'))
    fc.assert(
      fc.property(
        text,
        fc.constantFrom(...weights),
        fc.double({ min: 4, max: 16, noNaN: true }),
        fc.double({ min: 20, max: 500, noNaN: true }),
        (t, weight, size, max) => {
          const lines = wrapText(t, weight, size, max)
          for (const line of lines) {
            if ([...line].length > 1) expect(textWidth(line, weight, size)).toBeLessThanOrEqual(max)
          }
          separators(lines, t)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('truncateLines', () => {
  const lines = ['Een twee drie', 'vier vijf zes']
  it.each([
    [lines, 2, 1000, lines, false],
    [lines, 5, 1000, lines, false],
    [lines, 1, 1000, ['Een twee drie…'], true],
    [lines, 1, w('Een twee…'), ['Een twee…'], true],
    [lines, 1, w('Een twee d…') - 0.01, ['Een twee…'], true],
    [lines, 0, 1000, [], true],
    [lines, 1, 1, ['…'], true],
  ])('%j to %d lines in %d pt', (input, max, width, expected, truncated) => {
    expect(truncateLines(input, max, 'regular', 10, width)).toEqual({ lines: expected, truncated })
  })

  it('stays within the width when it cuts a wrapped text', () => {
    const wrapped = wrapText(DUTCH, 'bold', 9, 140)
    const result = truncateLines(wrapped, 3, 'bold', 9, 140)
    expect(result.lines).toHaveLength(3)
    expect(result.lines[2]).toMatch(/\S…$/)
    for (const line of result.lines) expect(textWidth(line, 'bold', 9)).toBeLessThanOrEqual(140)
  })
})

describe('line boxes', () => {
  it('puts the baseline where CSS does: content area centred in the line box', () => {
    expect(lineHeightPt(10)).toBe(12.5)
    expect(lineHeightPt(10, 1.5)).toBe(15)
    // (12.5 − (1901 + 483)·10/2048) / 2 + 1901·10/2048
    expect(firstBaselinePt(10)).toBeCloseTo(9.7119140625, 9)
    expect(firstBaselinePt(10, 1)).toBeCloseTo((10 * (1 - 2384 / 2048)) / 2 + (1901 * 10) / 2048, 9)
  })
})
