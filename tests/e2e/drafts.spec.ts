import { expect, test } from '@playwright/test'
import {
  downloaded,
  expectSaved,
  draftTitles,
  expectNoAxeViolations,
  expectStep,
  fillStorage,
  home,
  openFile,
  saveStatus,
  shot,
} from './support'
import { flat } from './pdf'
import { journeyFile, largeJourney, plantJourneys, plantRaw, smallJourney, userTexts } from './fixtures'

/** The start page: drafts, files, and what the browser's storage does or refuses. */

const main = (page: import('@playwright/test').Page) => page.getByRole('main')

test('a journey saved as a file, deleted and opened again comes back complete, and again as a copy', async ({
  page,
}) => {
  await plantJourneys(page, [largeJourney])
  await home(page)
  const file = await downloaded(page, () =>
    page.getByRole('button', { name: `Bewaar als bestand: ${largeJourney.title}` }).click(),
  )
  expect(file.name).toMatch(/^klantreis-.*\.klantreis\.json$/)
  expect(JSON.parse(file.data.toString())).toMatchObject({
    type: 'klantreis',
    journey: { id: largeJourney.id },
  })
  await expect(main(page).getByRole('status').first()).toContainText(`${file.name} is gedownload.`)

  await page.getByRole('button', { name: `Verwijderen: ${largeJourney.title}` }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click()
  await expect(page.getByText('Je hebt nog geen klantreis.')).toBeVisible()

  await openFile(page, { name: 'reis.klantreis.json', mimeType: 'application/json', buffer: file.data })
  await expect(main(page).getByRole('status').first()).toContainText(
    `“${largeJourney.title}” is geopend als nieuwe klantreis.`,
  )
  await page.getByRole('link', { name: `Bekijk de kaart: ${largeJourney.title}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: largeJourney.title })).toBeVisible()
  const text = flat(await main(page).innerText())
  expect(userTexts(largeJourney).filter((t) => !text.includes(flat(t)))).toEqual([])

  // Opening the same file again never replaces the draft: it comes in as a separate copy.
  await home(page)
  await openFile(page, { name: 'reis.klantreis.json', mimeType: 'application/json', buffer: file.data })
  await expect(main(page).getByRole('status').first()).toContainText('geopend als aparte kopie')
  expect(await draftTitles(page)).toEqual([largeJourney.title, largeJourney.title])
})

test('files that are no journey get a message in words; a hand-edited one opens with its repairs said in words', async ({
  page,
}) => {
  await plantJourneys(page, [smallJourney])
  await home(page)
  const cases: [string, string, string][] = [
    [
      'kapot.klantreis.json',
      '{"type": "klantreis", "journey": ',
      'het is geen leesbaar bestand van Klantreis.',
    ],
    ['ander.json', '{"name": "iets anders"}', 'het is geen Klantreis-bestand.'],
    [
      'nieuw.klantreis.json',
      '{"type": "klantreis", "version": 99, "journey": {}}',
      'het komt uit een nieuwere versie van Klantreis.',
    ],
  ]
  for (const [name, content, message] of cases) {
    await openFile(page, { name, mimeType: 'application/json', buffer: Buffer.from(content) })
    const alert = main(page).getByRole('alert')
    await expect(alert).toContainText(`Het bestand “${name}” kon niet geopend worden: ${message}`)
  }
  await shot(page, 'start-import-error')
  await expectNoAxeViolations(page, 'start page with an import error')
  expect(await draftTitles(page)).toEqual([smallJourney.title])

  // A title of 200 characters (the maximum is 160) and a moment pointing nowhere: opened, mended, said so.
  const edited = structuredClone(smallJourney) as typeof smallJourney & { id: string }
  edited.id = 'met-de-hand'
  edited.title = `${'Een titel die met de hand veel te lang gemaakt werd '.repeat(4)}`.slice(0, 200)
  edited.aha.improvements[0]!.momentId = 'bestaat-niet'
  await openFile(page, journeyFile(edited, 'met-de-hand.klantreis.json'))
  const repairs = page.getByRole('region', { name: 'Wat er hersteld werd' })
  await expect(repairs).toContainText(
    'Ingekort tot 160 tekens, omdat het te lang was: de titel van de klantreis.',
  )
  await expect(main(page).getByRole('status').first()).toContainText(
    /Er moesten? \d+ dingen? hersteld worden/,
  )
  const words = await page.locator('body').innerText()
  expect(words).not.toMatch(/\w\[\d+\]|invalid_type|too_big|too_small|custom|errors\.|\bpath\b|momentId/)
  await expectNoAxeViolations(page, 'start page with repairs')
  await shot(page, 'start-import-repaired')
  expect(await draftTitles(page)).toContain(edited.title.slice(0, 160).trim())
})

test('a damaged draft is listed as damaged, kept untouched and offered for download; a mended one says what changed', async ({
  page,
}) => {
  const raw = '{"schemaVersion": 3, "id": "kapot", "title": "Half gesch'
  await plantJourneys(page, [smallJourney])
  await plantRaw(page, 'kapot', raw)
  const mended = { ...structuredClone(smallJourney), id: 'hersteld', title: 'x'.repeat(170) }
  await plantRaw(page, 'hersteld', JSON.stringify(mended))
  await home(page)
  const damaged = main(page).getByRole('listitem').filter({ hasText: 'beschadigd' })
  await expect(damaged.getByRole('heading', { level: 3 })).toHaveText(/Klantreis zonder titel\s*beschadigd/)
  await expect(damaged).toContainText('Deze klantreis kan niet meer gelezen worden.')
  await expectNoAxeViolations(page, 'start page with a damaged draft')
  await shot(page, 'start-damaged-draft')
  const file = await downloaded(page, () =>
    damaged.getByRole('button', { name: /^Download de gegevens/ }).click(),
  )
  expect(file.data.toString()).toBe(raw)

  // A draft the reader had to mend opens with what was mended, in words, and the original to download.
  await page.getByRole('button', { name: `Openen: ${'x'.repeat(160)}` }).click()
  const notice = page.getByRole('region', { name: 'Deze klantreis moest hersteld worden' })
  await expect(notice).toContainText('Ingekort tot 160 tekens')
  expect(await page.locator('body').innerText()).not.toMatch(/\w\[\d+\]|invalid_type|too_big|errors\./)
  await expectNoAxeViolations(page, 'a mended draft')
  const original = await downloaded(page, () =>
    notice.getByRole('button', { name: 'Download de oorspronkelijke gegevens' }).click(),
  )
  expect(JSON.parse(original.data.toString()).title).toHaveLength(170)
  // The other drafts work normally, and the damaged text is still there afterwards.
  await home(page)
  await page.getByRole('button', { name: `Openen: ${smallJourney.title}` }).click()
  await expectStep(page, 'Aanvullende informatie')
  expect(await page.evaluate(() => localStorage.getItem('klantreis:journey:kapot'))).toBe(raw)
})

test('a full storage says so, offers the file, keeps the last good version, and refuses a file that does not fit', async ({
  page,
}) => {
  await plantJourneys(page, [smallJourney])
  await page.goto(`./#/journey/${smallJourney.id}/step/goal`)
  // Saved once by the app itself, so the stored text is as long as the app writes it.
  const title = `${smallJourney.title} (bewaard)`
  await page.getByLabel('Titel van de klantreis').fill(title)
  await expectSaved(page)
  await fillStorage(page)
  await page.getByLabel('Titel van de klantreis').fill(`${title} – een veel langere titel die niet meer past`)
  const alert = saveStatus(page).getByRole('alert')
  await expect(alert).toContainText(
    'Niet bewaard: de opslag van deze browser is vol. Je laatste bewaarde versie blijft behouden.',
  )
  await expect(alert.getByRole('button', { name: 'Bewaar als bestand' })).toBeVisible()
  await expectNoAxeViolations(page, 'storage full')
  await shot(page, 'quota-full', false)
  await page.reload()
  await expect(page.getByLabel('Titel van de klantreis')).toHaveValue(title)

  // A file that does not fit any more: said so as a new draft, not as "the last saved version is kept".
  await home(page)
  await openFile(page, journeyFile(largeJourney))
  const refused = main(page).getByRole('alert')
  await expect(refused).toContainText('Dit past niet meer in de opslag van deze browser. Maak plaats')
  await expect(refused).not.toContainText('laatste bewaarde versie')
  expect(await draftTitles(page)).toEqual([title])
  await page.reload()
  expect(await draftTitles(page)).toEqual([title])
})

// An import refused for lack of room leaves no write-ahead copy for the start-up recovery to announce.
test('a file refused for lack of room is not announced as recovered after a reload', async ({ page }) => {
  await home(page)
  await fillStorage(page)
  await openFile(page, journeyFile(largeJourney))
  await expect(main(page).getByRole('alert')).toContainText('Dit past niet meer')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn klantreizen' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Teruggehaald na een onderbreking' })).toHaveCount(0)
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
  await expectNoAxeViolations(page, 'start page without storage')
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  await page.getByLabel('Titel van de klantreis').fill('Alleen in dit tabblad')
  await expect(saveStatus(page).getByRole('alert')).toContainText(
    'Niet bewaard: deze browser laat geen opslag toe.',
  )
  await expect(saveStatus(page).getByText(/^Bewaard om/)).toHaveCount(0)
  // Leaving at once: the list waits for the last save, in memory too.
  await page.getByRole('link', { name: 'Mijn klantreizen' }).first().click()
  await expect(page.getByRole('heading', { level: 3, name: 'Alleen in dit tabblad' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Bewaar als bestand: Alleen in dit tabblad' })).toBeVisible()
})

test('text with markup is shown as text; the example opens as a copy; drafts are duplicated and renamed', async ({
  page,
}) => {
  const hostile = '<img src=x onerror=alert(1)>'
  const journey = structuredClone(smallJourney)
  journey.title = `Aanvraag ${hostile}`
  journey.activities[0]!.title = hostile
  await plantJourneys(page, [journey])
  let dialogs = 0
  page.on('dialog', (d) => (dialogs++, d.dismiss()))
  await page.goto(`./#/journey/${journey.id}/map`)
  await expect(page.getByRole('heading', { level: 1, name: `Aanvraag ${hostile}` })).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: hostile, exact: true })).toBeVisible()
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  await page.getByRole('link', { name: /Terug naar de stappen/ }).click()
  await expect(page.getByRole('region', { name: 'Je klantreis' })).toContainText(hostile)
  expect(dialogs).toBe(0)

  // The example is a copy to explore: opened twice, it is there twice.
  for (let i = 0; i < 2; i++) {
    await home(page)
    await page.getByRole('button', { name: 'Bekijk een uitgewerkt voorbeeld' }).click()
    // Wait for the copy to open, as a person does: leaving at once could reload before it is made.
    await expect(page.getByRole('heading', { level: 1, name: /leefloon/i })).toBeVisible()
  }
  await home(page)
  const examples = (await draftTitles(page)).filter((t) => /leefloon/i.test(t))
  expect(examples).toHaveLength(2)
  expect(examples[0]).toBe(examples[1])

  await page.getByRole('button', { name: `Dupliceren: ${journey.title}` }).click()
  await expect(page.getByRole('heading', { level: 3, name: `${journey.title} (kopie)` })).toBeVisible()
  await page.getByRole('button', { name: `Naam wijzigen: ${journey.title} (kopie)` }).click()
  await expect(page.getByLabel('Titel van de klantreis')).toBeFocused()
  await page.getByLabel('Titel van de klantreis').fill('Bewonerskaart: gewenste situatie')
  await page.getByRole('button', { name: 'Naam bewaren' }).click()
  await expect(
    page.getByRole('heading', { level: 3, name: 'Bewonerskaart: gewenste situatie' }),
  ).toBeVisible()
  await page.reload()
  expect((await draftTitles(page)).filter((t) => !/leefloon/i.test(t)).sort()).toEqual(
    ['Bewonerskaart: gewenste situatie', journey.title].sort(),
  )
  expect(dialogs).toBe(0)
})

// Leaving the wizard within the autosave delay: the list waits for that last save.
test('leaving the wizard right after typing lists the draft with what was typed', async ({ page }) => {
  await home(page)
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  await page.getByLabel('Titel van de klantreis').fill('Snel weg')
  await page.getByRole('link', { name: 'Mijn klantreizen' }).first().click()
  await expect(page.getByRole('heading', { level: 3, name: 'Snel weg' })).toBeVisible()
})
