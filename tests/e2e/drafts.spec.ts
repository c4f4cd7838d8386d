import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, expectSaved, shot } from './support'
import { largeJourney, plantJourneys, smallJourney, userTexts } from './fixtures'
import { flat } from './pdfText'

const home = async (page: Page) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn klantreizen' })).toBeVisible()
}
const openFile = async (page: Page, file: { name: string; mimeType: string; buffer: Buffer }) => {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open een bestand' }).click()
  await (await chooser).setFiles(file)
}
const draftTitles = (page: Page) => page.getByRole('heading', { level: 3 }).allTextContents()

test('a journey saved as a file, deleted and opened again comes back complete', async ({ page }) => {
  await plantJourneys(page, [largeJourney])
  await home(page)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: `Bewaar als bestand: ${largeJourney.title}` }).click()
  const file = readFileSync(await (await download).path())
  expect((await download).suggestedFilename()).toMatch(/^klantreis-.*\.klantreis\.json$/)
  expect(JSON.parse(file.toString())).toMatchObject({
    type: 'klantreis',
    version: 2,
    journey: { id: largeJourney.id },
  })

  await page.getByRole('button', { name: `Verwijderen: ${largeJourney.title}` }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click()
  await expect(page.getByText('Je hebt nog geen klantreis.')).toBeVisible()

  await openFile(page, { name: 'reis.klantreis.json', mimeType: 'application/json', buffer: file })
  await expect(page.getByRole('status').filter({ hasText: 'is geopend als nieuwe klantreis' })).toBeVisible()
  await page.getByRole('link', { name: `Bekijk de kaart: ${largeJourney.title}` }).click()
  const text = flat(await page.locator('.journey-map').innerText())
  expect(userTexts(largeJourney).filter((t) => !text.includes(flat(t)))).toEqual([])

  // Opening the same file again never replaces the draft: it comes in as a separate copy.
  await home(page)
  await openFile(page, { name: 'reis.klantreis.json', mimeType: 'application/json', buffer: file })
  await expect(page.getByRole('status').filter({ hasText: 'geopend als aparte kopie' })).toBeVisible()
  expect(await draftTitles(page)).toEqual([largeJourney.title, largeJourney.title])
})

test('a file that is not a journey gets a Dutch message and changes nothing', async ({ page }) => {
  await plantJourneys(page, [smallJourney])
  await home(page)
  const cases: [string, string, string][] = [
    ['kapot.klantreis.json', '{"type": "klantreis", "journey": ', 'het is geen geldig JSON-bestand.'],
    ['ander.json', '{"name": "iets anders"}', 'het is geen Klantreis-bestand.'],
    [
      'nieuw.klantreis.json',
      '{"type": "klantreis", "version": 99, "journey": {}}',
      'nieuwere versie van Klantreis',
    ],
    [
      'veld.klantreis.json',
      JSON.stringify({
        type: 'klantreis',
        version: 2,
        journey: {
          ...smallJourney,
          schemaVersion: 2,
          revision: 0,
          origin: { kind: 'new', importedAt: null, sourceTitle: '' },
          phases: 'geen lijst',
        },
      }),
      'het veld “phases” is ongeldig',
    ],
  ]
  for (const [name, content, message] of cases) {
    await openFile(page, { name, mimeType: 'application/json', buffer: Buffer.from(content) })
    const alert = page.getByRole('alert')
    await expect(alert).toContainText(`Het bestand “${name}” kon niet geopend worden`)
    await expect(alert).toContainText(message)
  }
  await shot(page, 'start-import-error')
  expect(await draftTitles(page)).toEqual([smallJourney.title])
  await expectNoAxeViolations(page, 'start page with an import error')
})

test('a damaged draft is listed as damaged, kept untouched and offered for download', async ({ page }) => {
  const raw = '{"schemaVersion": 2, "id": "kapot", "title": "Half gesch'
  await plantJourneys(page, [smallJourney])
  await page.addInitScript((text) => localStorage.setItem('klantreis:journey:kapot', text), raw)
  await home(page)
  await expect(page.getByRole('heading', { level: 3, name: 'Beschadigde klantreis' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: smallJourney.title })).toBeVisible()
  await expectNoAxeViolations(page, 'start page with a damaged draft')
  await shot(page, 'start-damaged-draft')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download de beschadigde gegevens' }).click()
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(raw)
  // The other drafts work normally, and the damaged text is still there afterwards.
  await page.getByRole('button', { name: `Openen: ${smallJourney.title}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Aanvullende informatie' })).toBeVisible()
  expect(await page.evaluate(() => localStorage.getItem('klantreis:journey:kapot'))).toBe(raw)
})

test('a full storage says so, offers the file, and keeps the last good version', async ({ page }) => {
  await plantJourneys(page, [smallJourney])
  await page.goto(`./#/journey/${smallJourney.id}/step/goal`)
  await expect(page.getByLabel('Titel van de klantreis')).toHaveValue(smallJourney.title)
  // Fill what is left of the browser's room, the way a week of large drafts would.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024)
    let i = 0
    for (let size = chunk.length; size >= 16;) {
      try {
        localStorage.setItem(`opvulling-${i++}`, chunk.slice(0, size))
      } catch {
        size = Math.floor(size / 2)
      }
    }
  })
  await page
    .getByLabel('Titel van de klantreis')
    .fill(`${smallJourney.title} – een veel langere titel die niet meer past`)
  const alert = page.getByRole('alert').filter({ hasText: 'de opslag van deze browser is vol' })
  await expect(alert).toBeVisible()
  await expect(alert.getByRole('button', { name: 'Bewaar als bestand' })).toBeVisible()
  await shot(page, 'quota-full')
  await page.reload()
  await expect(page.getByLabel('Titel van de klantreis')).toHaveValue(smallJourney.title)
})

test('two tabs on the same journey: the second is told and chooses', async ({ context, page }) => {
  await plantJourneys(page, [smallJourney])
  const url = `./#/journey/${smallJourney.id}/step/goal`
  await page.goto(url)
  const other = await context.newPage()
  await other.goto(url)
  await expect(other.getByLabel('Titel van de klantreis')).toHaveValue(smallJourney.title)

  await page.getByLabel('Titel van de klantreis').fill('Bewaard in het eerste tabblad')
  await expectSaved(page)
  const dialog = other.getByRole('dialog', { name: 'Gewijzigd in een ander tabblad' })
  await expect(dialog).toBeVisible()
  await expectNoAxeViolations(other, 'conflict dialog')
  await shot(other, 'two-tabs-conflict')
  await dialog.getByRole('button', { name: 'Laad de nieuwere versie' }).click()
  await expect(other.getByLabel('Titel van de klantreis')).toHaveValue('Bewaard in het eerste tabblad')

  // Now the second tab edits; the first is told, keeps its own version knowingly, and that one is stored.
  await other.getByLabel('Doel van de klantreis').fill('Doel uit het tweede tabblad')
  await expectSaved(other)
  const first = page.getByRole('dialog', { name: 'Gewijzigd in een ander tabblad' })
  await expect(first).toBeVisible()
  await first.getByRole('button', { name: 'Behoud mijn versie' }).click()
  await expectSaved(page)
  await page.reload()
  await expect(page.getByLabel('Titel van de klantreis')).toHaveValue('Bewaard in het eerste tabblad')
})

test('text with markup is shown as text on the map and in the wizard', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>'
  const journey = structuredClone(smallJourney)
  journey.title = `Aanvraag ${hostile}`
  journey.activities[0]!.title = hostile
  await plantJourneys(page, [journey])
  let dialogs = 0
  page.on('dialog', (d) => (dialogs++, d.dismiss()))
  await page.goto(`./#/journey/${journey.id}/map`)
  await expect(page.getByRole('heading', { level: 1, name: `Aanvraag ${hostile}` })).toBeVisible()
  await expect(page.locator('.journey-map').getByText(hostile, { exact: true })).toBeVisible()
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  await page.getByRole('link', { name: /Terug naar de stappen/ }).click()
  await expect(page.getByRole('region', { name: 'Je klantreis' })).toContainText(hostile)
  expect(dialogs).toBe(0)
})

test('the example journey opens as a copy to explore', async ({ page }) => {
  await home(page)
  await page.getByRole('button', { name: 'Bekijk een uitgewerkt voorbeeld' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /leefloon/i })).toBeVisible()
  await home(page)
  await page.getByRole('button', { name: 'Bekijk een uitgewerkt voorbeeld' }).click()
  // Wait for the copy to open, as a person does: leaving at once could reload before it is made.
  await expect(page.getByRole('heading', { level: 1, name: /leefloon/i })).toBeVisible()
  await home(page)
  const titles = await draftTitles(page)
  expect(titles).toHaveLength(2)
  expect(titles[0]).toBe(titles[1])
})

test('duplicate and rename a draft', async ({ page }) => {
  await plantJourneys(page, [smallJourney])
  await home(page)
  await page.getByRole('button', { name: `Dupliceren: ${smallJourney.title}` }).click()
  await expect(page.getByRole('heading', { level: 3, name: `${smallJourney.title} (kopie)` })).toBeVisible()
  await page.getByRole('button', { name: `Naam wijzigen: ${smallJourney.title} (kopie)` }).click()
  await page.getByLabel('Titel van de klantreis').fill('Bewonerskaart: gewenste situatie')
  await page.getByRole('button', { name: 'Naam bewaren' }).click()
  await expect(
    page.getByRole('heading', { level: 3, name: 'Bewonerskaart: gewenste situatie' }),
  ).toBeVisible()
  await page.reload()
  expect((await draftTitles(page)).sort()).toEqual(
    ['Bewonerskaart: gewenste situatie', smallJourney.title].sort(),
  )
})

test('without storage the app works in memory and warns that nothing is kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError')
      },
    })
  })
  await home(page)
  await expect(page.getByRole('alert').filter({ hasText: 'Deze browser laat geen opslag toe' })).toBeVisible()
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  await page.getByLabel('Titel van de klantreis').fill('Alleen in dit tabblad')
  await page.getByRole('link', { name: 'Mijn klantreizen' }).first().click()
  await expect(page.getByRole('heading', { level: 3, name: 'Alleen in dit tabblad' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Bewaar als bestand: Alleen in dit tabblad' })).toBeVisible()
})
