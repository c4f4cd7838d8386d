import { expect, test, type Page } from '@playwright/test'
import type { Journey } from '../../src/domain/schema'
import { downloaded, keep, recordRequests, storedJourney } from './support'
import { largeJourney, plantJourneys, userTexts } from './fixtures'
import { pageImages, readPdf, smallestFont, squash, type PdfPage } from './pdf'
import { buildThreeLaneJourney, THREE } from './threeLanes'

/**
 * Issue 12: the poster. For each paper, the PDF download holds every text of the journey (long ones whole in
 * the appendix), starts with the summary, never splits a lane over two pages, keeps body text legible and
 * has the paper's size; printing the page gives the same pages; the PNG is drawn from the same sheets.
 */

const PAPERS = [
  { id: 'a4', label: 'A4-bladen om aan elkaar te kleven', width: 297, height: 210, floor: 8 },
  { id: 'a3', label: 'A3-bladen om aan elkaar te kleven', width: 420, height: 297, floor: 9 },
  { id: 'a2', label: 'Eén affiche op A2', width: 594, height: 420, floor: 9 },
  { id: 'a1', label: 'Eén affiche op A1', width: 841, height: 594, floor: 9 },
  { id: 'a0', label: 'Eén affiche op A0 (voor een drukkerij)', width: 1189, height: 841, floor: 9 },
] as const
type Paper = (typeof PAPERS)[number]

const isSheet = (p: PdfPage) => /Blad \d+ van \d+/.test(p.text)
/** The text of a page a reader can see: what lies on the paper (a PDF keeps text drawn past its edge too). */
const visibleWords = (p: PdfPage) =>
  p.items
    .filter((i) => i.x >= -0.5 && i.x <= p.width + 0.5 && i.y >= -0.5 && i.y <= p.height + 0.5)
    .flatMap((i) => i.str.split(/\s+/))
    .filter(Boolean)
    .sort()
    .join(' ')
/** A 3,000-character description, as a case owner writes one. */
const LONG = (() => {
  let s = ''
  for (let i = 1; s.length < 3000; i++)
    s += `Deel ${i}: Sara vertelt wat ze in het intakegesprek hoorde, wat ze begreep en wat niet, en wat ze daarna deed. `
  return s.slice(0, 2999) + '.'
})()

/** The print view: the poster's pages as the page draws them for print and for the PNG. */
async function showPreview(page: Page) {
  // A <details> has no accessible name of its own here: found by its summary's text.
  const preview = page.locator('details', { hasText: 'Zo valt je kaart over de bladen' })
  if (!(await preview.evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.getByText('Zo valt je kaart over de bladen').click()
}

/**
 * On each sheet of the print view: every step card once, on the sheet that has its lane's label, and the
 * label's top at the top of the lane's first card (the PNG is drawn from these elements).
 */
async function laneRows(page: Page, journey: Journey) {
  await showPreview(page)
  return page.evaluate(
    (laneOf: Record<string, string>) => {
      const mm = (el: Element) => parseFloat((el as HTMLElement).style.top)
      const sheets = [...document.querySelectorAll('[data-kind="sheet"] .poster-page')]
      const seen: Record<string, number> = {}
      const problems: string[] = []
      sheets.forEach((sheet, n) => {
        const labels = new Map(
          [...sheet.querySelectorAll('[data-tag^="lane:"]')].map((el) => [
            el.getAttribute('data-tag')!.slice(5),
            el,
          ]),
        )
        const steps = [...sheet.querySelectorAll('[data-tag^="step:"]')]
        for (const step of steps) {
          const id = step.getAttribute('data-tag')!.slice(5)
          seen[id] = (seen[id] ?? 0) + 1
          if (!labels.has(laneOf[id]!)) problems.push(`sheet ${n + 1}: step ${id} without its lane's label`)
        }
        for (const [lane, label] of labels) {
          const tops = steps.filter((s) => laneOf[s.getAttribute('data-tag')!.slice(5)] === lane).map(mm)
          if (tops.length && Math.abs(Math.min(...tops) - mm(label)) > 0.5)
            problems.push(
              `sheet ${n + 1}: lane ${lane} label at ${mm(label)} mm, first card at ${Math.min(...tops)} mm`,
            )
        }
      })
      for (const id of Object.keys(laneOf))
        if (seen[id] !== 1) problems.push(`step ${id} is on ${seen[id] ?? 0} sheets`)
      return { sheets: sheets.length, problems }
    },
    Object.fromEntries(
      journey.activities
        .filter((a) => journey.lanes.find((l) => l.id === a.laneId)?.enabled !== false)
        .map((a) => [a.id, a.laneId]),
    ),
  )
}

/** Printing the page (print media, the CSS page size) gives the PDF's pages: as many, as large, the same words. */
async function expectPrintedLikePdf(page: Page, pages: PdfPage[], where: string, paper: Paper) {
  await page.emulateMedia({ media: 'print' })
  const printed = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  await page.emulateMedia({ media: 'screen' })
  expect(printed.length, `${where}: pages when printed`).toBe(pages.length)
  for (const [i, p] of printed.entries()) {
    expect.soft(p.width, `${where}: printed width of page ${i + 1}`).toBeCloseTo(paper.width, 0)
    expect.soft(p.height, `${where}: printed height of page ${i + 1}`).toBeCloseTo(paper.height, 0)
    expect.soft(visibleWords(p), `${where}: printed text of page ${i + 1}`).toBe(visibleWords(pages[i]!))
  }
}

async function checkPaper(
  page: Page,
  journey: Journey,
  name: string,
  paper: Paper,
  { long, images = true, print = true }: { long?: string; images?: boolean; print?: boolean } = {},
) {
  await page.getByLabel('Papier').selectOption({ label: paper.label })
  const pdf = await downloaded(page, () => page.getByRole('button', { name: 'Download als PDF' }).click())
  await expect(page.getByRole('status').filter({ hasText: /^Klaar: .*\.pdf is gedownload\.$/ })).toBeVisible()
  expect(pdf.name).toMatch(/^klantreis-.*\.pdf$/)
  const pages = await readPdf(pdf.data)
  const where = `${name}, ${paper.id}`

  for (const [i, p] of pages.entries()) {
    expect.soft(p.width, `${where}: width of page ${i + 1}`).toBeCloseTo(paper.width, 0)
    expect.soft(p.height, `${where}: height of page ${i + 1}`).toBeCloseTo(paper.height, 0)
    // Every piece of text counts, the footer and the reference marks included.
    expect
      .soft(smallestFont(p), `${where}: smallest font on page ${i + 1}`)
      .toBeGreaterThanOrEqual(paper.floor - 0.01)
  }
  expect(pages[0]!.text, `${where}: the first page is the summary`).toContain('Samenvatting')
  const all = squash(pages.map((p) => p.text).join(''))
  const missing = userTexts(journey).filter((t) => !all.includes(squash(t)))
  expect.soft(missing, `${where}: texts missing from the PDF`).toEqual([])
  const appendix = pages.findIndex((p) => p.text.includes('Bijlage: de volledige teksten'))
  if (long) {
    expect(appendix, `${where}: an appendix`).toBeGreaterThan(0)
    expect
      .soft(
        squash(
          pages
            .slice(appendix)
            .map((p) => p.text)
            .join(''),
        ),
        `${where}: the long text whole in the appendix`,
      )
      .toContain(squash(long))
  }
  // Nothing lies past the paper's edge or over the footer ("Klantreis – …" and "Pagina n van m").
  for (const [i, p] of pages.entries()) {
    const footer = p.items.find((t) => /^Pagina \d+ van \d+$/.test(t.str.trim()))
    expect(footer, `${where}: footer of page ${i + 1}`).toBeTruthy()
    const outside = p.items.filter(
      (t) =>
        t.str.trim() &&
        t !== footer &&
        !t.str.startsWith('Klantreis – ') &&
        (t.x < -0.5 || t.x > p.width || t.y < 0 || t.y > footer!.y - footer!.size * 0.35),
    )
    expect
      .soft(
        outside.map((t) => t.str),
        `${where}: text past the edge or over the footer, page ${i + 1}`,
      )
      .toEqual([])
  }
  // No lane split over two pages: each sheet shows every lane by name (its cards are checked below).
  const sheets = pages.filter(isSheet)
  expect(sheets.length, `${where}: sheets`).toBeGreaterThan(0)
  const lanes = journey.lanes.filter((l) => l.enabled !== false).map((l) => l.name)
  for (const [i, sheet] of sheets.entries())
    expect
      .soft(
        lanes.filter((l) => !squash(sheet.text).includes(squash(l))),
        `${where}: lanes missing on sheet ${i + 1}`,
      )
      .toEqual([])

  // The print view, printed by the browser, gives the same pages.
  if (print) await expectPrintedLikePdf(page, pages, where, paper)
  const rows = await laneRows(page, journey)
  expect(rows.sheets, `${where}: sheets in the print view`).toBe(sheets.length)
  expect.soft(rows.problems, `${where}: lanes on the print view`).toEqual([])
  // In an object: an async function returning the promise itself would wait for it.
  return { images: images ? pageImages(pdf.data, `${name}-${paper.id}`) : Promise.resolve() }
}

/** The PNG: an image of the sheets, not blank. */
async function checkPng(page: Page, name: string) {
  const png = await downloaded(page, () =>
    page.getByRole('button', { name: 'Download als afbeelding (PNG)' }).click(),
  )
  expect(png.data.subarray(1, 4).toString()).toBe('PNG')
  const size = { width: png.data.readUInt32BE(16), height: png.data.readUInt32BE(20) }
  expect(size.width).toBeGreaterThan(1000)
  const colours = await page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.min(img.width, 4000)
    canvas.height = Math.min(img.height, 4000)
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const seen = new Set<number>()
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data
    for (let i = 0; i < pixels.length; i += 4 * 97)
      seen.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!)
    return seen.size
  }, png.data.toString('base64'))
  expect(colours, 'distinct colours in the PNG').toBeGreaterThan(20)
  keep(`test-results/screenshots/${name}.png`, png.data)
}

test('the large journey’s poster on A4, A3 and A1: complete, legible, lanes whole, the same printed', async ({
  page,
}) => {
  test.setTimeout(150_000)
  const foreignRequests = recordRequests(page)
  await plantJourneys(page, [largeJourney])
  await page.goto(`./#/journey/${largeJourney.id}/map`)
  await expect(page.getByRole('heading', { level: 1, name: largeJourney.title })).toBeVisible()
  const images: Promise<void>[] = []
  for (const paper of PAPERS.filter((p) => ['a4', 'a3', 'a1'].includes(p.id)))
    await test.step(
      paper.id,
      async () =>
        void images.push((await checkPaper(page, largeJourney, 'large', paper, { images: false })).images),
    )
  // No PNG here: html2canvas needs about 70 s for this journey's six A3 sheets on a 2-core machine. The
  // lane rows of the print view the PNG is drawn from are checked above, on every paper.
  expect(foreignRequests()).toEqual([])
  await Promise.all(images)
})

test('a three-lane journey with a 3,000-character description on all five papers: whole in the appendix', async ({
  page,
}) => {
  test.setTimeout(150_000)
  await page.goto('./')
  const id = await buildThreeLaneJourney(page, { longDescription: LONG })
  const journey = (await storedJourney(page, id)) as unknown as Journey
  expect(journey.activities.some((a) => a.description === LONG)).toBe(true)
  await page.getByRole('link', { name: 'Bekijk en druk je kaart af' }).click()
  await expect(page.getByRole('heading', { level: 1, name: THREE.title })).toBeVisible()
  const images: Promise<void>[] = []
  for (const paper of PAPERS)
    await test.step(
      paper.id,
      async () =>
        void images.push((await checkPaper(page, journey, 'three-lanes', paper, { long: LONG })).images),
    )
  await checkPng(page, 'poster-three-lanes')
  await Promise.all(images)
})
