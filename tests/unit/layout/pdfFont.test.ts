// @vitest-environment node
import * as fontkit from 'fontkit'
import { jsPDF } from 'jspdf'
import { describe, expect, it, vi } from 'vitest'
import { subsetFonts, type SubsetFile } from '@/build/fontSubset'
import { charsetText } from '@/domain/layout/charset'
import { textWidth, type FontWeight } from '@/domain/layout/text'
import { FONT, registerFonts } from '@/export/pdf/fonts'
import { exactGlyphWidths, loadSubsetFonts } from '@/export/pdf/subsetFonts'

// What fontsPlugin.ts serves under Vitest (data: URLs), whether or not vite.config.ts registers it yet.
vi.mock('virtual:klantreis-fonts', async () => {
  const { subsetFonts } = await import('@/build/fontSubset')
  const list = await subsetFonts()
  const url = (key: SubsetFile['key']) =>
    `data:font/ttf;base64,${Buffer.from(list.find((f) => f.key === key)!.bytes).toString('base64')}`
  return { regularTtf: url('regularTtf'), boldTtf: url('boldTtf'), regularWoff2: '', boldWoff2: '' }
})

const files = await subsetFonts()
const bytes = (key: SubsetFile['key']) => files.find((f) => f.key === key)!.bytes

const SAMPLE = 'Łukasz Őrs – € “ok” ★ ✓ →'
const STRINGS = [
  SAMPLE,
  'De burger vraagt een premie aan via het e-loket.',
  'Ș ș Ț ț — ẞ Ĳ ŉ ǅ „Zitat“ ‹citation› 12 % ‰',
  'Ελληνικά Кириллица Ґ ґ №5 ™ ½ ⅔ ≤ ≥ ≈ ± × ÷ −',
  '● ○ ■ □ ▲ ▼ ◆ ◇ ▭ ★ ☆ ✓ ✔ ✕ ✗ ⚠ ☎ ✉ ⌂ ← → ↑ ↓ ↔ ⇒',
]

/** The text items of page 1, with their width as pdf.js computes it from the PDF's /W glyph widths. */
async function pdfItems(data: Uint8Array): Promise<{ str: string; width: number }[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise
  const content = await (await doc.getPage(1)).getTextContent()
  const items = content.items.flatMap((item) => ('str' in item && item.str.trim() ? [item] : []))
  await doc.destroy()
  return items.map((item) => ({ str: item.str, width: item.width }))
}

function pdfWith(lines: { text: string; weight: FontWeight }[], sizePt: number, exact = false): jsPDF {
  const doc = new jsPDF({ unit: 'pt', format: 'a4' })
  registerFonts(doc, { regular: bytes('regularTtf'), bold: bytes('boldTtf') })
  doc.setFontSize(sizePt)
  lines.forEach(({ text, weight }, i) => {
    doc.setFont(FONT, weight === 'bold' ? 'bold' : 'normal')
    doc.text(text, 40, 60 + 30 * i)
  })
  if (exact) exactGlyphWidths(doc, FONT)
  return doc
}

describe('the subset TTFs', () => {
  it.each(['regularTtf', 'boldTtf'] as const)(
    '%s has every charset glyph and no glyph names or hinting',
    (key) => {
      const font = fontkit.create(bytes(key))
      const missing = [...charsetText()].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!))
      expect(missing).toEqual([])
      expect(font.post.version).toBe(3) // no glyph names, which jsPDF would copy into every PDF
      const tables = Object.keys(font.directory.tables)
      expect(tables).toEqual(expect.arrayContaining(['cmap', 'glyf', 'loca', 'head', 'hhea', 'hmtx', 'maxp']))
      for (const dropped of ['GSUB', 'GPOS', 'kern', 'fpgm', 'prep', 'cvt '])
        expect(tables).not.toContain(dropped)
    },
  )

  it.each(['regularWoff2', 'boldWoff2'] as const)('%s is WOFF2', (key) => {
    expect(new TextDecoder().decode(bytes(key).subarray(0, 4))).toBe('wOF2')
  })

  it('are far smaller than the full fonts (757 KB / 706 KB)', () => {
    for (const file of files) expect(file.bytes.length).toBeLessThan(file.format === 'ttf' ? 150_000 : 70_000)
  })
})

describe('loadSubsetFonts', () => {
  it('fetches both subset TTFs once', async () => {
    const first = loadSubsetFonts()
    expect(loadSubsetFonts()).toBe(first)
    const fonts = await first
    expect(new Uint8Array(fonts.regular)).toEqual(bytes('regularTtf'))
    expect(new Uint8Array(fonts.bold)).toEqual(bytes('boldTtf'))
  })
})

describe('jsPDF with the subset TTFs', () => {
  it('embeds both weights, and the text round-trips through pdf.js', async () => {
    const doc = pdfWith(
      [
        { text: SAMPLE, weight: 'regular' },
        { text: SAMPLE, weight: 'bold' },
      ],
      12,
    )
    const items = await pdfItems(new Uint8Array(doc.output('arraybuffer')))
    expect(items.map((item) => item.str)).toEqual([SAMPLE, SAMPLE])
  })

  it.each(STRINGS.flatMap((text) => (['regular', 'bold'] as const).map((weight) => [weight, text] as const)))(
    'measures like textWidth (%s): %s',
    (weight, text) => {
      const doc = pdfWith([], 10)
      doc.setFont(FONT, weight === 'bold' ? 'bold' : 'normal')
      expect(doc.getTextWidth(text)).toBeCloseTo(textWidth(text, weight, 10), 9)
    },
  )

  it('draws glyphs at most 1/1000 em narrower than the model, never wider', async () => {
    // jsPDF writes the PDF's /W widths as parseInt(advance × 1000 / unitsPerEm): truncated, not rounded.
    const size = 10
    const lines = STRINGS.map((text, i) => ({ text, weight: (i % 2 ? 'bold' : 'regular') as FontWeight }))
    const items = await pdfItems(new Uint8Array(pdfWith(lines, size).output('arraybuffer')))
    expect(items).toHaveLength(lines.length)
    items.forEach((item, i) => {
      const line = lines[i]!
      const model = textWidth(line.text, line.weight, size)
      expect(item.str).toBe(line.text)
      if (process.env.SHOW_DRIFT) console.log(line.text.length, model, model - item.width)
      expect(item.width).toBeLessThanOrEqual(model + 1e-6)
      expect(model - item.width).toBeLessThan(([...line.text].length * size) / 1000)
    })
  })

  it('draws glyphs exactly as measured after exactGlyphWidths', async () => {
    const size = 10
    const lines = STRINGS.map((text, i) => ({ text, weight: (i % 2 ? 'bold' : 'regular') as FontWeight }))
    const items = await pdfItems(new Uint8Array(pdfWith(lines, size, true).output('arraybuffer')))
    expect(items.map((item) => item.str)).toEqual(lines.map((line) => line.text))
    items.forEach((item, i) => {
      const line = lines[i]!
      expect(Math.abs(item.width - textWidth(line.text, line.weight, size))).toBeLessThan(0.001)
    })
  })
})
