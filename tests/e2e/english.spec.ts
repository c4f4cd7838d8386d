import { expect, test } from '@playwright/test'
import { downloaded, expectNoAxeViolations, readAloud, shot } from './support'
import { plantJourneys, smallJourney } from './fixtures'
import { readPdf, squash } from './pdf'

test('English is switchable on every page, remembered, and followed by the map and the PDF', async ({
  page,
}) => {
  await plantJourneys(page, [smallJourney])
  await page.goto('./')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'My customer journeys' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  // The page title follows the switch at once, not only on the next page.
  await expect(page).toHaveTitle('My customer journeys – Klantreis')
  await expectNoAxeViolations(page, 'start page in English')
  await shot(page, 'english-start')

  // Remembered: a reload (a later visit) opens in English.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'My customer journeys' })).toBeVisible()
  await page.getByRole('button', { name: 'New customer journey' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Goal and case' })).toBeFocused()
  await page.getByRole('button', { name: 'Next step' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'This step is not complete yet' })).toBeFocused()
  await expectNoAxeViolations(page, 'step 1 in English with errors')
  await shot(page, 'english-step-1')

  // The user's own text stays as written; everything around it follows the language.
  await page.goto(`./#/journey/${smallJourney.id}/map`)
  await expect(page.getByRole('heading', { level: 2, name: 'Legend' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: smallJourney.title })).toBeVisible()
  await expect(
    page.getByRole('table', { name: 'The customer journey in 3 phases and 3 steps' }),
  ).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'How did Bewoner feel?' })).toBeVisible()
  await readAloud(page, 'map-small.en')
  await expectNoAxeViolations(page, 'map in English')
  await shot(page, 'english-map')
  const pdf = await downloaded(page, () => page.getByRole('button', { name: 'Download as PDF' }).click())
  const pages = await readPdf(pdf.data)
  expect(pages[0]!.text).toContain('Summary')
  const text = squash(pages.map((p) => p.text).join(''))
  expect(text).toContain(squash(smallJourney.activities[0]!.title))
  expect(text).toContain(squash('Phase 1–3 of 3'))

  await page.getByRole('button', { name: 'Nederlands' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Legende' })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl-BE')
})
