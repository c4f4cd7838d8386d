import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, goToStep, home, stepper } from './support'
import { largeJourney, plantJourneys, smallJourney } from './fixtures'

const STEPS = [
  ['goal', 'Doel en casus'],
  ['central', 'Wie staat centraal'],
  ['phases', 'Fases'],
  ['activities', 'Activiteiten'],
  ['touchpoints', 'Contactpunten'],
  ['moments', 'Positieve en negatieve momenten'],
  ['insights', 'Noden en opportuniteiten'],
  ['extra', 'Aanvullende informatie'],
] as const

test('every step passes axe empty, with its error summary and filled, and has a page title of its own', async ({
  page,
}) => {
  test.setTimeout(150_000)
  await plantJourneys(page, [smallJourney])
  await home(page)
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl-BE')
  await expect(page).toHaveTitle('Mijn klantreizen – Klantreis')
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  for (const [i, [, name]] of STEPS.entries()) {
    if (i > 0) await goToStep(page, name)
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    await expect(
      stepper(page).getByRole('link', { name: new RegExp(`^${i + 1}\\. ${name}`) }),
    ).toHaveAttribute('aria-current', 'step')
    await expect(page).toHaveTitle(`${name} – Klantreis zonder titel – Klantreis`)
    await expectNoAxeViolations(page, `step ${i + 1} empty`)
    if (name === 'Aanvullende informatie') continue // the optional last step has nothing missing when empty
    await page.getByRole('button', { name: 'Volgende stap' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Deze stap is nog niet klaar' })).toBeFocused()
    await expectNoAxeViolations(page, `step ${i + 1} with errors`)
  }
  await stepper(page).getByRole('link', { name: 'Controleer je klantreis' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer je klantreis' })).toBeVisible()
  await expect(page).toHaveTitle('Controleer je klantreis – Klantreis zonder titel – Klantreis')
  await expectNoAxeViolations(page, 'check page of an empty journey')

  for (const [id, name] of STEPS) {
    await page.goto(`./#/journey/${smallJourney.id}/step/${id}`)
    await expect(page.getByRole('heading', { level: 1, name })).toBeFocused()
    await expect(page).toHaveTitle(`${name} – ${smallJourney.title} – Klantreis`)
    await expectNoAxeViolations(page, `step ${name} filled`)
  }
  await page.goto(`./#/journey/${smallJourney.id}/check`)
  await expect(page.getByText('Alle verplichte stappen zijn klaar.')).toBeVisible()
  await expectNoAxeViolations(page, 'check page of a complete journey')
  await home(page)
  await expectNoAxeViolations(page, 'start page with a draft')
})

// Opening a step from the stepper moves focus to its heading, as "Volgende stap" does: a screen reader
// hears the new step.
test('opening a step from the stepper moves focus to its heading', async ({ page }) => {
  await plantJourneys(page, [largeJourney])
  await page.goto(`./#/journey/${largeJourney.id}/step/goal`)
  await goToStep(page, 'Fases')
  await expect(page.getByRole('heading', { level: 1, name: 'Fases' })).toBeFocused()
})
