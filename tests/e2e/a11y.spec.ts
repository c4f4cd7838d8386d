import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support'
import { largeJourney, plantJourneys } from './fixtures'

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

test('every step passes axe empty, with validation errors and filled, and has its own page title', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await plantJourneys(page, [largeJourney])
  await page.goto('./')
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl-BE')
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  const stepper = page.getByRole('navigation', { name: 'Stappen' })
  for (const [i, name] of STEPS.entries()) {
    if (i > 0) await stepper.getByRole('link', { name: new RegExp(`^${i + 1}\\. ${name}`) }).click()
    await expect(page.getByRole('heading', { level: 1, name })).toBeFocused()
    await expect(page).toHaveTitle(new RegExp(`^${name} – `))
    await expectNoAxeViolations(page, `step ${i + 1} empty`)
    if (i === STEPS.length - 1) continue // the optional last step has nothing missing when empty
    await page.getByRole('button', { name: 'Volgende stap' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Deze stap is nog niet volledig' })).toBeFocused()
    await expectNoAxeViolations(page, `step ${i + 1} with errors`)
  }

  for (const [i, name] of STEPS.entries()) {
    await page.goto(
      `./#/journey/${largeJourney.id}/step/${['goal', 'central', 'phases', 'activities', 'touchpoints', 'moments', 'insights', 'extra'][i]}`,
    )
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    await expectNoAxeViolations(page, `step ${i + 1} filled`)
  }
})
