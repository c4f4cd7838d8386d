import { expect, test } from '@playwright/test'
import {
  downloaded,
  draftTitles,
  expectNoAxeViolations,
  expectStep,
  goToStep,
  home,
  stepper,
} from './support'
import { readPdf } from './pdf'

/** Issue 9: after one visit the app works without a network; a part that cannot load says so. */

test.use({ serviceWorkers: 'allow' })

const STEPS = [
  'Doel en casus',
  'Wie staat centraal',
  'Fases',
  'Activiteiten',
  'Contactpunten',
  'Positieve en negatieve momenten',
  'Noden en opportuniteiten',
  'Aanvullende informatie',
]

test('after one visit everything works offline: a new journey, every step, the map and a PDF', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000)
  await home(page)
  // The service worker precaches every part of the app; it controls the page from the next load at the latest.
  await page.evaluate(() => navigator.serviceWorker.ready)
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload()
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

  await context.setOffline(true)
  // Whatever still tries the network (the worker included) fails, so everything below came from the cache.
  const network: string[] = []
  await context.route(
    '**/*',
    (route) => (network.push(route.request().url()), route.abort('internetdisconnected')),
  )
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn klantreizen' })).toBeVisible()
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  await expectStep(page, 'Doel en casus')
  await page.getByLabel('Titel van de klantreis').fill('Op de trein, zonder netwerk')
  for (const step of STEPS.slice(1)) {
    await goToStep(page, step)
    await expect(page.getByRole('heading', { level: 1, name: step })).toBeVisible()
  }
  await goToStep(page, 'Fases')
  await page.getByRole('button', { name: 'Begin met de zes fases van de methode' }).click()
  await stepper(page).getByRole('link', { name: 'Controleer je klantreis' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer je klantreis' })).toBeVisible()
  await page.getByRole('link', { name: 'Bekijk en druk je kaart af' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Op de trein, zonder netwerk' })).toBeVisible()
  const pdf = await downloaded(page, () => page.getByRole('button', { name: 'Download als PDF' }).click())
  await expect(page.getByRole('status').filter({ hasText: /^Klaar: .*\.pdf is gedownload\.$/ })).toBeVisible()
  const pages = await readPdf(pdf.data)
  expect(pages.length).toBeGreaterThan(1)
  expect(pages.map((p) => p.text).join(' ')).toContain('Op de trein, zonder netwerk')
  await expect(page.getByRole('alert').filter({ hasText: 'kon niet geladen worden' })).toHaveCount(0)
  expect(network).toEqual([])
})

test('a part that cannot be loaded says so with “Opnieuw proberen”, and makes no hidden empty draft', async ({
  browser,
  baseURL,
}) => {
  // Without a service worker nothing is cached: the wizard's part is fetched when it is needed.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' })
  const page = await context.newPage()
  const block = (route: import('@playwright/test').Route) => route.abort('internetdisconnected')
  await page.route('**/assets/WizardView-*.js', block)
  await home(page)
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  const failure = page
    .getByRole('alert')
    .filter({ hasText: 'Een deel van Klantreis kon niet geladen worden' })
  await expect(failure).toContainText('Misschien is de verbinding weg. Je werk is bewaard.')
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn klantreizen' })).toBeVisible()
  await expectNoAxeViolations(page, 'a part that could not be loaded')
  await expect(page.getByText('Je hebt nog geen klantreis.')).toBeVisible()
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('klantreis:journey:'))),
  ).toEqual([])

  // Back online: trying again opens the wizard on one new draft.
  await page.unroute('**/assets/WizardView-*.js', block)
  await failure.getByRole('button', { name: 'Opnieuw proberen' }).click()
  await expectStep(page, 'Doel en casus')
  await expect(failure).toHaveCount(0)
  await home(page)
  expect(await draftTitles(page)).toEqual(['Klantreis zonder titel'])

  // A page of the app reached by a link says the same when its part cannot load.
  await page.route('**/assets/MapView-*.js', block)
  await page.getByRole('link', { name: 'Bekijk de kaart: Klantreis zonder titel' }).click()
  await expect(failure).toBeVisible()
  await page.unroute('**/assets/MapView-*.js', block)
  await failure.getByRole('button', { name: 'Opnieuw proberen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Klantreis zonder titel' })).toBeVisible()
  await context.close()
})
