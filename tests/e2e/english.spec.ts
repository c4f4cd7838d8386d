import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, shot } from './support'
import { plantJourneys, smallJourney } from './fixtures'
import { flat, pdfPages } from './pdfText'

test('English is switchable on every page, remembered, and followed by the map and the PDF', async ({
  page,
}) => {
  await plantJourneys(page, [smallJourney])
  await page.goto('./')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'My customer journeys' })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  // The page title follows the switch at once, not only on the next page.
  await expect(page).toHaveTitle('My customer journeys – Klantreis')
  await expectNoAxeViolations(page, 'start page in English')
  await shot(page, 'english-start')

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'My customer journeys' })).toBeVisible()
  await page.getByRole('button', { name: 'New customer journey' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Goal and case' })).toBeFocused()
  await page.getByRole('button', { name: 'Next step' }).click()
  await expect(page.getByRole('alert').first()).toBeVisible()
  await expectNoAxeViolations(page, 'step 1 in English with errors')
  await shot(page, 'english-step-1')

  // The user's own text stays as written; everything around it follows the language.
  await page.goto(`./#/journey/${smallJourney.id}/map`)
  await expect(page.getByRole('heading', { level: 2, name: 'Legend' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: smallJourney.title })).toBeVisible()
  await shot(page, 'english-map')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download as PDF' }).click()
  const text = flat((await pdfPages(readFileSync(await (await download).path()))).join(' '))
  expect(text).toContain(smallJourney.activities[0]!.title)
  expect(text).toMatch(/Phases? 1/)

  await page.getByRole('button', { name: 'Nederlands' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Legende' })).toBeVisible()
})
