import { expect, test } from '@playwright/test'
import { largeJourney, plantJourneys, smallJourney, userTexts } from './fixtures'
import { expectNoAxeViolations, home, readAloud, shot, sidewaysScroll } from './support'
import { flat } from './pdf'

/**
 * The map as a screen reader gets it: Playwright's ariaSnapshot is the accessibility tree in reading order.
 * Each snapshot is also written to test-results/aria/ for a person to read.
 */

test.beforeEach(async ({ page }) => {
  await plantJourneys(page, [smallJourney, largeJourney])
})

test('the map reads in order without sight: header, legend, then the journey as one table', async ({
  page,
}) => {
  await page.goto(`./#/journey/${smallJourney.id}/map`)
  await expect(page.getByRole('heading', { level: 1, name: smallJourney.title })).toBeVisible()
  await expect(page).toHaveTitle(`Kaart – ${smallJourney.title}`)
  const tree = await readAloud(page, 'map-small.nl')
  await shot(page, 'map-small-screen')

  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - heading "${smallJourney.title}" [level=1]
    - term: Doel
    - definition: ${smallJourney.goal}
    - term: Casus
    - definition: ${smallJourney.caseDescription}
    - term: Wie staat centraal
    - region "Legende":
      - heading "Legende" [level=2]
      - list:
        - listitem: Positief moment, met de gevoelsscore (+1 of +2)
        - listitem: Negatief moment, met de gevoelsscore (−1 of −2)
    - region "De klantreis, stap voor stap (scroll zijwaarts)":
      - table "De klantreis in 3 fases en 3 stappen":
        - rowgroup:
          - row:
            - cell
            - columnheader /^1 Informeren/
            - columnheader /^2 Aanvragen/
            - columnheader /^3 Gebruiken/
          - row:
            - columnheader "Stap"
            - columnheader "Stap 1"
            - columnheader "Stap 2"
            - columnheader "Stap 3"
        - rowgroup:
          - row "Bewoner":
            - rowheader "Bewoner"
          - row:
            - rowheader "Hoe voelde Bewoner zich?"
            - cell:
              - list "Hoe Bewoner zich voelde, moment per moment":
                - listitem: "Moment 1, Leest op de website welke parkeerkaart hij nodig heeft: Positief (+1)"
                - listitem: "Moment 2, Vraagt de bewonerskaart online aan: Heel negatief (−2)"
                - listitem: "Moment 4, Parkeert met de digitale bewonerskaart: Heel positief (+2)"
        - rowgroup:
          - row "Parkeerbedrijf van de stad":
            - rowheader "Parkeerbedrijf van de stad"
            - cell
        - rowgroup:
          - row "Noden en opportuniteiten"
    - region "Aha-momenten"
  `)
  // Every sign on a card is said in words, and once: a score with its word, the moment with its step.
  expect(tree).toContain('paragraph: moment 2 Heel negatief (−2) aha-moment')
  expect(tree).toContain('paragraph: Nood 1 komt van moment 2')
  expect(tree).toContain('listitem: Website of e-loket (digitaal) Stadswebsite – parkeren')
  expect(tree).not.toMatch(/moment \d+ \+?−?\d\b(?! )/)
  await expectNoAxeViolations(page, 'map, small journey')
})

test('the large map: every text, each phase heads its columns, every lane with its curve, every image named', async ({
  page,
}) => {
  await page.goto(`./#/journey/${largeJourney.id}/map`)
  await expect(page.getByRole('heading', { level: 1, name: largeJourney.title })).toBeVisible()
  const tree = await readAloud(page, 'map-large.nl')
  const text = flat(await page.getByRole('main').innerText())
  expect(userTexts(largeJourney).filter((t) => !text.includes(flat(t)))).toEqual([])
  await expect(page.getByRole('table')).toHaveCount(1)
  // Each phase heads one column group, numbered in order.
  const phases = page.getByRole('table').getByRole('row').first().getByRole('columnheader')
  await expect(phases).toHaveCount(largeJourney.phases.length)
  for (const [i, phase] of largeJourney.phases.entries())
    await expect(phases.nth(i)).toHaveAccessibleName(new RegExp(`^${i + 1} ${phase.name}`))
  for (const lane of largeJourney.lanes) {
    expect(tree).toContain(`rowheader "${lane.name}"`)
    await expect(
      page.getByRole('list', { name: `Hoe ${lane.name} zich voelde, moment per moment` }),
    ).toBeAttached()
  }
  // No image, icon or sign is left without words: every img has a name.
  for (const img of await page.getByRole('img').all()) await expect(img).toHaveAccessibleName(/\S/)
  await expect(page.getByRole('img', { name: largeJourney.images[0]!.alt })).toBeVisible()
  await expectNoAxeViolations(page, 'map, large journey')
  await shot(page, 'map-large-screen')
})

test('on a phone the page never scrolls sideways: the map scrolls in its own region, the steps reflow at 320 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`./#/journey/${largeJourney.id}/map`)
  await expect(page.getByRole('heading', { level: 1, name: largeJourney.title })).toBeVisible()
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0)
  const region = page.getByRole('region', { name: 'De klantreis, stap voor stap (scroll zijwaarts)' })
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  // The legend sits under the header instead of over the title.
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!
  const legend = (await page.getByRole('region', { name: 'Legende' }).boundingBox())!
  expect(legend.y).toBeGreaterThanOrEqual(title.y + title.height)
  await shot(page, 'map-large-phone')
  await expectNoAxeViolations(page, 'map at 390 px')

  // WCAG 1.4.10: at 320 px no page of the wizard scrolls sideways either.
  await page.setViewportSize({ width: 320, height: 700 })
  for (const path of [
    'step/goal',
    'step/central',
    'step/activities',
    'step/moments',
    'step/insights',
    'check',
    'map',
  ]) {
    await page.goto(`./#/journey/${largeJourney.id}/${path}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await sidewaysScroll(page), `sideways scroll on ${path} at 320 px`).toBeLessThanOrEqual(0)
  }
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn klantreizen' })).toBeVisible()
  expect(await sidewaysScroll(page), 'sideways scroll on the start page at 320 px').toBeLessThanOrEqual(0)
  await page.goto(`./#/journey/${largeJourney.id}/step/insights`)
  await shot(page, 'step-insights-320px')
})

// The −2…+2 scale in the row header of each curve stands at the curve's grid lines.
test('each curve’s scale lines up with its grid lines', async ({ page }) => {
  await page.goto(`./#/journey/${smallJourney.id}/map`)
  const row = page.getByRole('row', { name: /^Hoe voelde Bewoner zich/ })
  const offsets = await row.evaluate((tr) => {
    const mid = (el: Element) => {
      const r = el.getBoundingClientRect()
      return r.top + r.height / 2
    }
    const labels = [...tr.querySelectorAll('.map-axis span')].map(mid)
    const grid = [...tr.querySelectorAll('svg line')].map(mid).sort((a, b) => a - b)
    return labels.map((y, i) => Math.round(y - grid[i]!))
  })
  expect(
    offsets.every((d) => Math.abs(d) <= 3),
    `label minus grid line, px: ${offsets}`,
  ).toBe(true)
})

test('a map without phases says so and leads to the step that makes them', async ({ page }) => {
  await home(page)
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  await page.getByLabel('Titel van de klantreis').fill('Een lege kaart')
  await page.getByRole('link', { name: 'Bekijk de kaart' }).click()
  await expect(page.getByText('Deze klantreis heeft nog geen fases. Maak ze in stap 3.')).toBeVisible()
  await expectNoAxeViolations(page, 'an empty map')
  await page.getByRole('link', { name: 'Naar stap 3: Fases' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Fases' })).toBeFocused()
})
