import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { pdfFileName } from '@/export/exportPdf'
import type { LaidItem } from '@/export/pdf/blocks'
import { splitStack, stackHeight } from '@/export/pdf/blocks'
import { loadDefaultFonts } from '@/export/pdf/fonts'
import { dutchPdfLabels } from '@/export/pdf/labels'
import nlMap from '@/i18n/nl-BE/map'
import { paginate, type LaidRow } from '@/export/pdf/sheetLayout'
import { slimFont } from '@/export/pdf/slimFont'
import { geometry } from '@/export/pdf/style'
import { cleanText, formatDate, formatScore } from '@/export/pdf/text'
import messages from '@/i18n/nl-BE/export'
import { loadFonts } from './support'

const line = (h = 3) => ({ kind: 'line' as const, text: 'x', bold: false, muted: false, size: 8, h })
const item = (lines: number): LaidItem => ({ pieces: Array.from({ length: lines }, () => line()) })
const row = (height: number, cells: LaidItem[][] = []): LaidRow => ({
  kind: 'cells',
  label: [],
  labelContinued: [item(1)],
  cells,
  points: [],
  height,
})

describe('pdfFileName', () => {
  it.each([
    ['Een parkeerkaart aanvragen', 'klantreis-een-parkeerkaart-aanvragen.pdf'],
    ['Oriëntatie: “Łukasz” & co – €!', 'klantreis-orientatie-lukasz-co.pdf'],
    ['Straße in Łódź', 'klantreis-strasse-in-lodz.pdf'],
    ['   ', 'klantreis.pdf'],
    ['€€€ ///', 'klantreis.pdf'],
    ['../../etc/passwd', 'klantreis-etc-passwd.pdf'],
  ])('%s → %s', (title, name) => expect(pdfFileName({ title })).toBe(name))

  it('keeps long titles short', () =>
    expect(pdfFileName({ title: 'a '.repeat(200) }).length).toBeLessThanOrEqual(74))
})

describe('layout', () => {
  it('cuts a stack between whole items, and inside an item only when none fits', () => {
    const [head, tail] = splitStack([item(2), item(2), item(2)], 20)
    expect(head).toHaveLength(2)
    expect(tail).toHaveLength(1)
    const [part, rest] = splitStack([item(10)], 12)
    expect(part[0]!.pieces).toHaveLength(3)
    expect(rest[0]!.pieces).toHaveLength(7)
    expect(stackHeight(part) + stackHeight(rest)).toBeGreaterThan(stackHeight([item(10)]))
  })

  it('always takes something, so cutting ends', () => {
    const [head, tail] = splitStack([{ pieces: [line(50), line(50)] }], 10)
    expect(head[0]!.pieces).toHaveLength(1)
    expect(tail[0]!.pieces).toHaveLength(1)
  })

  it('moves a row that does not fit to the next page whole, and cuts only a row taller than a page', () => {
    const geo = geometry('a4')
    expect(paginate([row(60), row(60), row(60)], 150, geo).map((p) => p.length)).toEqual([2, 1])
    const tall = row(400, [[item(40), item(40), item(40)]])
    const pages = paginate([row(20), tall], 150, geo)
    expect(pages.length).toBeGreaterThan(2)
    const pieces = pages
      .flat()
      .flatMap((r) => r.cells.flat())
      .reduce((n, i) => n + i.pieces.length, 0)
    expect(pieces).toBe(120)
    expect(pages[1]![0]!.label).toEqual(tall.labelContinued)
  })
})

describe('text helpers', () => {
  it('formats scores with a real minus and a decimal comma', () => {
    expect([2, 1.5, 0, -1, -0.5].map((n) => formatScore(n, 'nl-BE'))).toEqual([
      '+2',
      '+1,5',
      '0',
      '−1',
      '−0,5',
    ])
  })
  it('formats the date for the locale, and survives a bad locale', () => {
    expect(formatDate('2024-03-04T09:00:00.000Z', 'nl-BE')).toBe('4 maart 2024')
    expect(formatDate('2024-03-04T09:00:00.000Z', 'xx-invalid-locale-!!')).toBe('4 maart 2024')
  })
  it('strips control characters but keeps line breaks', () => {
    expect(cleanText('a\u0007b\r\nc\td  ')).toBe('ab\nc d')
  })
})

describe('labels', () => {
  const labels = dutchPdfLabels()

  it('fills every label from the nl-BE messages and formats the sheet header', () => {
    // An unresolved message comes back as its key: none may be left, in any of the groups it reads.
    const strings = JSON.stringify(labels)
    expect(strings).not.toMatch(/"(export|map|lanes|channels)\./)
    expect(labels.legend.refs).toBe(nlMap.legend.refs)
    expect(labels.sheetHeader(1, 6, 12)).toBe('Fase 1–6 van 12')
    expect(labels.sheetHeader(3, 3, 12)).toBe('Fase 3 van 12')
    expect(labels.page(2, 5)).toBe('Pagina 2 van 5')
    expect(labels.modes).toEqual({ digital: 'digitaal', physical: 'fysiek' })
    expect(Object.keys(labels.channels)).toHaveLength(9)
  })

  it('uses no vue-i18n syntax characters besides the placeholders', () => {
    const walk = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : Object.values(v as object).flatMap(walk)
    for (const text of walk(messages))
      expect(text.replace(/\{(from|to|count|page)\}/g, '')).not.toMatch(/[{}@$|]/)
  })
})

describe('fonts', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('slims a font: no glyph names, a short name table, glyphs untouched', async () => {
    const { regular } = await loadFonts()
    const slim = slimFont(regular as Uint8Array)
    expect(slim.length).toBeLessThan(regular.byteLength - 70_000)
    expect(slimFont(new Uint8Array([1, 2, 3]))).toEqual(new Uint8Array([1, 2, 3]))
  })

  it('fetches the two font files Vite emits, by URL', async () => {
    const urls: string[] = []
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url)
      return { ok: true, status: 200, arrayBuffer: async () => new ArrayBuffer(8) }
    })
    const fonts = await loadDefaultFonts()
    expect(urls).toHaveLength(2)
    expect(urls[0]).toMatch(/DejaVuSans\.ttf/)
    expect(urls[1]).toMatch(/DejaVuSans-Bold\.ttf/)
    expect(fonts.regular.byteLength).toBe(8)
  })

  it('never imports jspdf or the fonts statically, so they stay out of the first load', () => {
    const dir = resolve(process.cwd(), 'src/export')
    const files = ['exportPdf.ts', ...readdirSync(resolve(dir, 'pdf')).map((f) => `pdf/${f}`)]
    for (const file of files) {
      const source = readFileSync(resolve(dir, file), 'utf8')
      expect(source, file).not.toMatch(/^import (?!type )[^\n]*from 'jspdf'/m)
      expect(source, file).not.toMatch(/^import [^\n]*'dejavu-fonts-ttf/m)
    }
  })
})
