import { mkdirSync, writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { largeJourney, plantJourneys, smallJourney } from './fixtures'
import { shot } from './support'

/**
 * The map as a screen reader gets it: Playwright's ariaSnapshot is the accessibility tree in reading order.
 * Each snapshot is also written to test-results/aria/ for a person to read (that reading found a reference
 * read twice, "← M2 komt van M2", and a bare "−2" without saying it is a score; both fixed).
 */
async function readAloud(page: Page, name: string): Promise<string> {
  const tree = await page.getByRole('main').ariaSnapshot()
  mkdirSync('test-results/aria', { recursive: true })
  writeFileSync(`test-results/aria/${name}.yml`, tree)
  return tree
}

test.beforeEach(async ({ page }) => {
  await plantJourneys(page, [smallJourney, largeJourney])
})

test('the map reads in order without sight: header, legend, then a table per sheet', async ({ page }) => {
  await page.goto(`./#/journey/${smallJourney.id}/map`)
  await expect(page.getByRole('heading', { level: 1, name: smallJourney.title })).toBeVisible()
  await readAloud(page, 'map-small.nl')
  await shot(page, 'map-small-screen')

  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - heading "${smallJourney.title}" [level=1]
    - term: Casus
    - definition: ${smallJourney.caseDescription}
    - term: Doel
    - region "Legende":
      - heading "Legende" [level=2]
      - list:
        - listitem: Positief moment
        - listitem: Negatief moment
    - region "De kaart, fase per fase (scroll zijwaarts)":
      - table "Fase 1–3 van 3":
        - rowgroup:
          - row:
            - columnheader "Fases"
            - columnheader /^1 Informeren/
            - columnheader /^2 Aanvragen/
            - columnheader /^3 Gebruiken/
        - rowgroup:
          - row:
            - rowheader "Bewoner"
          - row:
            - rowheader "Parkeerbedrijf van de stad"
            - cell "Nog in te vullen Vul aan in stap 4"
          - row:
            - rowheader "Contactpunten"
            - cell:
              - list:
                - listitem: Website of e-loket Digitaal Stadswebsite – parkeren
          - row:
            - rowheader "Momenten"
          - row:
            - rowheader "Emotiecurve"
            - cell:
              - list "Emotiecurve van de burger per activiteit":
                - listitem: "Leest op de website welke parkeerkaart hij nodig heeft: Eerder positief (+1)"
                - listitem: "Vraagt de bewonerskaart online aan: Heel negatief (−2)"
                - listitem: "Parkeert met de digitale bewonerskaart: Heel positief (+2)"
          - row:
            - rowheader "Noden en opportuniteiten"
  `)
  // Every sign on a card is said in words, and once: the tree holds what a screen reader reads out.
  const tree = await page.getByRole('main').ariaSnapshot()
  expect(tree).toContain(
    'listitem: M2 Negatief aha-moment gevoelsscore −2 Het formulier vraagt het inschrijvingsbewijs',
  )
  expect(tree).toContain('listitem: N1 Nood komt van M2 Een aanvraag in één keer kunnen afwerken')
})

test('the large map has a table per sheet, each naming its phases, and every phase once', async ({
  page,
}) => {
  await page.goto(`./#/journey/${largeJourney.id}/map`)
  await expect(page.getByRole('heading', { level: 1, name: largeJourney.title })).toBeVisible()
  const tree = await readAloud(page, 'map-large.nl')
  await expect(page.getByRole('table')).toHaveCount(2)
  await expect(page.getByRole('table', { name: 'Fase 1–6 van 12' })).toBeAttached()
  await expect(page.getByRole('table', { name: 'Fase 7–12 van 12' })).toBeAttached()
  // Each phase heads exactly one column, numbered in order, across the two tables.
  const headers = (await page.getByRole('columnheader').allInnerTexts()).filter((h) => h !== 'Fases')
  expect(headers.map((h) => h.replace(/\s+/g, ' ').split(' ')[0])).toEqual(
    largeJourney.phases.map((_, i) => String(i + 1)),
  )
  largeJourney.phases.forEach((phase, i) => expect(headers[i]).toContain(phase.name))
  for (const lane of largeJourney.lanes) expect(tree).toContain(`rowheader "${lane.name}"`)
  // No image, icon or sign is left without words: every img has a name, and the curve has its list.
  for (const img of await page.getByRole('img').all()) await expect(img).toHaveAccessibleName(/\S/)
  await expect(page.getByRole('list', { name: 'Emotiecurve van de burger per activiteit' })).toHaveCount(2)
})

test('the English map reads in English around the user’s own words', async ({ page }) => {
  await page.goto('./')
  await page.getByRole('button', { name: 'English' }).click()
  await page.goto(`./#/journey/${smallJourney.id}/map`)
  await expect(page.getByRole('heading', { level: 2, name: 'Legend' })).toBeVisible()
  await readAloud(page, 'map-small.en')
  await shot(page, 'english-map-small')
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - heading "${smallJourney.title}" [level=1]
    - region "Legend":
      - heading "Legend" [level=2]
    - region:
      - table "Phases 1–3 of 3":
        - rowgroup:
          - row:
            - columnheader "Phases"
  `)
  await expect(page.getByRole('rowheader', { name: 'Touchpoints' })).toBeAttached()
})

test('on a phone the page never scrolls sideways: the map scrolls in its own region, the steps reflow', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`./#/journey/${largeJourney.id}/map`)
  await expect(page.getByRole('heading', { level: 1, name: largeJourney.title })).toBeVisible()
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: document.documentElement.clientWidth,
    map: document.querySelector('.map-sheets')!.scrollWidth,
  }))
  expect(widths.page).toBeLessThanOrEqual(widths.window)
  expect(widths.map).toBeGreaterThan(widths.window)
  // The legend sits under the header instead of over the title.
  const title = await page.getByRole('heading', { level: 1 }).boundingBox()
  const legend = await page.getByRole('region', { name: 'Legende' }).boundingBox()
  expect(legend!.y).toBeGreaterThanOrEqual(title!.y + title!.height)
  await shot(page, 'map-large-phone')

  // WCAG 1.4.10: at 320 px no step of the wizard scrolls sideways either.
  await page.setViewportSize({ width: 320, height: 700 })
  for (const step of ['goal', 'activities', 'moments', 'insights']) {
    await page.goto(`./#/journey/${largeJourney.id}/step/${step}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, `sideways scroll on step ${step} at 320 px`).toBeLessThanOrEqual(0)
  }
  await shot(page, 'step-insights-320px')
})
