import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, recordRequests, shot } from './support'
import { largeJourney, plantJourneys, smallJourney, userTexts } from './fixtures'
import { flat, pdfPages } from './pdfText'

const openMap = async (page: Page, id: string) => {
  await page.goto(`./#/journey/${id}/map`)
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: largeJourney.id === id ? largeJourney.title : smallJourney.title,
    }),
  ).toBeVisible()
}
const phaseNames = largeJourney.phases.map((p) => p.name)

const downloadPng = async (page: Page) => {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download als afbeelding (PNG)' }).click()
  const data = readFileSync(await (await download).path())
  expect(data.subarray(1, 4).toString()).toBe('PNG')
  return { data, width: data.readUInt32BE(16), height: data.readUInt32BE(20) }
}

test.beforeEach(async ({ page }) => {
  await plantJourneys(page, [largeJourney, smallJourney])
})

test('the map shows every text of the journey, with references and a text equivalent of the curve', async ({
  page,
}) => {
  await openMap(page, largeJourney.id)
  const map = page.locator('.journey-map')
  const text = flat(await map.innerText())
  const missing = userTexts(largeJourney).filter((t) => !text.includes(flat(t)))
  expect(missing).toEqual([])
  await expect(map.getByText(/^N1$/)).toHaveCount(1)
  await expect(
    page.getByRole('list', { name: 'Emotiecurve van de burger per activiteit' }).first(),
  ).toBeAttached()
  await expect(page.getByRole('img', { name: largeJourney.images[0]!.alt })).toBeVisible()
  await expectNoAxeViolations(page, 'map, large journey')
  await shot(page, 'map-large-screen')
})

test('an empty part of the map links to the step that fills it', async ({ page }) => {
  await page.goto('./')
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  await page.getByLabel('Titel van de klantreis').fill('Een lege kaart')
  await page.getByRole('link', { name: 'Bekijk de kaart' }).click()
  await expect(page.getByText('Deze klantreis heeft nog geen fases. Maak ze in stap 3.')).toBeVisible()
  await page.getByRole('link', { name: /Terug naar de stappen/ }).click()
  await page.getByRole('navigation', { name: 'Stappen' }).getByRole('link', { name: /Fases/ }).click()
  await page.getByRole('button', { name: 'Begin met de zes fases van de methode' }).click()
  await page.getByRole('link', { name: 'Bekijk de kaart' }).click()
  await expect(page.getByRole('link', { name: 'Vul aan in stap 4' }).first()).toBeVisible()
  await page.getByRole('link', { name: 'Vul aan in stap 4' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Activiteiten' })).toBeFocused()
})

for (const [paper, label, sheets] of [
  ['a3', 'A3 liggend', 2],
  ['a4', 'A4 liggend', 3],
] as const) {
  test(`printing on ${paper.toUpperCase()} gives one sheet per page with every phase once`, async ({
    page,
  }) => {
    await openMap(page, largeJourney.id)
    await page.getByLabel(label).check()
    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const pages = await pdfPages(pdf)
    // A cover page with header and legend, then one page per sheet: nothing overflowed onto extra pages.
    expect(pages).toHaveLength(1 + sheets)
    const sheetPages = pages.slice(1).map(flat)
    for (const name of phaseNames) {
      const headers = sheetPages.filter((p) => new RegExp(`\\d+ ${name}`).test(p))
      expect(headers, `phase "${name}"`).toHaveLength(1)
    }
    for (const p of sheetPages) expect(p).toMatch(new RegExp(`Fase \\d+–\\d+ van ${phaseNames.length}`))
    expect(flat(pages[0]!)).toContain(largeJourney.goal)
    const out = `test-results/screenshots/print-${paper}.pdf`
    await import('node:fs').then((fs) => fs.writeFileSync(out, pdf))
  })
}

test('the PDF download is vector text with every activity, moment, need and opportunity', async ({
  page,
}) => {
  const foreignRequests = recordRequests(page)
  await openMap(page, largeJourney.id)
  for (const [label, expected] of [
    ['A3 liggend', 2],
    ['A4 liggend', 3],
  ] as const) {
    await page.getByLabel(label).check()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download als PDF' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'PDF wordt gemaakt' })).toBeHidden({
      timeout: 30_000,
    })
    const file = await (await download).path()
    const data = readFileSync(file)
    expect((await download).suggestedFilename()).toMatch(/^klantreis-.*\.pdf$/)
    const pages = (await pdfPages(data)).map(flat)
    // A cover, then one page per sheet; a sheet too dense for a readable font continues on pages marked
    // "(vervolg)" that repeat the phase line. Every phase appears on a sheet page.
    const sheetPages = pages.slice(1).filter((p) => !p.includes('(vervolg)'))
    expect(sheetPages, `sheet pages on ${label}`).toHaveLength(expected)
    for (const name of phaseNames) {
      expect(
        sheetPages.filter((p) => p.includes(name)).length,
        `phase "${name}" on ${label}`,
      ).toBeGreaterThanOrEqual(1)
    }
    const all = flat(pages.join(' '))
    const missing = userTexts(largeJourney).filter((t) => !all.includes(flat(t)))
    expect(missing, `texts missing from the ${label} PDF`).toEqual([])
    await import('node:fs').then((fs) =>
      fs.writeFileSync(`test-results/screenshots/download-${label.slice(0, 2)}.pdf`, data),
    )
  }
  // jsPDF and the embedded font came from the app's own origin, like everything else.
  expect(foreignRequests()).toEqual([])
})

test('the PNG download is an image of the whole map, a small one at twice its size, and not blank', async ({
  page,
}) => {
  // The large map has two sheets side by side: the image holds both at their width on screen.
  await openMap(page, largeJourney.id)
  const onScreen = await page.locator('.map-root').evaluate((root) => {
    const scroller = root.querySelector('.map-sheets')!
    return root.clientWidth - scroller.clientWidth + scroller.scrollWidth
  })
  const large = await downloadPng(page)
  // Scale 2 at most, lower within the pixel budget: the width is 1–2 × the sheets' width on screen (each
  // sheet stretched to the whole map's width, the bug this guards against, gave 2.6 ×).
  expect(large.width / onScreen).toBeGreaterThanOrEqual(1)
  expect(large.width / onScreen).toBeLessThanOrEqual(2)

  await openMap(page, smallJourney.id)
  const size = await page.locator('.map-root').evaluate((el) => ({ w: el.scrollWidth, h: el.scrollHeight }))
  const { data, width, height } = await downloadPng(page)
  expect(Math.abs(width - size.w * 2)).toBeLessThanOrEqual(2)
  expect(Math.abs(height - size.h * 2)).toBeLessThanOrEqual(2)
  // Not blank: decode it in the page and count the distinct colours of a sample of pixels.
  const colours = await page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.width
    canvas.height = img.height
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const seen = new Set<number>()
    const pixels = ctx.getImageData(0, 0, img.width, img.height).data
    for (let i = 0; i < pixels.length; i += 4 * 97)
      seen.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!)
    return seen.size
  }, data.toString('base64'))
  expect(colours).toBeGreaterThan(20)
  await import('node:fs').then((fs) => fs.writeFileSync('test-results/screenshots/map-small.png', data))
})
