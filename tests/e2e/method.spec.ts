import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  expectNoAxeViolations,
  expectSaved,
  expectStep,
  goToStep,
  home,
  laneChip,
  phaseChip,
  readAloud,
  recordRequests,
  shot,
  sidewaysScroll,
  stepper,
} from './support'
import { buildThreeLaneJourney, LANES, THREE } from './threeLanes'

/**
 * Issue 11: the journey as the method draws it. One case, three named lanes, steps of the job coach and the
 * employer beside the job seeker's, a curve per lane, the aha-exercise at its moments, a hand-off, needs
 * started from the points to improve, and the check page before the map.
 */

/** A 2400×1200 photo-like PNG drawn in the page, so the test needs no binary fixture. */
async function makePng(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 2400
    canvas.height = 1200
    const ctx = canvas.getContext('2d')!
    const gradient = ctx.createLinearGradient(0, 0, 2400, 1200)
    gradient.addColorStop(0, '#1d4f91')
    gradient.addColorStop(1, '#ffbf47')
    ctx.fillStyle = gradient
    ctx.fillRect(0, 0, 2400, 1200)
    ctx.fillStyle = '#fff'
    ctx.font = 'bold 160px sans-serif'
    ctx.fillText('OCMW werk', 200, 650)
    return canvas.toDataURL('image/png')
  })
  return Buffer.from(dataUrl.split(',')[1]!, 'base64')
}

/** The table cell (and so the column) a step card of the map stands in. */
const cellOf = (page: Page, title: string) =>
  page.getByRole('cell').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) })
const columnOf = (cell: Locator) => cell.evaluate((td) => (td as HTMLTableCellElement).cellIndex)
/** "Stap n": the step line's column header above a column. */
const stepHeader = (page: Page, column: number) =>
  page.getByRole('table').getByRole('row').nth(1).getByRole('columnheader').nth(column)
/** A moment on the map, by its text. */
const mapMoment = (page: Page, text: string) =>
  page.getByRole('table').getByRole('listitem').filter({ hasText: text }).first()

test('a civil servant maps a case with three lanes, checks it and sees it drawn as the method draws it', async ({
  page,
}) => {
  test.setTimeout(150_000)
  const foreignRequests = recordRequests(page)
  await home(page)
  await expectNoAxeViolations(page, 'start page, empty')
  const id = await buildThreeLaneJourney(page, { leaveOutCase: true })

  // The check page lists what is missing per step; each missing point leads to its field.
  const check = page.getByRole('region', { name: /^1\. Doel en casus/ })
  await expect(check).toContainText('nog aan te vullen')
  await expect(page.getByRole('region', { name: /^6\. Positieve en negatieve momenten/ })).toContainText(
    'Punten om te verbeteren: 2. Sterke punten: 1.',
  )
  await expect(page.getByRole('region', { name: /^2\. Wie staat centraal/ })).toContainText(
    '3 lijnen op de kaart',
  )
  await expectNoAxeViolations(page, 'check page with a missing field')
  await shot(page, 'check-missing')
  await check.getByRole('link', { name: 'Beschrijf de casus die je volgt.' }).click()
  await expect(page.getByLabel('De casus die je volgt')).toBeFocused()
  await page.getByLabel('De casus die je volgt').fill(THREE.case)

  // Step 8: an image, downscaled in the browser before it is stored (at most 1200 px on its longest side).
  await goToStep(page, 'Aanvullende informatie')
  const png = await makePng(page)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Beeld kiezen' }).click()
  await (await chooser).setFiles({ name: 'scherm.png', mimeType: 'image/png', buffer: png })
  const alt = 'Schermafbeelding van de OCMW-pagina over werk'
  await page.getByLabel('Beschrijving voor wie het beeld niet ziet').fill(alt)
  await expect(page.getByRole('img', { name: alt })).toHaveAttribute('width', '1200')
  await expect(page.getByRole('img', { name: alt })).toHaveAttribute('height', '600')
  await page.getByRole('button', { name: 'Uitspraak toevoegen' }).click()
  await page
    .getByLabel('Wat werd er gezegd? (uitspraak 1)')
    .fill('“Ik begreep pas bij het gesprek wat artikel 60 was.”')
  await page.getByLabel('Door wie? Noem een rol, geen naam').fill('alleenstaande moeder, 34 jaar')
  await expectSaved(page)
  await expectNoAxeViolations(page, 'step 8 with an image')

  await stepper(page).getByRole('link', { name: 'Controleer je klantreis' }).click()
  await expect(page.getByText('Alle verplichte stappen zijn klaar.')).toBeVisible()
  await expect(stepper(page).getByText('klaar', { exact: true })).toHaveCount(8)
  await page.getByRole('link', { name: 'Bekijk en druk je kaart af' }).click()
  await expect(page.getByRole('heading', { level: 1, name: THREE.title })).toBeVisible()

  // Three named lanes, each with its own curve where it has moments.
  for (const lane of Object.values(LANES))
    await expect(page.getByRole('rowheader', { name: lane, exact: true })).toBeVisible()
  // The job coach's and the employer's steps stand in the column of the job seeker's step they go with.
  for (const [beside, citizen, step] of [
    [THREE.provider, THREE.citizen[1]![0]!, 'Stap 2'],
    [THREE.employer, THREE.citizen[2]![0]!, 'Stap 4'],
  ] as const) {
    const column = await columnOf(cellOf(page, citizen))
    expect(await columnOf(cellOf(page, beside)), `column of “${beside}”`).toBe(column)
    await expect(stepHeader(page, column)).toHaveAccessibleName(step)
  }
  await expect(page.getByRole('rowheader', { name: `Hoe voelde ${LANES.user} zich?` })).toBeVisible()
  await expect(
    page.getByRole('list', { name: `Hoe ${LANES.user} zich voelde, moment per moment` }),
  ).toHaveText([/Het woonzorgcentrum verwelkomt Sara.*Positief \(\+1\)/])
  // The aha-exercise at its moments: both points to improve make an aha-moment; the strong point says who.
  await expect(mapMoment(page, THREE.negative)).toContainText('aha-moment')
  await expect(mapMoment(page, THREE.negative)).toContainText(`Kan beter (1): ${THREE.improvements[0]}`)
  await expect(mapMoment(page, THREE.late)).toContainText(`Kan beter (2): ${THREE.improvements[1]}`)
  await expect(mapMoment(page, THREE.positive)).toContainText(
    `Sterk punt (${THREE.strength.role}): ${THREE.strength.text}`,
  )
  await expect(cellOf(page, THREE.citizen[0]![0]!)).toContainText(`Doorgestuurd naar ${THREE.handoff}`)
  await expect(page.getByRole('row', { name: /^Noden en opportuniteiten/ })).toMatchAriaSnapshot(`
    - article:
      - paragraph: Nood 2 komt van moment 3
      - paragraph: ${THREE.improvements[1]}
  `)
  await expect(page.getByRole('img', { name: alt })).toBeVisible()

  const tree = await readAloud(page, 'map-three-lanes.nl')
  expect(tree).toContain(`rowheader "Hoe voelde ${LANES.user} zich?"`)
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - table "De klantreis in 3 fases en 4 stappen":
      - rowgroup:
        - row:
          - cell
          - columnheader /1 Bewustwording/
          - columnheader /2 Oriëntatie/
          - columnheader /3 Actie/
        - row:
          - columnheader "Stap"
          - columnheader "Stap 1"
          - columnheader "Stap 2"
          - columnheader "Stap 3"
          - columnheader "Stap 4"
  `)
  await expectNoAxeViolations(page, 'map with three lanes')
  await shot(page, 'map-desktop')

  // On a phone the page never scrolls sideways: the map scrolls in its own region.
  await page.setViewportSize({ width: 390, height: 844 })
  await expect.poll(() => sidewaysScroll(page)).toBeLessThanOrEqual(0)
  const region = page.getByRole('region', { name: /stap voor stap \(scroll zijwaarts\)/ })
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  await shot(page, 'map-phone')
  await expectNoAxeViolations(page, 'map at 390 px')
  await page.setViewportSize({ width: 1400, height: 1000 })

  // A reload brings every value back on its step, and the journey reopens on the step last worked on.
  await page.getByRole('link', { name: /Terug naar de stappen/ }).click()
  await page.reload()
  await goToStep(page, 'Wie staat centraal')
  await expect(page.getByLabel('Naam van gebruiker 1')).toHaveValue(LANES.user)
  await expect(page.getByLabel('Naam van de lijn van de dienstverlener')).toHaveValue(LANES.provider)
  await goToStep(page, 'Activiteiten')
  await laneChip(page, LANES.user).click()
  await phaseChip(page, THREE.phases[2]!).click()
  await expect(page.getByLabel(`Wat doet ${LANES.user} in activiteit 1?`)).toHaveValue(THREE.employer)
  await expect(
    page.getByLabel(`Wanneer doet ${LANES.user} activiteit 1?`).locator('option:checked'),
  ).toHaveText(`Samen met stap 1: ${THREE.citizen[2]![0]}`)
  await goToStep(page, 'Positieve en negatieve momenten')
  await expect(page.getByLabel('Wie zegt het? (sterk punt 1)')).toHaveValue(THREE.strength.role)
  await page.getByRole('link', { name: 'Mijn klantreizen' }).first().click()
  await expect(page.getByText('8 van 8 stappen klaar')).toBeVisible()
  await page.getByRole('button', { name: `Openen: ${THREE.title}` }).click()
  await expectStep(page, 'Positieve en negatieve momenten')
  expect(page.url()).toContain(id)
  // Nothing leaves the browser: every request of the whole journey went to the app's own origin.
  expect(foreignRequests()).toEqual([])
})

test('a step submitted with a missing field shows an error summary that leads to the field', async ({
  page,
}) => {
  await home(page)
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  await page.getByLabel('De casus die je volgt').fill('Een inwoner verliest haar identiteitskaart.')
  await page.getByRole('button', { name: 'Volgende stap' }).click()

  // In the order of the form (title above goal), each line naming its field.
  const summary = page.getByRole('alert').filter({ hasText: 'Deze stap is nog niet klaar' })
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link')).toHaveText([
    'Titel van de klantreis: Geef de klantreis een titel.',
    'Doel van de klantreis: Schrijf op wat je met de klantreis wil bereiken.',
  ])
  await expect(page.getByLabel('Titel van de klantreis')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Titel van de klantreis')).toHaveAccessibleDescription(
    /Geef de klantreis een titel/,
  )
  await expectNoAxeViolations(page, 'step 1 with errors')
  await shot(page, 'step-1-errors')
  await summary.getByRole('link', { name: /Doel van de klantreis/ }).click()
  await expect(page.getByLabel('Doel van de klantreis')).toBeFocused()
  await page.getByLabel('Titel van de klantreis').fill('Een identiteitskaart aanvragen')

  // A rule about another phase: the summary shows that phase before it focuses what fixes it.
  await goToStep(page, 'Fases')
  await page.getByRole('button', { name: 'Begin met de zes fases van de methode' }).click()
  await goToStep(page, 'Activiteiten')
  await page.getByRole('button', { name: /^Activiteit toevoegen/ }).click()
  await page.getByLabel('Wat doet Burger in activiteit 1?').fill('Leest een folder in de wachtzaal.')
  await page.getByRole('button', { name: 'Volgende stap' }).click()
  await expect(summary).toBeFocused()
  await summary.getByRole('link', { name: /Fase “Nazorg” heeft nog geen activiteit/ }).click()
  await expect(phaseChip(page, 'Nazorg')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('button', { name: /^Activiteit toevoegen/ })).toBeFocused()
  await expectNoAxeViolations(page, 'step 4 with errors')

  // The user may still move on: a draft may be incomplete.
  await summary.getByRole('button', { name: 'Toch naar de volgende stap' }).click()
  await expectStep(page, 'Contactpunten')
})
