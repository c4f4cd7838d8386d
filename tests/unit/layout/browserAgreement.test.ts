// @vitest-environment node
import { existsSync } from 'node:fs'
import { chromium, type Browser } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { subsetFonts } from '@/build/fontSubset'
import { firstBaselinePt, textWidth, type FontWeight } from '@/domain/layout/text'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const SIZE = 12
const BASELINE_SIZES = [8, 9, 10, 12, 14, 18, 24]

const STRINGS = [
  'Klantreis',
  'De burger vraagt een premie aan.',
  'Łukasz Őrs – € “ok” ★ ✓ →',
  'Ș ș Ț ț ẞ Ĳ ŉ ǅ Ŵ ŵ Ỳ ỳ',
  '„Zitat“ ‹citation› «guillemets»',
  'Ελληνικά Кириллица Ґ ґ',
  '№ 5 ™ ½ ⅔ ‰ ′ ″ € £ ¥ ₂',
  '≤ ≥ ≈ ± × ÷ − ∞ ≠',
  '← → ↑ ↓ ↔ ⇒ ⇔',
  '● ○ ■ □ ▲ ▼ ◆ ◇ ▭',
  '★ ☆ ✓ ✔ ✕ ✗ ⚠ ☎ ✉ ⌂',
  'fi fl ff ffi AV To Wa Yo LT',
  'iiiiiiiiiiiiiiiiiiii',
  'WWWWWWWWWW',
  'Arbeidsongeschiktheidsverzekering',
  '1 000 000,00 € (100 %)',
  'e-loket/Mijn Burgerprofiel',
  'Tiếng Việt: Người dùng',
  'ÆØÅ æøå Ðð Þþ ß',
  '0123456789 ½ ¼ ¾',
]

interface Measured {
  text: string
  weight: FontWeight
  canvas: number
  element: number
}

describe.skipIf(!existsSync(CHROMIUM))('Chromium lays out the WOFF2 subset as textWidth measures it', () => {
  let browser: Browser
  let measured: Measured[] = []
  let baselines: number[] = []

  beforeAll(async () => {
    const woff2 = (weight: FontWeight) => {
      const file = files.find((f) => f.key === `${weight}Woff2`)!
      return `data:font/woff2;base64,${Buffer.from(file.bytes).toString('base64')}`
    }
    const files = await subsetFonts()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
    const page = await browser.newPage()
    const result = await page.evaluate(
      async ({ regular, bold, strings, size, baselineSizes }) => {
        for (const [url, weight] of [
          [regular, '400'],
          [bold, '700'],
        ] as const) {
          const face = new FontFace('KT', `url(${url})`, { weight })
          document.fonts.add(await face.load())
        }
        const ctx = document.createElement('canvas').getContext('2d')!
        ctx.fontKerning = 'none'
        const span = document.createElement('span')
        span.style.cssText = `font: ${size}px KT; white-space: pre; font-kerning: none; font-variant-ligatures: none`
        document.body.append(span)
        const out = []
        for (const text of strings) {
          for (const weight of ['regular', 'bold'] as const) {
            ctx.font = `${weight === 'bold' ? 700 : 400} ${size}px KT`
            span.style.fontWeight = weight === 'bold' ? '700' : '400'
            span.textContent = text
            out.push({
              text,
              weight,
              canvas: ctx.measureText(text).width,
              element: span.getBoundingClientRect().width,
            })
          }
        }
        // The first baseline in a line box of 1.25 × size: the top of an empty inline-block sitting on it.
        const baselines = baselineSizes.map((px) => {
          const box = document.createElement('div')
          box.style.cssText = `font: ${px}px/${px * 1.25}px KT; position: absolute; top: 0`
          box.innerHTML = 'Hg<span style="display:inline-block;width:1px;height:0"></span>'
          document.body.append(box)
          const top = box.lastElementChild!.getBoundingClientRect().top - box.getBoundingClientRect().top
          box.remove()
          return top
        })
        return { out, baselines }
      },
      {
        regular: woff2('regular'),
        bold: woff2('bold'),
        strings: STRINGS,
        size: SIZE,
        baselineSizes: BASELINE_SIZES,
      },
    )
    measured = result.out
    baselines = result.baselines
    if (process.env.SHOW_AGREEMENT) {
      for (const m of measured) {
        const model = textWidth(m.text, m.weight, SIZE)
        console.log(m.weight, model.toFixed(3), m.canvas.toFixed(3), m.element.toFixed(3), m.text)
      }
      BASELINE_SIZES.forEach((px, i) => console.log('baseline', px, baselines[i], firstBaselinePt(px)))
    }
  }, 20_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('agrees within 0.5 % on 20 strings in both weights (canvas and element widths)', () => {
    expect(measured).toHaveLength(STRINGS.length * 2)
    for (const { text, weight, canvas, element } of measured) {
      const model = textWidth(text, weight, SIZE)
      expect(Math.abs(canvas - model) / model, `canvas ${weight}: ${text}`).toBeLessThan(0.005)
      expect(Math.abs(element - model) / model, `element ${weight}: ${text}`).toBeLessThan(0.005)
    }
  })

  // Blink rounds the font's ascent and descent to whole pixels, so the screen baseline can sit up to a
  // pixel above the model's; the line boxes themselves (explicit line-height) do not move.
  it.each(BASELINE_SIZES.map((px, i) => [px, i]))('puts the baseline at %d px within a pixel', (px, i) => {
    expect(Math.abs(baselines[i]! - firstBaselinePt(px))).toBeLessThan(1)
  })
})
