import { expect, test, type Page } from '@playwright/test'
import { home, downloaded, expectNoAxeViolations, openFile, shot, keep } from './support'
import { plantJourneys, smallJourney } from './fixtures'
import { flat, pageImages, readPdf, smallestFont, squash } from './pdf'
import { press, tabTo, typeInto } from './keys'

/**
 * A review round by file, as two people do it: the author in one browser, a colleague in another (two
 * browser contexts share nothing, as two computers). Then versions: save one, change a step, see the change.
 */
const journey = structuredClone(smallJourney)
const title = journey.title
const step = journey.activities[1]!
const moment = journey.activities.flatMap((a) => a.moments).find((m) => m.emotion < 0)!
const touchpoint = journey.activities.flatMap((a) => a.touchpoints).find((t) => t.label)!
const insight = journey.insights[0]!
const ROLE = 'Łukasz Őrs, onthaal Wijkhuis'

const feedbackPage = async (page: Page) => {
  await home(page)
  await page.getByRole('button', { name: `Openen: ${title}` }).click()
  await page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('link', { name: 'Feedback en versies' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: /Feedback en versies/ })).toBeVisible()
}

test('author and colleague: a review round by file, a remark accepted and undone, a version compared', async ({
  browser,
}) => {
  const author = await (await browser.newContext()).newPage()
  await plantJourneys(author, [journey])
  await feedbackPage(author)

  // The author asks for feedback: a review file to mail.
  await author.getByLabel('Naam van deze ronde').fill('Ronde met het onthaalteam')
  const reviewFile = await downloaded(author, () =>
    author.getByRole('button', { name: 'Maak een feedbackbestand' }).click(),
  )
  expect(reviewFile.name).toMatch(/\.nalezen\.klantreis\.json$/)
  await expect(author.getByText(`${reviewFile.name} is gedownload`)).toBeVisible()

  // The colleague, in a browser of their own, opens it: review mode, read-only.
  const colleagueContext = await browser.newContext()
  const colleague = await colleagueContext.newPage()
  await home(colleague)
  await openFile(colleague, { name: reviewFile.name, mimeType: 'application/json', buffer: reviewFile.data })
  await expect(colleague.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(colleague.getByText('Ronde: Ronde met het onthaalteam')).toBeVisible()
  // Nothing of the journey can be edited here: the wizard's fields are not there, only the text.
  await expect(colleague.getByRole('textbox', { name: /^Wat doet/ })).toHaveCount(0)
  await expect(colleague.getByRole('heading', { name: new RegExp(step.title) })).toBeVisible()
  await colleague.getByLabel('Jouw rol').fill(ROLE)

  // Three comments and one disagreement, each beside its item. The new remark's field has the focus.
  const remarkOn = async (verdict: string, what: string, text: string, proposal = '') => {
    await colleague.getByRole('button', { name: `${verdict}: ${what}`, exact: true }).click()
    const field = colleague.locator(':focus')
    await expect(field).toHaveAccessibleName('Jouw opmerking')
    await field.fill(text)
    if (proposal)
      await colleague
        .locator('.own-remark', { has: field })
        .getByLabel('Voorstel voor een betere tekst (niet verplicht)')
        .fill(proposal)
  }
  const proposal = 'Twijfelt even welke knop het is, maar vindt hem.'
  await remarkOn('Opmerking', step.title, 'Hier bellen de meeste mensen eerst naar het onthaal.')
  await remarkOn('Opmerking', touchpoint.label, 'Dit formulier werkt niet op een gsm.')
  await remarkOn('Opmerking', insight.text, 'Dit horen we ook van de buren.')
  await remarkOn('Klopt niet', moment.text, 'Zo erg is het niet: de meesten vinden de knop wel.', proposal)
  await expect(colleague.getByText('4 opmerkingen')).toBeVisible()
  await expectNoAxeViolations(colleague, 'review mode')
  await shot(colleague, 'review-mode')

  const feedback = await downloaded(colleague, () =>
    colleague.getByRole('button', { name: 'Bewaar je feedbackbestand' }).click(),
  )
  expect(feedback.name).toMatch(/\.feedback\.klantreis\.json$/)
  keep('test-results/review/feedback.json', feedback.data)
  // The colleague can come back to it: the review is listed on their start page.
  await home(colleague)
  await expect(colleague.getByRole('region', { name: 'Om na te lezen voor een collega' })).toContainText(
    title,
  )
  await colleagueContext.close()

  // The author reads the feedback into the journey itself.
  const chooser = author.waitForEvent('filechooser')
  await author.getByRole('button', { name: 'Kies een feedbackbestand' }).click()
  await (await chooser).setFiles({ name: feedback.name, mimeType: 'application/json', buffer: feedback.data })
  await expect(author.getByText(`4 opmerkingen van ${ROLE} ingelezen.`)).toBeVisible()
  // The same file again adds nothing.
  const again = author.waitForEvent('filechooser')
  await author.getByRole('button', { name: 'Kies een feedbackbestand' }).click()
  await (await again).setFiles({ name: feedback.name, mimeType: 'application/json', buffer: feedback.data })
  await expect(author.getByText('Dit feedbackbestand was al ingelezen')).toBeVisible()

  // On the map, each remark stands beside its item, with who and when; the columns say who checked them.
  await author.getByRole('link', { name: 'Bekijk de kaart' }).click()
  const table = author.getByRole('table')
  await expect(table.getByText('Door één collega nagekeken').first()).toBeVisible()
  await expect(table.getByText('Nog door niemand nagekeken').first()).toBeVisible()
  const momentCell = table.locator('.map-moment', { hasText: moment.text })
  await momentCell.getByText(/Eén opmerking, nog te bekijken/).click()
  const remark = momentCell.getByRole('article', { name: /Klopt niet/ })
  await expect(remark).toContainText(ROLE)
  await expect(remark).toContainText(`Voorstel: ${proposal}`)
  await shot(author, 'review-remarks-on-map')

  // Accepting applies the proposal, as one undoable edit; undo puts the text back.
  await remark.getByRole('button', { name: `Aanvaarden: de opmerking van ${ROLE}` }).click()
  const momentText = (text: string) => table.locator('.map-moment__text', { hasText: text })
  await expect(momentText(proposal)).toBeVisible()
  await expect(momentText(moment.text)).toHaveCount(0)
  // The remark stays beside its moment, accepted, with what the colleague read.
  await expect(table.getByText(`Je collega las: “${moment.text}”`)).toBeAttached()
  await author.getByRole('button', { name: /^Ongedaan maken/ }).click()
  await expect(momentText(moment.text)).toBeVisible()
  await expect(momentText(proposal)).toHaveCount(0)
  await expectNoAxeViolations(author, 'map with remarks')

  // A version, a change to a step, and the change in words.
  await author.getByRole('link', { name: 'Feedback en versies' }).click()
  await author.getByLabel('Naam van de versie').fill('Versie voor de stuurgroep')
  await author.getByRole('button', { name: 'Bewaar als versie' }).click()
  await expect(author.getByText('Versie “Versie voor de stuurgroep” bewaard.')).toBeVisible()
  await author.getByRole('link', { name: /Terug naar de stappen/ }).click()
  await author.getByRole('navigation', { name: 'Stappen' }).getByRole('link', { name: /^4\. / }).click()
  const field = author.getByRole('textbox', { name: 'Wat doet Bewoner in activiteit 1?' })
  await field.fill('Leest de uitleg op de website en belt het onthaal')
  await field.blur()
  await author
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('link', { name: 'Feedback en versies' })
    .click()
  await author.getByRole('button', { name: 'Toon wat veranderde' }).click()
  const changes = author.locator('.version-changes')
  await expect(changes).toContainText('Versie voor de stuurgroep → Zoals de klantreis nu is')
  await expect(changes).toContainText('Leest de uitleg op de website en belt het onthaal')
  await expectNoAxeViolations(author, 'feedback and versions')
  await shot(author, 'review-versions')
  await author.context().close()
})

test('a feedback file for another journey, or one changed by hand, is explained in plain Dutch', async ({
  page,
}) => {
  const other = { ...structuredClone(smallJourney), id: 'other-journey-0001', title: 'Een andere reis' }
  await plantJourneys(page, [journey, other])
  const remark = {
    id: 'r1',
    by: 'teamleider',
    at: '2026-11-30T10:00:00.000Z',
    target: { kind: 'activity', step: 'activities', id: step.id, label: step.title },
    verdict: 'comment',
    text: 'Klopt grotendeels.',
    proposal: '',
    phaseId: null,
    state: 'open',
    answer: '',
    round: 'ronde 1',
  }
  const file = (journeyId: string, journeyTitle: string, check: string) => ({
    name: 'x.feedback.klantreis.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        type: 'klantreis-feedback',
        version: 1,
        journeyId,
        journeyTitle,
        revision: 0,
        round: 'ronde 1',
        by: 'teamleider',
        remarks: [remark],
        check,
      }),
    ),
  })
  await feedbackPage(page)
  const pick = async (f: ReturnType<typeof file>) => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Kies een feedbackbestand' }).click()
    await (await chooser).setFiles(f)
  }
  await pick(file(other.id, other.title, ''))
  await expect(page.getByRole('alert')).toContainText('hoort bij een andere klantreis: “Een andere reis”')
  await page.getByRole('button', { name: 'Open “Een andere reis”' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Een andere reis/ })).toBeVisible()
  await pick(file(other.id, other.title, 'not-the-checksum'))
  await expect(page.getByText('met de hand gewijzigd')).toBeVisible()
  await expect(page.getByText('Eén opmerking van teamleider ingelezen.')).toBeVisible()
  // A journey file picked here by mistake.
  await pick({
    name: 'reis.klantreis.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ type: 'klantreis', version: 3, journey })),
  })
  await expect(page.getByRole('alert')).toContainText('Dit is een klantreisbestand, geen feedbackbestand')
})

test('the review sheet on paper: A4 upright, a box to tick for every step and moment, nothing cut', async ({
  page,
}) => {
  await plantJourneys(page, [journey])
  await feedbackPage(page)
  const sheet = await downloaded(page, () =>
    page.getByRole('button', { name: 'Print een naleesblad' }).click(),
  )
  expect(sheet.name).toMatch(/naleesblad\.pdf$/)
  const pages = await readPdf(sheet.data)
  await pageImages(sheet.data, 'review-sheet')
  for (const p of pages) {
    expect(Math.round(p.width)).toBe(210)
    expect(Math.round(p.height)).toBe(297)
    expect(smallestFont(p)).toBeGreaterThanOrEqual(9)
  }
  const all = squash(pages.map((p) => p.text).join(''))
  for (const a of journey.activities) expect(all).toContain(squash(a.title))
  const moments = journey.activities.flatMap((a) => a.moments)
  for (const m of moments) expect(all).toContain(squash(m.text))
  // A pair of boxes to tick for the goal and who is central, each step, moment, need and opportunity, and
  // for what is missing and what to add.
  const ticks =
    pages
      .map((p) => p.text)
      .join('\n')
      .split('□ Klopt niet').length - 1
  expect(ticks).toBe(2 + journey.activities.length + moments.length + journey.insights.length + 2)
  expect(flat(pages[0]!.text)).toContain(`Naleesblad: ${title}`)
})

test('the desired journey: a linked copy with the opportunities in its steps, both curves on the map and the PDF', async ({
  page,
}) => {
  await plantJourneys(page, [journey])
  await feedbackPage(page)
  await page.getByRole('button', { name: 'Maak de gewenste klantreis' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Activiteiten|Wat doet/ })).toBeVisible()
  await expect(page.getByText(/Dit is de gewenste klantreis/)).toBeVisible()
  const opportunity = journey.insights.find((s) => s.kind === 'opportunity')!
  await page
    .getByRole('group', { name: 'Kies een fase' })
    .getByRole('button', { name: /Aanvragen/ })
    .click()
  await expect(page.getByRole('textbox', { name: /Meer uitleg bij activiteit 1/ })).toHaveValue(
    new RegExp(`Opportuniteit om in te werken: ${opportunity.text}`),
  )

  // In the desired journey the negative moment becomes positive.
  await page.getByRole('navigation', { name: 'Stappen' }).getByRole('link', { name: /^6\. / }).click()
  await page
    .getByRole('group', { name: 'Kies een fase' })
    .getByRole('button', { name: /Aanvragen/ })
    .click()
  await page.getByRole('radio', { name: 'Positief (+1)' }).first().check()
  await page
    .getByRole('link', { name: /Bekijk/ })
    .first()
    .click()
  await page.goto(page.url().replace(/\/step\/.*$/, '/map'))
  await page.getByLabel('Toon ook de curve van de huidige klantreis').check()
  await expect(page.locator('.map-curve__legend').first()).toContainText('Gewenst')
  await expect(page.locator('.map-curve__legend').first()).toContainText('Huidig')
  await shot(page, 'desired-map')

  const pdf = await downloaded(page, () => page.getByRole('button', { name: 'Download als PDF' }).click())
  const pages = await readPdf(pdf.data)
  await pageImages(pdf.data, 'desired')
  const summary = flat(pages[0]!.text)
  expect(summary).toContain('Huidig en gewenst')
  expect(summary).toMatch(/Negatieve momenten: 2 nu, 1 gewenst/)

  // The start page says which journey the desired one was made from.
  await home(page)
  await expect(page.getByText(`Gewenste klantreis, gemaakt uit “${title}”`)).toBeVisible()
})

test('a journey due for review comes first on the start page, and the map prints its date and version', async ({
  page,
}) => {
  const later = {
    ...structuredClone(smallJourney),
    id: 'later-0001',
    title: 'Later bewerkt',
    updatedAt: '2026-11-30T10:00:00.000Z',
  }
  await plantJourneys(page, [{ ...journey, updatedAt: '2026-01-01T10:00:00.000Z' }, later])
  await feedbackPage(page)
  await page.getByLabel('Datum om de klantreis opnieuw te bekijken').fill('2026-06-01')
  await page.getByLabel('Datum om de klantreis opnieuw te bekijken').blur()
  await expect(page.getByText('te herbekijken sinds 1 juni 2026')).toBeVisible()
  await page.getByLabel('Naam van de versie').fill('Versie voor de stuurgroep')
  await page.getByRole('button', { name: 'Bewaar als versie' }).click()
  await home(page)
  const titles = await page
    .getByRole('region', { name: 'Bewaarde klantreizen' })
    .getByRole('heading', { level: 3 })
    .allInnerTexts()
  expect(titles[0]).toBe(title)
  await expect(page.getByText('Te herbekijken sinds 1 juni 2026')).toBeVisible()

  await page.getByRole('link', { name: `Bekijk de kaart: ${title}` }).click()
  await expect(page.getByText(/^Versie voor de stuurgroep, \d+ \p{L}+ \d{4}$/u)).toBeVisible()
  const pdf = await downloaded(page, () => page.getByRole('button', { name: 'Download als PDF' }).click())
  const text = flat((await readPdf(pdf.data)).map((p) => p.text).join(' '))
  expect(text).toContain('Versie voor de stuurgroep')
  expect(text).toContain('Herbekijken op 1 juni 2026')
})

test('review mode and the author’s page with the keyboard alone', async ({ browser }) => {
  const author = await (await browser.newContext()).newPage()
  await plantJourneys(author, [journey])
  await author.goto(`./#/journey/${journey.id}/feedback`)
  const file = await downloaded(author, () =>
    press(author, author.getByRole('button', { name: 'Maak een feedbackbestand' })),
  )
  const colleague = await (await browser.newContext()).newPage()
  await home(colleague)
  const chooser = colleague.waitForEvent('filechooser')
  await press(colleague, colleague.getByRole('button', { name: 'Open een bestand' }))
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: file.data })
  await expect(colleague.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await typeInto(colleague, colleague.getByLabel('Jouw rol'), 'teamverantwoordelijke')
  await press(colleague, colleague.getByRole('button', { name: `Sterk punt: ${moment.text}`, exact: true }))
  await colleague.keyboard.type('Het onthaal helpt meteen verder.')
  const feedback = await downloaded(colleague, () =>
    press(colleague, colleague.getByRole('button', { name: 'Bewaar je feedbackbestand' })),
  )
  await colleague.context().close()

  // The author reads it in and accepts the strong point, all by keyboard.
  const picked = author.waitForEvent('filechooser')
  await press(author, author.getByRole('button', { name: 'Kies een feedbackbestand' }))
  await (await picked).setFiles({ name: feedback.name, mimeType: 'application/json', buffer: feedback.data })
  await expect(author.getByText('Eén opmerking van teamverantwoordelijke ingelezen.')).toBeVisible()
  await press(
    author,
    author.getByRole('button', { name: 'Aanvaarden: de opmerking van teamverantwoordelijke' }),
  )
  await expect(author.getByText('aanvaard', { exact: true })).toBeVisible()
  // Focus stays on the remark, not lost to the page.
  await expect(author.locator('article.remark')).toBeFocused()
  await tabTo(author, author.getByRole('button', { name: 'Opnieuw bekijken' }))
  await author.keyboard.press('Control+z')
  await expect(author.getByText('nog te bekijken', { exact: true })).toBeVisible()
  await author.context().close()
})

test('before a review file is made, texts that look like personal data are shown again, never blocking', async ({
  page,
}) => {
  const withMail = structuredClone(journey)
  withMail.quotes[0]!.text = 'Ik mailde naar jan.peeters@example.be en kreeg geen antwoord.'
  await plantJourneys(page, [withMail])
  await feedbackPage(page)
  await page.getByRole('button', { name: 'Maak een feedbackbestand' }).click()
  const reminder = page.getByRole('region', { name: 'Kijk eerst de persoonsgegevens na' })
  await expect(reminder).toBeVisible()
  await expect(reminder).toContainText('jan.peeters@example.be')
  await page.getByRole('button', { name: 'Eerst aanpassen' }).click()
  await expect(page.getByRole('button', { name: 'Maak een feedbackbestand' })).toBeFocused()
  await page.getByRole('button', { name: 'Maak een feedbackbestand' }).click()
  const file = await downloaded(page, () => page.getByRole('button', { name: 'Toch doorgaan' }).click())
  expect(file.name).toMatch(/\.nalezen\.klantreis\.json$/)
})
