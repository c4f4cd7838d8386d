// @vitest-environment node
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { generateFontMetrics, METRICS_FILE } from '@/build/fontMetrics'
import { readSourceFont } from '@/build/fontSubset'
import { CHARSET_RANGES, charsetText, inCharset } from '@/domain/layout/charset'

const [regular, bold] = await Promise.all([readSourceFont('regular'), readSourceFont('bold')])

describe('charset', () => {
  it('lists ascending, non-overlapping ranges', () => {
    CHARSET_RANGES.forEach(([first, last], i) => {
      expect(first).toBeLessThanOrEqual(last)
      if (i > 0) expect(first).toBeGreaterThan(CHARSET_RANGES[i - 1]![1])
    })
  })

  it.each([
    ['regular', regular],
    ['bold', bold],
  ])('has only characters DejaVu Sans %s contains', (_name, bytes) => {
    const font = fontkit.create(bytes)
    const missing = [...charsetText()].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!))
    expect(missing).toEqual([])
  })

  it.each([...'AzŁőȘțẞ€–“”„…★✓→⇒≤●□ЖΩ\ufffd'])('contains %s', (ch) => {
    expect(inCharset(ch.codePointAt(0)!)).toBe(true)
  })

  it.each([...'\u0301\u4e2d\u200b\t\n'].concat('😀'))('does not contain %j', (ch) => {
    expect(inCharset(ch.codePointAt(0)!)).toBe(false)
  })
})

describe('fontMetrics.ts', () => {
  it('is what the generator makes from the fonts (regenerate: UPDATE_FONT_METRICS=1)', () => {
    const expected = generateFontMetrics(regular, bold)
    const path = resolve(process.cwd(), METRICS_FILE)
    if (process.env.UPDATE_FONT_METRICS) writeFileSync(path, expected)
    const committed = readFileSync(path, 'utf8')
    expect(
      committed === expected,
      `${METRICS_FILE} is stale: run UPDATE_FONT_METRICS=1 npx vitest run ${'tests/unit/layout/fontMetrics.test.ts'}`,
    ).toBe(true)
  })

  it('stays small', () => {
    expect(readFileSync(resolve(process.cwd(), METRICS_FILE)).length).toBeLessThan(25_000)
  })
})
