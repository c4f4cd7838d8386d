import { expect, test, type Page } from '@playwright/test'
import {
  expectNoAxeViolations,
  expectSaved,
  goToStep,
  home,
  journeyIdOf,
  shot,
  storedJourney,
} from './support'
import { largeJourney, plantJourneys } from './fixtures'

/**
 * The plain-language check of issue 14, as a civil servant meets it: a hint appears under a field while they
 * type (never an error, never in the way), a privacy hint under a quote with an e-mail address or a national
 * register number, both listed on the check page with a link back to the field.
 */

/** The chunks of the checker and its data: none may load with the start page. */
const CHECKER_CHUNK =
  /\/assets\/(jargon|abbreviations|firstNames)\.nl-|\/assets\/hyphenation-|\/assets\/nl-[^/]*\.js/

/** A valid rijksregisternummer (check digits hold), as an example in the checker's own tests. */
const NATIONAL_NUMBER = '85.07.30-033.28'

const tipsOf = (page: Page, id: string) => page.locator(`#${id}-tips`)

test('hints follow the text while typing, privacy hints stand out, and the check page lists both', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const checkerRequests: string[] = []
  page.on('request', (request) => {
    if (CHECKER_CHUNK.test(request.url())) checkerRequests.push(request.url())
  })

  await home(page)
  expect(checkerRequests, 'the start page loads no part of the checker').toEqual([])
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Doel en casus' })).toBeFocused()

  // Step 1: a jargon word, typed key by key. The hint comes once typing pauses, with its plain alternative.
  const caseField = page.getByLabel('De casus die je volgt')
  const tips = tipsOf(page, 'f-caseDescription')
  await expect(tips.locator('[aria-live="polite"]')).toBeAttached()
  await caseField.click()
  const typed = 'Het gezin heeft weinig bestaansmiddelen en wacht al weken op een antwoord'
  await caseField.pressSequentially(typed, { delay: 15 })
  await expect(tips).toContainText('Schrijf liever ‘inkomen’ dan ‘bestaansmiddelen’.')
  await expect(caseField).toHaveAccessibleDescription(/Schrijf liever ‘inkomen’ dan ‘bestaansmiddelen’/)
  // The hint never takes focus, moves the caret or marks the field invalid.
  await expect(caseField).toBeFocused()
  expect(await caseField.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.value.length])).toEqual(
    [typed.length, typed.length],
  )
  await expect(caseField).not.toHaveAttribute('aria-invalid', 'true')

  // Typing on with a hint shown stays quick and every keystroke is kept; the hint goes with the word.
  await caseField.press('End')
  await caseField.pressSequentially('. Ze hebben een klein inkomen.', { delay: 5 })
  await caseField.fill('Het gezin heeft weinig inkomen en wacht al weken op een antwoord.')
  await expect(tips).not.toContainText('bestaansmiddelen')
  await caseField.fill(`${typed}.`)
  await expect(tips).toContainText('‘bestaansmiddelen’')
  await expectSaved(page)
  const id = journeyIdOf(page)
  expect((await storedJourney(page, id))?.caseDescription).toBe(`${typed}.`)
  expect(checkerRequests.length, 'the checker loads once a field is checked').toBeGreaterThan(0)

  // The title field shows no hint for an ordinary title; names (a persona's) are never checked.
  await page.getByLabel('Titel van de klantreis').fill('Leefloon aanvragen')
  await expectNoAxeViolations(page, 'step 1 with a plain-language hint')
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 844 })
    await caseField.evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await shot(page, `plain-language-field-${width}`, false)
  }
  await page.setViewportSize({ width: 1400, height: 1000 })

  // Step 8: a quote with an e-mail address and a national register number gets the privacy hint.
  await goToStep(page, 'Aanvullende informatie')
  await page.getByRole('button', { name: 'Uitspraak toevoegen' }).click()
  const quote = page.getByLabel('Wat werd er gezegd? (uitspraak 1)')
  await expect(quote).toBeFocused()
  await quote.pressSequentially(`Mail me op an.peeters@telenet.be, mijn nummer is ${NATIONAL_NUMBER}`, {
    delay: 5,
  })
  const quoteTips = tipsOf(page, 'f-quotes-0-text')
  await expect(quoteTips).toContainText('Dit lijkt een e-mailadres.')
  await expect(quoteTips).toContainText('Dit lijkt een rijksregisternummer.')
  await expect(quoteTips).toContainText('Noem liever een rol')
  await expect(quoteTips.getByText('Persoonsgegevens', { exact: true })).toHaveCount(2)
  await expect(quoteTips.getByText(`‘${NATIONAL_NUMBER}’`)).toBeVisible()
  await expect(quote).toBeFocused()
  await expectNoAxeViolations(page, 'step 8 with privacy hints')
  await quoteTips.scrollIntoViewIfNeeded()
  await shot(page, 'plain-language-privacy-1400', false)
  await expectSaved(page)

  // The check page: the privacy hints first, apart, and the step's plain-language tips under its content.
  await page.goto(`./#/journey/${id}/check`)
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer je klantreis' })).toBeVisible()
  const privacy = page.getByRole('region', { name: 'Persoonsgegevens' })
  await expect(privacy.getByRole('link', { name: 'De tekst van uitspraak 1' })).toBeVisible()
  await expect(privacy).toContainText('Dit lijkt een e-mailadres.')
  await expect(privacy).toContainText('Dit lijkt een rijksregisternummer.')
  const stepOne = page.getByRole('region', { name: /^1\. Doel en casus/ })
  await expect(stepOne.getByRole('heading', { name: 'Tips voor duidelijke taal' })).toBeVisible()
  await expect(stepOne).toContainText('Schrijf liever ‘inkomen’ dan ‘bestaansmiddelen’.')
  await expectNoAxeViolations(page, 'check page with plain-language hints')
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 844 })
    await privacy.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await shot(page, `plain-language-check-${width}`, false)
    await stepOne.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await shot(page, `plain-language-check-step-${width}`, false)
  }
  await page.setViewportSize({ width: 1400, height: 1000 })

  // A link goes to the field, in its step, with the field in focus.
  await stepOne.getByRole('link', { name: 'De casus' }).click()
  await expect(page.getByLabel('De casus die je volgt')).toBeFocused()
  await expect(tipsOf(page, 'f-caseDescription')).toContainText('‘bestaansmiddelen’')
  expect(errors).toEqual([])
})

test('a large journey shows its hints per phase, and its check page lists them without errors', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await plantJourneys(page, [largeJourney])
  await page.goto(`./#/journey/${largeJourney.id}/step/activities`)
  await expect(page.getByRole('heading', { level: 1, name: 'Activiteiten' })).toBeVisible()
  // Its texts read well: the reading ease comes as a quiet line, without a box.
  await expect(page.locator('.text-hints--quiet').first()).toContainText('leesbaar: score')
  await expectNoAxeViolations(page, 'step 4 of the large journey with hints')
  await page
    .locator('.text-hints--quiet')
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await shot(page, 'plain-language-large-step-1400', false)

  await page.goto(`./#/journey/${largeJourney.id}/check`)
  await expect(page.getByRole('heading', { name: 'Tips voor duidelijke taal' }).first()).toBeVisible()
  await expectNoAxeViolations(page, 'check page of the large journey')
  await page.getByRole('heading', { name: 'Tips voor duidelijke taal' }).first().scrollIntoViewIfNeeded()
  await shot(page, 'plain-language-large-check-1400', false)
  expect(errors).toEqual([])
})
